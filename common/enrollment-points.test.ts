import { describe, expect, it } from 'vitest';
import { calculatePoints, DeclaredPointsError, simulatePoints, type PointsItem } from './enrollment-points.ts';
import { meetsAgeRule, stageOfGrade } from './enrollment.ts';

const ITEMS: PointsItem[] = [
  { key: 'residence_months', nameZh: '居住证月数', nameEn: 'Residence permit months', kind: 'per_month', weight: 0.5, cap: 30, options: null },
  { key: 'social_insurance_months', nameZh: '社保月数', nameEn: 'Social insurance months', kind: 'per_month', weight: 0.1, cap: 6, options: null },
  {
    key: 'housing',
    nameZh: '住房',
    nameEn: 'Housing',
    kind: 'choice',
    weight: 0,
    cap: 20,
    options: [
      { value: 'owned', labelZh: '自有住房', labelEn: 'Owned', points: 25 },
      { value: 'rented', labelZh: '租房', labelEn: 'Rented', points: 10 },
    ],
  },
];

describe('calculatePoints', () => {
  it('scores item by item, caps each item and hints at what would raise the total', () => {
    const result = calculatePoints(ITEMS, { residence_months: 72, social_insurance_months: 33, housing: 'rented' });
    expect(result.items.map((i) => [i.key, i.points, i.capped])).toEqual([
      ['residence_months', 30, true],
      ['social_insurance_months', 3.3, false],
      ['housing', 10, false],
    ]);
    expect(result.total).toBe(43.3);
    expect(result.hints).toEqual([
      { key: 'social_insurance_months', messageKey: 'points.more_months', gain: 2.7, months: 27 },
      // Owning gives 25 but the item is capped at 20.
      { key: 'housing', messageKey: 'points.better_option', gain: 10, option: 'owned' },
    ]);
  });

  it('counts an item left out as zero and caps a choice at its cap', () => {
    const result = calculatePoints(ITEMS, { housing: 'owned' });
    expect(result.items.map((i) => i.points)).toEqual([0, 0, 20]);
    expect(result.items[2]!.capped).toBe(true);
    expect(result.total).toBe(20);
    expect(result.hints.map((h) => [h.key, h.gain])).toEqual([
      ['residence_months', 30],
      ['social_insurance_months', 6],
    ]);
    expect(result.hints[0]).toMatchObject({ months: 60 });
  });

  it('refuses unknown items, non-month values and unknown options, naming each', () => {
    try {
      calculatePoints(ITEMS, { pets: 3, residence_months: -1, social_insurance_months: 2.5, housing: 'castle' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DeclaredPointsError);
      expect((error as DeclaredPointsError).problems).toEqual([
        { key: 'pets', reason: 'unknown_item' },
        { key: 'residence_months', reason: 'not_months' },
        { key: 'social_insurance_months', reason: 'not_months' },
        { key: 'housing', reason: 'unknown_option' },
      ]);
    }
  });
});

describe('points arithmetic', () => {
  const perMonth = (key: string, weight: number): PointsItem => ({ key, nameZh: key, nameEn: key, kind: 'per_month', weight, cap: 100, options: null });

  it('sums the items exactly and rounds only the total, half up, where rounding each item would differ', () => {
    // Three items of 0.333: 0.999 together, 1.00 rounded; rounding each first would give 0.99.
    const thirds = calculatePoints([perMonth('a', 0.333), perMonth('b', 0.333), perMonth('c', 0.333)], { a: 1, b: 1, c: 1 });
    expect(thirds.items.map((i) => i.points)).toEqual([0.333, 0.333, 0.333]);
    expect(thirds.total).toBe(1);
    // Two items of 0.125: 0.25 exactly; rounding each first would give 0.13 + 0.13 = 0.26.
    expect(calculatePoints([perMonth('a', 0.125), perMonth('b', 0.125)], { a: 1, b: 1 }).total).toBe(0.25);
    // 0.125 + 0.25 = 0.375: half up to 0.38.
    expect(calculatePoints([perMonth('a', 0.125), perMonth('b', 0.125)], { a: 1, b: 2 }).total).toBe(0.38);
    // 1.005 is 1.00499… in binary: half up still gives 1.01.
    expect(calculatePoints([perMonth('a', 1.005)], { a: 1 }).total).toBe(1.01);
    // Tenths never drift: 0.1 × 3 is 0.3, not 0.30000000000000004.
    expect(calculatePoints([perMonth('a', 0.1)], { a: 3 }).items[0]!.points).toBe(0.3);
  });

  it('gives hints and the largest total in the same exact arithmetic', () => {
    const items = [{ ...perMonth('a', 0.125), cap: 1 }, perMonth('b', 0.333)];
    const simulation = simulatePoints(items, { a: 3, b: 0 });
    expect(simulation.hints).toEqual([
      { key: 'b', messageKey: 'points.more_months', gain: 100, months: 301 },
      { key: 'a', messageKey: 'points.more_months', gain: 0.625, months: 5 },
    ]);
    expect(simulation.maxTotal).toBe(101);
  });
});

describe('meetsAgeRule', () => {
  const rule = { schoolYear: 2027, ageMinYears: 6, ageCutoffMonthDay: '08-31' };
  it('six years old by 31 August: born on or before 2021-08-31', () => {
    expect(meetsAgeRule('2021-08-31', rule)).toBe(true);
    expect(meetsAgeRule('2021-09-01', rule)).toBe(false);
    expect(meetsAgeRule('2015-01-01', rule)).toBe(true);
  });
  it('handles leap days: a 02-29 cutoff is 02-28 in a common year', () => {
    const leap = { schoolYear: 2030, ageMinYears: 6, ageCutoffMonthDay: '02-29' }; // 2024 is a leap year
    expect(meetsAgeRule('2024-02-29', leap)).toBe(true);
    expect(meetsAgeRule('2024-03-01', leap)).toBe(false);
    const common = { schoolYear: 2027, ageMinYears: 6, ageCutoffMonthDay: '02-29' }; // 2021 is not
    expect(meetsAgeRule('2021-02-28', common)).toBe(true);
    expect(meetsAgeRule('2021-03-01', common)).toBe(false);
    expect(meetsAgeRule('2020-02-29', rule)).toBe(true);
  });
  it('accepts everyone without an age rule and refuses impossible birth dates', () => {
    expect(meetsAgeRule('2026-12-31', { schoolYear: 2027, ageMinYears: null, ageCutoffMonthDay: null })).toBe(true);
    expect(() => meetsAgeRule('2021-02-29', rule)).toThrow(RangeError);
    expect(() => meetsAgeRule('2021-8-31', rule)).toThrow(RangeError);
  });
});

describe('stageOfGrade', () => {
  it('maps grades to the stage a school must offer', () => {
    expect(['k2', 'g1', 'g6', 'g7', 'g9', 'g10', 'g12'].map((g) => stageOfGrade(g as 'g1'))).toEqual([
      'kindergarten',
      'primary',
      'primary',
      'junior',
      'junior',
      'senior',
      'senior',
    ]);
  });
});

describe('simulatePoints', () => {
  it('adds the most the items can give and orders the hints by gain, largest first', () => {
    const result = simulatePoints(ITEMS, { residence_months: 50, social_insurance_months: 10, housing: 'rented' });
    // 30 (cap) + 6 (cap) + 20 (owning gives 25, capped at 20).
    expect(result.maxTotal).toBe(56);
    expect(result.total).toBe(36);
    expect(result.hints.map((h) => [h.key, h.gain])).toEqual([
      ['housing', 10],
      ['residence_months', 5],
      ['social_insurance_months', 5],
    ]);
    expect(result.hints[1]).toMatchObject({ messageKey: 'points.more_months', months: 10 });
  });

  it('gives no hints when every item is at its maximum, and keeps the breakdown of calculatePoints', () => {
    const result = simulatePoints(ITEMS, { residence_months: 60, social_insurance_months: 60, housing: 'owned' });
    expect(result).toMatchObject({ total: 56, maxTotal: 56, hints: [] });
    expect(result.items.every((i) => i.capped)).toBe(true);
  });

  it('counts a choice item whose best option is below its cap at that option, and refuses what calculatePoints refuses', () => {
    const items: PointsItem[] = [
      {
        key: 'housing',
        nameZh: '住房',
        nameEn: 'Housing',
        kind: 'choice',
        weight: 0,
        cap: 50,
        options: [{ value: 'rented', labelZh: '租房', labelEn: 'Rented', points: 8 }],
      },
    ];
    expect(simulatePoints(items, {}).maxTotal).toBe(8);
    expect(() => simulatePoints(items, { housing: 'castle' })).toThrow(DeclaredPointsError);
  });
});
