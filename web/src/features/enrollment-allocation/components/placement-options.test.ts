import { describe, expect, it } from 'vitest';
import type { SchoolFreeSeats } from '../api/get-unplaced.ts';
import { placementOptions, totalFreeSeats } from './placement-options.ts';

const school = (schoolId: string, free: number, nameZh = schoolId): SchoolFreeSeats => ({
  schoolId,
  schoolNameZh: nameZh,
  schoolNameEn: schoolId,
  seats: 10,
  taken: 10 - free,
  free,
});
const preference = (rank: number, schoolId: string) => ({ rank, schoolId, schoolNameZh: schoolId, schoolNameEn: schoolId });

describe('placementOptions', () => {
  const schools = [school('a', 0), school('b', 5), school('c', 2), school('d', 5)];

  it('lists the family’s preferences first in their order, then the most free seats', () => {
    const options = placementOptions(schools, { preferences: [preference(1, 'a'), preference(2, 'c')] });
    expect(options.map((o) => [o.school.schoolId, o.preferenceRank])).toEqual([
      ['a', 1],
      ['c', 2],
      ['b', null],
      ['d', null],
    ]);
  });

  it('keeps full schools, marked full', () => {
    const options = placementOptions(schools, { preferences: [] });
    expect(options.at(-1)).toMatchObject({ school: { schoolId: 'a' }, isFull: true });
    expect(options.filter((o) => o.isFull)).toHaveLength(1);
  });
});

describe('totalFreeSeats', () => {
  it('adds the free seats and ignores negative ones', () => {
    expect(totalFreeSeats([school('a', 3), school('b', -1), school('c', 4)])).toBe(7);
  });
});
