import { describe, expect, it } from 'vitest';
import type { PolicyPointsItem } from '../../../types.ts';
import { toDeclared, toFormValues } from './points-form.ts';

const items: PolicyPointsItem[] = [
  { key: 'residence_months', nameZh: '居住证月数', nameEn: 'Residence permit months', kind: 'per_month', weight: 0.5, cap: 30, options: null },
  {
    key: 'housing',
    nameZh: '住房',
    nameEn: 'Housing',
    kind: 'choice',
    weight: 0,
    cap: 20,
    options: [
      { value: 'owned', labelZh: '自有', labelEn: 'Owned', points: 20 },
      { value: 'rented', labelZh: '租住', labelEn: 'Rented', points: 10 },
    ],
  },
];

describe('points form', () => {
  it('shows declared facts as field text, undeclared ones empty', () => {
    expect(toFormValues(items, { residence_months: 24 })).toEqual({ residence_months: '24', housing: '' });
  });

  it('turns field text into declared facts, leaving empty fields out', () => {
    expect(toDeclared(items, { residence_months: '36', housing: 'rented' })).toEqual({ declared: { residence_months: 36, housing: 'rented' }, invalid: [] });
    expect(toDeclared(items, { residence_months: ' ', housing: '' })).toEqual({ declared: {}, invalid: [] });
  });

  it('reads full-width digits', () => {
    expect(toDeclared(items, { residence_months: '１２' }).declared).toEqual({ residence_months: 12 });
  });

  it('names fields that are not whole months from 0 to 1200, or not an option', () => {
    expect(toDeclared(items, { residence_months: '2.5', housing: 'castle' })).toEqual({ declared: {}, invalid: ['residence_months', 'housing'] });
    expect(toDeclared(items, { residence_months: '1201' }).invalid).toEqual(['residence_months']);
    expect(toDeclared(items, { residence_months: '-3' }).invalid).toEqual(['residence_months']);
  });
});
