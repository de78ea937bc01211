import type { Insertable, Selectable } from 'kysely';
import type { AdmissionBasis } from '../../../../../common/enrollment.ts';
import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { EnrollmentAllocationRunTable, EnrollmentLotterySeedTable } from '../enrollment.tables.ts';
import { chunked, ID_CHUNK } from '../../../platform/db/bulk-writes.ts';

/** Who takes part in a round: approved applications not yet placed, and those a previous round left unplaced. */
export const PARTICIPATING: readonly ApplicationStatus[] = ['approved', 'unplaced'];

export type SeedRow = Selectable<EnrollmentLotterySeedTable>;
export type RunRow = Selectable<EnrollmentAllocationRunTable> & { run_by_name: string };

/**
 * Serialises the steps that hand out a policy's seats (final runs, manual placements) until the transaction
 * ends: a no-op update takes PostgreSQL's row lock and SQLite's write lock alike, and changes nothing.
 */
export async function lockPolicy(tx: DbOrTx, policyId: string): Promise<void> {
  await tx
    .updateTable('enrollment_policies')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', policyId)
    .execute();
}

export function findSeeds(db: DbOrTx, policyId: string): Promise<SeedRow[]> {
  return db.selectFrom('enrollment_lottery_seeds').selectAll().where('policy_id', '=', policyId).orderBy('round').execute();
}

/** False when the round already has a seed: a published seed never changes. */
export async function insertSeed(tx: DbOrTx, row: Insertable<EnrollmentLotterySeedTable>): Promise<boolean> {
  const result = await tx
    .insertInto('enrollment_lottery_seeds')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

const runColumns = (db: DbOrTx) =>
  db
    .selectFrom('enrollment_allocation_runs')
    .innerJoin('users', 'users.id', 'enrollment_allocation_runs.run_by')
    .selectAll('enrollment_allocation_runs')
    .select('users.display_name as run_by_name');

export function findRuns(db: DbOrTx, policyId: string, kind?: 'final'): Promise<RunRow[]> {
  return runColumns(db)
    .where('enrollment_allocation_runs.policy_id', '=', policyId)
    .$if(kind !== undefined, (q) => q.where('enrollment_allocation_runs.kind', '=', 'final'))
    .orderBy('enrollment_allocation_runs.run_at', 'desc')
    .orderBy('enrollment_allocation_runs.round', 'desc')
    .execute();
}

export function findRun(db: DbOrTx, id: string): Promise<RunRow | undefined> {
  return runColumns(db).where('enrollment_allocation_runs.id', '=', id).executeTakeFirst();
}

export const finalKeyOf = (policyId: string, round: number) => `${policyId}:${round}`;

export async function hasFinalRun(db: DbOrTx, policyId: string, round: number): Promise<boolean> {
  const row = await db.selectFrom('enrollment_allocation_runs').select('id').where('final_key', '=', finalKeyOf(policyId, round)).executeTakeFirst();
  return row !== undefined;
}

/** The latest round with a final run, 0 before the first. */
export async function latestFinalRound(db: DbOrTx, policyId: string): Promise<number> {
  const row = await db
    .selectFrom('enrollment_allocation_runs')
    .select((eb) => eb.fn.max('round').as('round'))
    .where('policy_id', '=', policyId)
    .where('kind', '=', 'final')
    .executeTakeFirst();
  return Number(row?.round ?? 0);
}

/** False when the round already has its final run (final_key is unique). */
export async function insertRun(tx: DbOrTx, row: Insertable<EnrollmentAllocationRunTable>): Promise<boolean> {
  const result = await tx
    .insertInto('enrollment_allocation_runs')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export interface ParticipantRow {
  id: string;
  reference: string;
  status: ApplicationStatus;
  version: number;
  guardian_user_id: string;
  points_verified: number | null;
  admission_basis: AdmissionBasis;
}

export function findParticipants(db: DbOrTx, policyId: string): Promise<ParticipantRow[]> {
  return (
    db
      .selectFrom('enrollment_applications as a')
      .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id')
      .select(['a.id', 'a.reference', 'a.status', 'a.version', 'a.guardian_user_id', 'a.points_verified', 'r.admission_basis'])
      .where('a.policy_id', '=', policyId)
      .where('a.status', 'in', [...PARTICIPATING])
      // In reference order, the engine's canonical order: its input hash then need not sort a million ids.
      .orderBy('a.reference')
      .execute()
  );
}

/** Preferences of the participants, each application's in rank order. */
export function findParticipantPreferences(db: DbOrTx, policyId: string): Promise<{ application_id: string; rank: number; school_id: string }[]> {
  return db
    .selectFrom('enrollment_application_preferences as p')
    .innerJoin('enrollment_applications as a', 'a.id', 'p.application_id')
    .select(['p.application_id', 'p.rank', 'p.school_id'])
    .where('a.policy_id', '=', policyId)
    .where('a.status', 'in', [...PARTICIPATING])
    .orderBy('p.application_id')
    .orderBy('p.rank')
    .execute();
}

export interface SchoolRow {
  school_id: string;
  seats: number;
  name_zh: string;
  name_en: string;
}

/** The designated schools with their seats, and their names (read-only, from the directory's table). */
export function findPolicySchools(db: DbOrTx, policyId: string): Promise<SchoolRow[]> {
  return db
    .selectFrom('enrollment_policy_schools as s')
    .innerJoin('organizations as o', 'o.id', 's.school_id')
    .select(['s.school_id', 's.seats', 'o.name_zh', 'o.name_en'])
    .where('s.policy_id', '=', policyId)
    .orderBy('s.school_id')
    .execute();
}

export async function findSchoolNames(db: DbOrTx, ids: readonly string[]): Promise<Map<string, { name_zh: string; name_en: string }>> {
  const names = new Map<string, { name_zh: string; name_en: string }>();
  for (const chunk of chunked([...new Set(ids)], ID_CHUNK)) {
    const rows = await db.selectFrom('organizations').select(['id', 'name_zh', 'name_en']).where('id', 'in', chunk).execute();
    for (const row of rows) names.set(row.id, row);
  }
  return names;
}

/**
 * Seats held per school of a policy: accepted offers, and open offers still within their deadline
 * (an open offer past its deadline can no longer be accepted, so its seat is free again).
 */
export async function countHeldSeats(db: DbOrTx, policyId: string, now: string, schoolId?: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('enrollment_offers as o')
    .innerJoin('enrollment_applications as a', 'a.id', 'o.application_id')
    .select(['o.school_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('a.policy_id', '=', policyId)
    .where((eb) => eb.or([eb('o.status', '=', 'accepted'), eb.and([eb('o.status', '=', 'open'), eb('o.deadline', '>=', now)])]))
    .$if(schoolId !== undefined, (q) => q.where('o.school_id', '=', schoolId!))
    .groupBy('o.school_id')
    .execute();
  return new Map(rows.map((r) => [r.school_id, Number(r.n)]));
}
