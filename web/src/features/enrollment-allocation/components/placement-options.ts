import type { SchoolFreeSeats, UnplacedApplication } from '../api/get-unplaced.ts';

export interface PlacementOption {
  school: SchoolFreeSeats;
  /** The family's preference rank of this school, if they named it. */
  preferenceRank: number | null;
  isFull: boolean;
}

/**
 * The schools a bureau may choose for one unplaced application: the family's preferences first, in their
 * order, then the others with the most free seats first. Full schools stay listed (disabled) so the choice is
 * visibly not there, rather than missing.
 */
export function placementOptions(schools: readonly SchoolFreeSeats[], application: Pick<UnplacedApplication, 'preferences'>): PlacementOption[] {
  const rankOf = new Map(application.preferences.map((p) => [p.schoolId, p.rank]));
  return schools
    .map((school) => ({ school, preferenceRank: rankOf.get(school.schoolId) ?? null, isFull: school.free <= 0 }))
    .sort((a, b) => {
      if (a.preferenceRank !== null || b.preferenceRank !== null) return (a.preferenceRank ?? Infinity) - (b.preferenceRank ?? Infinity);
      return b.school.free - a.school.free || a.school.schoolNameZh.localeCompare(b.school.schoolNameZh, 'zh-CN');
    });
}

/** Free seats over all designated schools: whether manual placement can still place anyone. */
export const totalFreeSeats = (schools: readonly SchoolFreeSeats[]): number => schools.reduce((sum, s) => sum + Math.max(0, s.free), 0);
