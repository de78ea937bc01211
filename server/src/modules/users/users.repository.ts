import type { Selectable } from 'kysely';
import type { Role } from '../../../../common/roles.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { RoleGrantTable, UserTable } from '../../platform/db/schema.ts';
import { likePattern } from '../../platform/db/like.ts';

export type UserRow = Selectable<UserTable>;
export type GrantRow = Selectable<RoleGrantTable> & {
  organization_name_zh: string | null;
  organization_name_en: string | null;
  region_name_zh: string | null;
  region_name_en: string | null;
  scope_path: string | null;
};

export function findUserById(db: DbOrTx, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByUsername(db: DbOrTx, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserByMobile(db: DbOrTx, mobile: string) {
  return db.selectFrom('users').selectAll().where('mobile', '=', mobile).executeTakeFirst();
}

export async function insertUser(db: DbOrTx, row: Omit<UserRow, 'version' | 'locale'> & { locale?: UserRow['locale'] }): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUser(db: DbOrTx, id: string, expectedVersion: number | null, changes: Partial<Omit<UserRow, 'id' | 'version'>>): Promise<boolean> {
  let query = db
    .updateTable('users')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id);
  if (expectedVersion !== null) query = query.where('version', '=', expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

const grantColumns = [
  'role_grants.id',
  'role_grants.user_id',
  'role_grants.role',
  'role_grants.organization_id',
  'role_grants.region_id',
  'role_grants.created_at',
  'role_grants.granted_by',
  'organizations.name_zh as organization_name_zh',
  'organizations.name_en as organization_name_en',
  'regions.name_zh as region_name_zh',
  'regions.name_en as region_name_en',
] as const;

export async function findGrantsOfUsers(db: DbOrTx, userIds: string[]): Promise<GrantRow[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .selectFrom('role_grants')
    .leftJoin('organizations', 'organizations.id', 'role_grants.organization_id')
    .leftJoin('regions', 'regions.id', 'role_grants.region_id')
    .select([...grantColumns, 'organizations.region_path', 'regions.path as region_scope_path'])
    .where('role_grants.user_id', 'in', userIds)
    .orderBy('role_grants.created_at')
    .execute();
  return rows.map(({ region_path, region_scope_path, ...r }) => ({ ...r, scope_path: region_path ?? region_scope_path ?? null }));
}

export async function insertGrant(db: DbOrTx, row: Selectable<RoleGrantTable>): Promise<void> {
  await db.insertInto('role_grants').values(row).execute();
}

export async function deleteGrant(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('role_grants').where('id', '=', id).execute();
}

export function findGrant(db: DbOrTx, id: string) {
  return db.selectFrom('role_grants').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findExistingGrant(db: DbOrTx, userId: string, role: Role, organizationId: string | null, regionId: string | null) {
  let query = db.selectFrom('role_grants').select('id').where('user_id', '=', userId).where('role', '=', role);
  query = organizationId === null ? query.where('organization_id', 'is', null) : query.where('organization_id', '=', organizationId);
  query = regionId === null ? query.where('region_id', 'is', null) : query.where('region_id', '=', regionId);
  return query.executeTakeFirst();
}

export interface UserListFilter {
  /** Region paths the caller administers; null = everything (platform admin). */
  scopePaths: string[] | null;
  /** School admins see the people of their schools only. */
  organizationIds: string[] | null;
  role?: Role;
  q?: string;
  includeDisabled: boolean;
  offset: number;
  limit: number;
}

/** Users having at least one grant inside the caller's reach (platform admins: everyone). */
export async function listUsers(db: DbOrTx, filter: UserListFilter): Promise<{ rows: UserRow[]; total: number }> {
  let base = db.selectFrom('users');
  const reachable = filter.scopePaths !== null || filter.organizationIds !== null || filter.role !== undefined;
  if (reachable) {
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('role_grants')
          .leftJoin('organizations', 'organizations.id', 'role_grants.organization_id')
          .leftJoin('regions', 'regions.id', 'role_grants.region_id')
          .select('role_grants.id')
          .whereRef('role_grants.user_id', '=', 'users.id')
          .where((inner) => {
            const ors = [];
            if (filter.scopePaths !== null) {
              for (const path of filter.scopePaths) {
                ors.push(inner('organizations.region_path', 'like', `${path}%`), inner('regions.path', 'like', `${path}%`));
              }
            }
            if (filter.organizationIds !== null && filter.organizationIds.length > 0) {
              ors.push(inner('role_grants.organization_id', 'in', filter.organizationIds));
            }
            if (filter.scopePaths === null && filter.organizationIds === null) return inner.lit(true);
            return ors.length > 0 ? inner.or(ors) : inner.lit(false);
          })
          .$if(filter.role !== undefined, (q) => q.where('role_grants.role', '=', filter.role!)),
      ),
    );
  }
  if (filter.q) {
    const like = likePattern(filter.q);
    base = base.where((eb) => eb.or([eb(eb.fn('lower', ['display_name']), 'like', like), eb(eb.fn('lower', ['username']), 'like', like)]));
  }
  if (!filter.includeDisabled) base = base.where('disabled_at', 'is', null);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('display_name').orderBy('id').offset(filter.offset).limit(filter.limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
