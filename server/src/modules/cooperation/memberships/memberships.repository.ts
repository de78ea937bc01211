import type { Selectable } from 'kysely';
import type { BodyType, MembershipStatus } from '../../../../../common/cooperation.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { CooperationMembershipTable } from '../cooperation.tables.ts';
import { prefixRange } from '../scope.ts';

export type MembershipRow = Selectable<CooperationMembershipTable>;

export const liveKeyOf = (type: BodyType, bodyId: string, organizationId: string) => `${type}:${bodyId}:${organizationId}`;

export function findMemberships(db: DbOrTx, type: BodyType, bodyIds: string[]): Promise<MembershipRow[]> {
  if (bodyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cooperation_memberships')
    .selectAll()
    .where('body_type', '=', type)
    .where('body_id', 'in', bodyIds)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
}

export function findMembership(db: DbOrTx, type: BodyType, bodyId: string, id: string) {
  return db
    .selectFrom('cooperation_memberships')
    .selectAll()
    .where('id', '=', id)
    .where('body_type', '=', type)
    .where('body_id', '=', bodyId)
    .executeTakeFirst();
}

/** Inserts unless the organization already has a live (requested or active) membership: true when inserted. */
export async function insertMembership(db: DbOrTx, row: MembershipRow): Promise<boolean> {
  const result = await db
    .insertInto('cooperation_memberships')
    .values(row)
    .onConflict((oc) => oc.column('live_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Changes the membership if it is still at the version and status the caller read: true when it was. */
export async function updateMembership(
  db: DbOrTx,
  id: string,
  expected: { version: number; status: MembershipStatus },
  changes: Partial<Omit<MembershipRow, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('cooperation_memberships')
    .set({ ...changes, version: expected.version + 1 })
    .where('id', '=', id)
    .where('version', '=', expected.version)
    .where('status', '=', expected.status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Bodies with a live member in the region (or one of these organizations). */
export function bodiesWithMemberIn(db: DbOrTx, type: BodyType, filter: { regionPath?: string; organizationId?: string }) {
  let query = db.selectFrom('cooperation_memberships').select('body_id').where('body_type', '=', type).where('status', '=', 'active');
  if (filter.regionPath) {
    const [low, high] = prefixRange(filter.regionPath);
    query = query.where('region_path', '>=', low).where('region_path', '<', high);
  }
  if (filter.organizationId) query = query.where('organization_id', '=', filter.organizationId);
  return query;
}
