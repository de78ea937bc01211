import { sql, type Insertable, type Selectable } from 'kysely';
import type { PairingStatus } from '../../../../../common/cooperation.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type {
  CooperationPairingApprovalTable,
  CooperationPairingEventTable,
  CooperationPairingSchoolTable,
  CooperationPairingTable,
} from '../cooperation.tables.ts';
import { prefixRange } from '../scope.ts';

export type PairingRow = Selectable<CooperationPairingTable>;
export type PairingSchoolRow = Selectable<CooperationPairingSchoolTable>;
export type ApprovalRow = Selectable<CooperationPairingApprovalTable>;
export type PairingEventRow = Selectable<CooperationPairingEventTable>;

export function findPairing(db: DbOrTx, id: string) {
  return db.selectFrom('cooperation_pairings').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findPairingByLiveKey(db: DbOrTx, liveKey: string) {
  return db.selectFrom('cooperation_pairings').selectAll().where('live_key', '=', liveKey).executeTakeFirst();
}

export function findSchools(db: DbOrTx, pairingIds: string[]): Promise<PairingSchoolRow[]> {
  if (pairingIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('cooperation_pairing_schools').selectAll().where('pairing_id', 'in', pairingIds).orderBy('pairing_id').orderBy('school_id').execute();
}

export function findApprovals(db: DbOrTx, pairingIds: string[]): Promise<ApprovalRow[]> {
  if (pairingIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('cooperation_pairing_approvals').selectAll().where('pairing_id', 'in', pairingIds).execute();
}

export function findEvents(db: DbOrTx, pairingId: string): Promise<PairingEventRow[]> {
  return db.selectFrom('cooperation_pairing_events').selectAll().where('pairing_id', '=', pairingId).orderBy('seq').execute();
}

/** The latest exchange day and the number of exchanges of each pairing. */
export async function findExchangeStats(db: DbOrTx, pairingIds: string[]): Promise<Map<string, { last: string | null; count: number }>> {
  if (pairingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('cooperation_exchanges')
    .select(['pairing_id', (eb) => eb.fn.max('occurred_on').as('last'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('pairing_id', 'in', pairingIds)
    .groupBy('pairing_id')
    .execute();
  return new Map(rows.map((r) => [r.pairing_id!, { last: r.last ?? null, count: Number(r.n) }]));
}

/** Inserts unless a live pairing of the same schools exists: true when inserted. */
export async function insertPairing(db: DbOrTx, row: Insertable<CooperationPairingTable>): Promise<boolean> {
  const result = await db
    .insertInto('cooperation_pairings')
    .values(row)
    .onConflict((oc) => oc.column('live_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function insertSchools(db: DbOrTx, rows: PairingSchoolRow[]): Promise<void> {
  await db.insertInto('cooperation_pairing_schools').values(rows).execute();
}

export async function insertApproval(db: DbOrTx, row: ApprovalRow): Promise<void> {
  await db.insertInto('cooperation_pairing_approvals').values(row).execute();
}

/**
 * Appends to the pairing's history: the next place in it, read in the same statement. Writers of one pairing
 * are serialised by its version check (a second writer waits on the row, then gets a conflict).
 */
export async function insertEvent(db: DbOrTx, row: Omit<PairingEventRow, 'seq'>): Promise<void> {
  await db
    .insertInto('cooperation_pairing_events')
    .values({
      ...row,
      seq: sql<number>`(select coalesce(max(seq), 0) + 1 from cooperation_pairing_events where pairing_id = ${row.pairing_id})`,
    })
    .execute();
}

export async function markAccepted(db: DbOrTx, pairingId: string, schoolIds: string[], userId: string, at: string): Promise<void> {
  await db
    .updateTable('cooperation_pairing_schools')
    .set({ accepted_at: at, accepted_by: userId })
    .where('pairing_id', '=', pairingId)
    .where('school_id', 'in', schoolIds)
    .where('accepted_at', 'is', null)
    .execute();
}

/** The partners' acceptances, withdrawn when the proposal changes. */
export async function resetAcceptances(db: DbOrTx, pairingId: string, proposerSchoolId: string): Promise<void> {
  await db
    .updateTable('cooperation_pairing_schools')
    .set({ accepted_at: null, accepted_by: null })
    .where('pairing_id', '=', pairingId)
    .where('school_id', '!=', proposerSchoolId)
    .execute();
}

/** Changes the pairing if it is still at the version the caller read: true when it was. */
export async function updatePairing(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<PairingRow, 'id' | 'version' | 'created_at'>>,
  expectedStatus?: PairingStatus,
): Promise<boolean> {
  let query = db
    .updateTable('cooperation_pairings')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion);
  if (expectedStatus) query = query.where('status', '=', expectedStatus);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface PairingFilter {
  status?: PairingStatus;
  batch?: number;
  schoolId?: string;
  regionPath?: string;
  /** null: everything is visible. Otherwise active and ended pairings, plus those of these organizations or below these paths. */
  visibility: { organizationIds: string[]; scopePaths: string[] } | null;
  /** Only pairings with these ids (the "awaiting me" inbox). */
  ids?: string[];
  offset: number;
  limit: number;
}

export async function listPairings(db: DbOrTx, filter: PairingFilter): Promise<{ rows: PairingRow[]; total: number }> {
  let query = db.selectFrom('cooperation_pairings');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.batch !== undefined) query = query.where('batch', '=', filter.batch);
  if (filter.ids) query = query.where('id', 'in', filter.ids.length > 0 ? filter.ids : ['']);
  if (filter.schoolId) {
    const schoolId = filter.schoolId;
    query = query.where('id', 'in', (eb) => eb.selectFrom('cooperation_pairing_schools').select('pairing_id').where('school_id', '=', schoolId));
  }
  if (filter.regionPath) {
    const [low, high] = prefixRange(filter.regionPath);
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('cooperation_pairing_schools').select('pairing_id').where('region_path', '>=', low).where('region_path', '<', high),
    );
  }
  const visibility = filter.visibility;
  if (visibility) {
    query = query.where((eb) =>
      eb.or([
        eb('status', 'in', ['active', 'ended']),
        ...(visibility.organizationIds.length > 0
          ? [eb('id', 'in', eb.selectFrom('cooperation_pairing_schools').select('pairing_id').where('school_id', 'in', visibility.organizationIds))]
          : []),
        ...visibility.scopePaths.map((path) => {
          const [low, high] = prefixRange(path);
          return eb(
            'id',
            'in',
            eb.selectFrom('cooperation_pairing_schools').select('pairing_id').where('region_path', '>=', low).where('region_path', '<', high),
          );
        }),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('updated_at', 'desc').orderBy('id').offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * Pairings waiting for someone in these organizations or jurisdictions: proposals to accept by these schools,
 * accepted pairings with a side below these paths still unapproved. The service narrows them to the caller.
 */
export async function findAwaitingCandidates(db: DbOrTx, schoolIds: string[], scopePaths: string[]): Promise<string[]> {
  const ids = new Set<string>();
  if (schoolIds.length > 0) {
    const rows = await db
      .selectFrom('cooperation_pairing_schools')
      .innerJoin('cooperation_pairings', 'cooperation_pairings.id', 'cooperation_pairing_schools.pairing_id')
      .select('cooperation_pairings.id')
      .where('cooperation_pairings.status', '=', 'proposed')
      .where('cooperation_pairing_schools.school_id', 'in', schoolIds)
      .where('cooperation_pairing_schools.accepted_at', 'is', null)
      .execute();
    rows.forEach((r) => ids.add(r.id));
  }
  for (const path of scopePaths) {
    const [low, high] = prefixRange(path);
    const rows = await db
      .selectFrom('cooperation_pairing_schools')
      .innerJoin('cooperation_pairings', 'cooperation_pairings.id', 'cooperation_pairing_schools.pairing_id')
      .select('cooperation_pairings.id')
      .where('cooperation_pairings.status', '=', 'accepted')
      .where('cooperation_pairing_schools.region_path', '>=', low)
      .where('cooperation_pairing_schools.region_path', '<', high)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('cooperation_pairing_approvals')
              .select('cooperation_pairing_approvals.pairing_id')
              .whereRef('cooperation_pairing_approvals.pairing_id', '=', 'cooperation_pairing_schools.pairing_id')
              .whereRef('cooperation_pairing_approvals.region_id', '=', 'cooperation_pairing_schools.region_id'),
          ),
        ),
      )
      .execute();
    rows.forEach((r) => ids.add(r.id));
  }
  return [...ids];
}

export function findAgreementTitles(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([] as { id: string; title: string }[]);
  return db.selectFrom('cooperation_agreements').select(['id', 'title']).where('id', 'in', ids).execute();
}
