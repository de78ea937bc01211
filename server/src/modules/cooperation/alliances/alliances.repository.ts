import type { Insertable, Selectable } from 'kysely';
import type { AllianceRole } from '../../../../../common/cooperation.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { likePattern } from '../../../platform/db/like.ts';
import type { CooperationAllianceTable } from '../cooperation.tables.ts';
import { bodiesWithMemberIn } from '../memberships/memberships.repository.ts';

export type AllianceRow = Selectable<CooperationAllianceTable>;

export function findAlliance(db: DbOrTx, id: string) {
  return db.selectFrom('cooperation_alliances').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAllianceByName(db: DbOrTx, name: string) {
  return db.selectFrom('cooperation_alliances').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function insertAlliance(db: DbOrTx, row: Insertable<CooperationAllianceTable>): Promise<boolean> {
  const result = await db
    .insertInto('cooperation_alliances')
    .values(row)
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateAlliance(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<AllianceRow, 'id' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('cooperation_alliances')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a member a role; a new chair takes over and the former chair becomes a vice-chair. */
export async function setRole(db: DbOrTx, allianceId: string, membershipId: string, expectedVersion: number, role: AllianceRole): Promise<boolean> {
  if (role === 'chair') {
    await db
      .updateTable('cooperation_memberships')
      .set((eb) => ({ role: 'vice_chair', version: eb('version', '+', 1) }))
      .where('body_type', '=', 'alliance')
      .where('body_id', '=', allianceId)
      .where('status', '=', 'active')
      .where('role', '=', 'chair')
      .execute();
  }
  const result = await db
    .updateTable('cooperation_memberships')
    .set({ role, version: expectedVersion + 1 })
    .where('id', '=', membershipId)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listAlliances(db: DbOrTx, filter: { q?: string; regionPath?: string; organizationId?: string; offset: number; limit: number }) {
  let query = db.selectFrom('cooperation_alliances');
  if (filter.q) query = query.where((eb) => eb(eb.fn('lower', ['name']), 'like', likePattern(filter.q!)));
  if (filter.regionPath) query = query.where('id', 'in', bodiesWithMemberIn(db, 'alliance', { regionPath: filter.regionPath }));
  if (filter.organizationId) query = query.where('id', 'in', bodiesWithMemberIn(db, 'alliance', { organizationId: filter.organizationId }));
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('name').orderBy('id').offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
