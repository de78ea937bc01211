import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { likePattern } from '../../../platform/db/like.ts';
import type { CooperationCommunityTable } from '../cooperation.tables.ts';
import { bodiesWithMemberIn } from '../memberships/memberships.repository.ts';

export type CommunityRow = Selectable<CooperationCommunityTable>;

export function findCommunity(db: DbOrTx, id: string) {
  return db.selectFrom('cooperation_communities').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCommunityByName(db: DbOrTx, name: string) {
  return db.selectFrom('cooperation_communities').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Inserts unless the name is taken: true when inserted. */
export async function insertCommunity(db: DbOrTx, row: Insertable<CooperationCommunityTable>): Promise<boolean> {
  const result = await db
    .insertInto('cooperation_communities')
    .values(row)
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updateCommunity(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<CommunityRow, 'id' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('cooperation_communities')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Moves the lead role to another active member; the old lead becomes a member. */
export async function moveLead(db: DbOrTx, communityId: string, newLeadId: string): Promise<void> {
  const members = db
    .updateTable('cooperation_memberships')
    .where('body_type', '=', 'community')
    .where('body_id', '=', communityId)
    .where('status', '=', 'active');
  await members.set({ role: 'member' }).where('role', '=', 'lead').execute();
  await members.set({ role: 'lead' }).where('organization_id', '=', newLeadId).execute();
}

export async function listCommunities(db: DbOrTx, filter: { q?: string; regionPath?: string; schoolId?: string; offset: number; limit: number }) {
  let query = db.selectFrom('cooperation_communities');
  if (filter.q) query = query.where((eb) => eb(eb.fn('lower', ['name']), 'like', likePattern(filter.q!)));
  if (filter.regionPath) query = query.where('id', 'in', bodiesWithMemberIn(db, 'community', { regionPath: filter.regionPath }));
  if (filter.schoolId) query = query.where('id', 'in', bodiesWithMemberIn(db, 'community', { organizationId: filter.schoolId }));
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('name').orderBy('id').offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
