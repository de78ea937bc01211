import { describe, expect, it } from 'vitest';
import type { PointsItem } from '../../../../../common/enrollment-points.ts';
import type { PointsLine } from '../api/review-types.ts';
import { changedKeys, initialVerified, previewVerified, reasonsFor, toVerified } from './points-values.ts';

const items: PointsItem[] = [
  { key: 'residence_months', nameZh: '居住证月数', nameEn: 'Residence', kind: 'per_month', weight: 0.5, cap: 30, options: null },
  {
    key: 'housing',
    nameZh: '住房',
    nameEn: 'Housing',
    kind: 'choice',
    weight: 0,
    cap: 20,
    options: [
      { value: 'owned', labelZh: '自有', labelEn: 'Owned', points: 20 },
      { value: 'rented', labelZh: '租赁', labelEn: 'Rented', points: 10 },
    ],
  },
];

const line = (key: string, declaredValue: number | string | null, verifiedValue: number | string | null): PointsLine => ({
  key,
  nameZh: key,
  nameEn: key,
  kind: 'per_month',
  cap: 30,
  declaredValue,
  declaredPoints: 0,
  verifiedValue,
  verifiedPoints: null,
  reason: null,
  options: null,
});

describe('points verification values', () => {
  it('start from the verified value, else the declared one', () => {
    expect(initialVerified([line('a', 12, null), line('b', 12, 6), line('c', null, null)])).toEqual({ a: 12, b: 6, c: null });
  });

  it('leave empty items out of the body', () => {
    expect(toVerified({ a: 12, b: null, c: undefined, d: '', e: 'owned' })).toEqual({ a: 12, e: 'owned' });
  });

  it('name the items whose value now differs from the declared one (a month item left empty counts 0)', () => {
    const choice = { ...line('housing', 'rented', null), kind: 'choice' as const };
    const lines = [line('a', 12, null), line('b', null, null), line('c', 6, null), choice];
    expect(changedKeys(lines, { a: 12, b: 0, c: null, housing: 'rented' })).toEqual(['c']);
    expect(changedKeys(lines, { a: 11, b: 3, c: 6, housing: null })).toEqual(['a', 'b', 'housing']);
  });

  it('send a reason for each changed item only, trimmed', () => {
    expect(reasonsFor(['a'], { a: ' 补缴月份不计入 ', b: 'old' })).toEqual({ a: '补缴月份不计入' });
  });

  it('preview the total with the policy items, capped, ignoring values the items do not take', () => {
    expect(previewVerified(items, { residence_months: 24, housing: 'rented' })).toEqual({
      total: 22,
      byKey: new Map([
        ['residence_months', 12],
        ['housing', 10],
      ]),
    });
    expect(previewVerified(items, { residence_months: 100, housing: 'owned' }).total).toBe(50);
    expect(previewVerified(items, { residence_months: 2.5, housing: 'castle', unknown: 3 }).total).toBe(0);
  });
});
