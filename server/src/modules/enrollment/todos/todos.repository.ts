import type { DbOrTx } from '../../../platform/db/database.ts';

export interface Waiting {
  count: number;
  oldestAt: string | null;
  /** The one waiting record when there is exactly one (the to-do links straight to it). */
  onlyId: string | null;
}

const waitingOf = (rows: { id: string; at: string | null }[]): Waiting => ({
  count: rows.length,
  oldestAt: rows.reduce<string | null>((oldest, r) => (r.at !== null && (oldest === null || r.at < oldest) ? r.at : oldest), null),
  onlyId: rows.length === 1 ? rows[0]!.id : null,
});

/** Submitted applications of these host regions waiting for a reviewer's decision (resubmissions included). */
export async function applicationsAwaitingReview(db: DbOrTx, regionPaths: string[]): Promise<Waiting> {
  if (regionPaths.length === 0) return waitingOf([]);
  const rows = await db
    .selectFrom('enrollment_applications')
    .select(['id', 'submitted_at as at'])
    .where('status', '=', 'submitted')
    .where((eb) => eb.or(regionPaths.map((path) => eb('host_region_path', 'like', `${path}%`))))
    .execute();
  return waitingOf(rows);
}

/** Open appeals of these host regions that this reviewer may decide (not on their own rejection). */
export async function appealsAwaitingDecision(db: DbOrTx, regionPaths: string[], reviewerId: string): Promise<Waiting> {
  if (regionPaths.length === 0) return waitingOf([]);
  const rows = await db
    .selectFrom('enrollment_appeals as ap')
    .innerJoin('enrollment_applications as a', 'a.id', 'ap.application_id')
    .select(['a.id as id', 'ap.filed_at as at'])
    .where('ap.status', '=', 'open')
    .where((eb) => eb.or([eb('a.decided_by', 'is', null), eb('a.decided_by', '!=', reviewerId)]))
    .where((eb) => eb.or(regionPaths.map((path) => eb('a.host_region_path', 'like', `${path}%`))))
    .execute();
  return waitingOf(rows);
}

/** Applications of these host regions that got no place in a round and wait for the bureau's 统筹安排. */
export async function applicationsAwaitingPlacement(db: DbOrTx, regionPaths: string[]): Promise<Waiting> {
  if (regionPaths.length === 0) return waitingOf([]);
  const rows = await db
    .selectFrom('enrollment_applications')
    .select(['id', 'updated_at as at'])
    .where('status', '=', 'unplaced')
    .where((eb) => eb.or(regionPaths.map((path) => eb('host_region_path', 'like', `${path}%`))))
    .execute();
  return waitingOf(rows);
}

/** Pupils who accepted a place at these schools and whose arrival (报到) is not recorded yet. */
export async function arrivalsToRecord(db: DbOrTx, schoolIds: string[]): Promise<Waiting> {
  if (schoolIds.length === 0) return waitingOf([]);
  const rows = await db
    .selectFrom('enrollment_applications')
    .select(['id', 'updated_at as at'])
    .where('status', '=', 'accepted')
    .where('placed_school_id', 'in', schoolIds)
    .execute();
  return waitingOf(rows);
}
