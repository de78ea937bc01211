import { describe, expect, it } from 'vitest';
import type { PolicyPointsItem } from '../../../types.ts';
import { declaredLines, pointsValueOf } from './declared-points.ts';

const ITEMS: PolicyPointsItem[] = [
  { key: 'residence_months', nameZh: '居住证月数', nameEn: 'Months of residence permit', kind: 'per_month', weight: 0.5, cap: 30, options: null },
  {
    key: 'housing',
    nameZh: '住房情况',
    nameEn: 'Housing',
    kind: 'choice',
    weight: 0,
    cap: 20,
    options: [
      { value: 'owned', labelZh: '自有住房', labelEn: 'Owned home', points: 20 },
      { value: 'rented', labelZh: '租赁住房', labelEn: 'Rented home', points: 10 },
    ],
  },
  { key: 'insurance_months', nameZh: '社保月数', nameEn: 'Months of insurance', kind: 'per_month', weight: 1, cap: 60, options: null },
];

describe('declaredLines', () => {
  it('gives each item the value the family declared (months, the option by name, or nothing) and its points', () => {
    const breakdown = {
      total: 25,
      maxTotal: 110,
      hints: [],
      items: [
        { key: 'residence_months', nameZh: '', nameEn: '', points: 15, cap: 30, capped: false },
        { key: 'housing', nameZh: '', nameEn: '', points: 10, cap: 20, capped: false },
        { key: 'insurance_months', nameZh: '', nameEn: '', points: 0, cap: 60, capped: false },
      ],
    };
    expect(declaredLines(ITEMS, { residence_months: 30, housing: 'rented' }, breakdown)).toEqual([
      { key: 'residence_months', nameZh: '居住证月数', nameEn: 'Months of residence permit', value: { kind: 'months', months: 30 }, points: 15 },
      { key: 'housing', nameZh: '住房情况', nameEn: 'Housing', value: { kind: 'option', labelZh: '租赁住房', labelEn: 'Rented home' }, points: 10 },
      { key: 'insurance_months', nameZh: '社保月数', nameEn: 'Months of insurance', value: { kind: 'none' }, points: 0 },
    ]);
  });

  it('shows no value for one the rules do not know', () => {
    expect(pointsValueOf(ITEMS[1]!, 'palace')).toEqual({ kind: 'none' });
    expect(pointsValueOf(ITEMS[0]!, 0)).toEqual({ kind: 'months', months: 0 });
  });
});
