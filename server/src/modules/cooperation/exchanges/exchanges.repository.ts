import { sql, type Expression, type ExpressionBuilder, type Insertable, type Selectable, type SqlBool } from 'kysely';
import type { ExchangeKind } from '../../../../../common/cooperation.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { CooperationExchangeOrganizationTable, CooperationExchangeParticipantTable, CooperationExchangeTable } from '../cooperation.tables.ts';
import type { Database } from '../../../platform/db/schema.ts';
import { adjustActivity } from '../activity.repository.ts';
import { prefixRange, type Visibility } from '../scope.ts';
import { likePattern } from '../../../platform/db/like.ts';

export type ExchangeRow = Selectable<CooperationExchangeTable>;
export type ExchangeOrganizationRow = Selectable<CooperationExchangeOrganizationTable>;
export type ParticipantRow = Selectable<CooperationExchangeParticipantTable>;

export function findExchange(db: DbOrTx, id: string) {
  return db.selectFrom('cooperation_exchanges').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findExchangeByClientKey(db: DbOrTx, userId: string, clientKey: string) {
  return db.selectFrom('cooperation_exchanges').selectAll().where('created_by', '=', userId).where('client_key', '=', clientKey).executeTakeFirst();
}

export function findOrganizationsOf(db: DbOrTx, exchangeIds: string[]): Promise<ExchangeOrganizationRow[]> {
  if (exchangeIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('cooperation_exchange_organizations').selectAll().where('exchange_id', 'in', exchangeIds).execute();
}

export function findParticipantsOf(db: DbOrTx, exchangeIds: string[]) {
  if (exchangeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cooperation_exchange_participants')
    .innerJoin('users', 'users.id', 'cooperation_exchange_participants.user_id')
    .select([
      'cooperation_exchange_participants.exchange_id',
      'cooperation_exchange_participants.user_id',
      'cooperation_exchange_participants.organization_id',
      'users.display_name',
    ])
    .where('cooperation_exchange_participants.exchange_id', 'in', exchangeIds)
    .orderBy('users.display_name')
    .execute();
}

/** Staff grants of the given people at the given organizations: who may be named as a participant, and for whom. */
/** Staff working at any of the organizations whose name contains `q`: whom an exchange among them may name. */
export function searchStaffAt(db: DbOrTx, organizationIds: string[], q: string | undefined, limit: number) {
  let query = db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select(['users.id as user_id', 'users.display_name', 'role_grants.organization_id'])
    .where('role_grants.organization_id', 'in', organizationIds)
    .where('role_grants.role', 'in', ['bureau_admin', 'bureau_reviewer', 'school_admin', 'teacher'])
    .where('users.disabled_at', 'is', null);
  if (q) query = query.where((eb) => eb(eb.fn('lower', ['users.display_name']), 'like', likePattern(q)));
  return query.orderBy('users.display_name').orderBy('users.id').limit(limit).execute();
}

export function findStaffGrants(db: DbOrTx, userIds: string[], organizationIds: string[]) {
  if (userIds.length === 0 || organizationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select(['role_grants.user_id', 'role_grants.organization_id'])
    .where('role_grants.user_id', 'in', userIds)
    .where('role_grants.organization_id', 'in', organizationIds)
    .where('role_grants.role', 'in', ['bureau_admin', 'bureau_reviewer', 'school_admin', 'teacher'])
    .where('users.disabled_at', 'is', null)
    .execute();
}

export interface ExchangeWrite {
  exchange: Insertable<CooperationExchangeTable>;
  organizations: { organizationId: string; role: 'host' | 'partner'; regionPath: string }[];
  participants: { userId: string; organizationId: string }[];
}

/** Inserts an exchange with its organizations, participants and activity counts. */
export async function insertExchange(db: DbOrTx, write: ExchangeWrite): Promise<void> {
  const { exchange } = write;
  await db.insertInto('cooperation_exchanges').values(exchange).execute();
  await insertParts(db, write);
}

async function insertParts(db: DbOrTx, { exchange, organizations, participants }: ExchangeWrite): Promise<void> {
  await db
    .insertInto('cooperation_exchange_organizations')
    .values(
      organizations.map((o) => ({
        exchange_id: exchange.id,
        organization_id: o.organizationId,
        role: o.role,
        region_path: o.regionPath,
        occurred_month: exchange.occurred_month,
        participant_count: exchange.participant_count,
      })),
    )
    .execute();
  if (participants.length > 0) {
    await db
      .insertInto('cooperation_exchange_participants')
      .values(participants.map((p) => ({ exchange_id: exchange.id, user_id: p.userId, organization_id: p.organizationId })))
      .execute();
  }
  await adjustActivity(db, { month: exchange.occurred_month, participantCount: exchange.participant_count, organizations }, 1);
}

async function removeParts(db: DbOrTx, current: ExchangeRow): Promise<void> {
  const organizations = await findOrganizationsOf(db, [current.id]);
  const share = {
    month: current.occurred_month,
    participantCount: current.participant_count,
    organizations: organizations.map((o) => ({ organizationId: o.organization_id, regionPath: o.region_path })),
  };
  await adjustActivity(db, share, -1);
  await db.deleteFrom('cooperation_exchange_participants').where('exchange_id', '=', current.id).execute();
  await db.deleteFrom('cooperation_exchange_organizations').where('exchange_id', '=', current.id).execute();
}

/** Rewrites an exchange if it is still at the version the caller read: true when it was. */
export async function replaceExchange(db: DbOrTx, current: ExchangeRow, expectedVersion: number, write: ExchangeWrite): Promise<boolean> {
  const { id: _id, created_at: _created, created_by: _by, client_key: _key, ...changes } = write.exchange;
  const result = await db
    .updateTable('cooperation_exchanges')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', current.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await removeParts(db, current);
  await insertParts(db, write);
  return true;
}

export async function deleteExchange(db: DbOrTx, current: ExchangeRow): Promise<void> {
  await removeParts(db, current);
  await db.deleteFrom('cooperation_exchanges').where('id', '=', current.id).execute();
}

export interface ExchangeFilter {
  kind?: ExchangeKind;
  from?: string;
  to?: string;
  organizationId?: string;
  regionPath?: string;
  pairingId?: string;
  communityId?: string;
  allianceId?: string;
  /** null: everything. */
  visibility: Visibility | null;
  offset: number;
  limit: number;
}

/** The exchange log counts this far and no further: counting a province's hundreds of thousands costs seconds. */
export const EXCHANGE_COUNT_LIMIT = 10_000;

export async function listExchanges(
  db: DbOrTx,
  filter: ExchangeFilter,
  countLimit = EXCHANGE_COUNT_LIMIT,
): Promise<{ rows: ExchangeRow[]; total: number; totalIsLowerBound: boolean }> {
  let query = db.selectFrom('cooperation_exchanges');
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.from) query = query.where('occurred_on', '>=', filter.from);
  if (filter.to) query = query.where('occurred_on', '<=', filter.to);
  if (filter.pairingId) query = query.where('pairing_id', '=', filter.pairingId);
  if (filter.communityId) query = query.where('community_id', '=', filter.communityId);
  if (filter.allianceId) query = query.where('alliance_id', '=', filter.allianceId);
  // Who took part is asked of each exchange through the (exchange_id, organization_id) key: an EXISTS that
  // both databases answer by index while reading newest first, where `id IN (…) OR id IN (…)` over a province's
  // million rows made PostgreSQL fall back to a sub-plan per row (minutes).
  const takingPart = (
    eb: ExpressionBuilder<Database, 'cooperation_exchanges'>,
    where: (o: ExpressionBuilder<Database, 'cooperation_exchange_organizations'>) => Expression<SqlBool>,
  ) =>
    eb.exists(
      eb
        .selectFrom('cooperation_exchange_organizations')
        .select(sql.lit(1).as('one'))
        .whereRef('cooperation_exchange_organizations.exchange_id', '=', 'cooperation_exchanges.id')
        .where(where),
    );
  const inRegion = (o: ExpressionBuilder<Database, 'cooperation_exchange_organizations'>, path: string) => {
    const [low, high] = prefixRange(path);
    return o.and([o('region_path', '>=', low), o('region_path', '<', high)]);
  };
  const organizationId = filter.organizationId;
  if (organizationId) query = query.where((eb) => takingPart(eb, (o) => o('organization_id', '=', organizationId)));
  const regionPath = filter.regionPath;
  if (regionPath) query = query.where((eb) => takingPart(eb, (o) => inRegion(o, regionPath)));
  const visibility = filter.visibility;
  if (visibility) {
    query = query.where((eb) =>
      takingPart(eb, (o) => o.or([o('organization_id', 'in', [...visibility.organizationIds, '']), ...visibility.scopePaths.map((path) => inRegion(o, path))])),
    );
  }
  // Newest first, read backwards along the (occurred_on, id) index so the first page stops early.
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('occurred_on', 'desc').orderBy('id', 'desc').offset(filter.offset).limit(filter.limit).execute(),
    db
      .selectFrom(
        query
          .select('id')
          .limit(countLimit + 1)
          .as('matching'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const n = Number(count.n);
  return { rows, total: Math.min(n, countLimit), totalIsLowerBound: n > countLimit };
}

/** The organizations of a pairing, community or alliance an exchange may belong to (members past and present). */
export async function findLinkMembers(db: DbOrTx, link: { type: 'pairing' | 'community' | 'alliance'; id: string }): Promise<string[] | null> {
  if (link.type === 'pairing') {
    const pairing = await db.selectFrom('cooperation_pairings').select('id').where('id', '=', link.id).executeTakeFirst();
    if (!pairing) return null;
    return (await db.selectFrom('cooperation_pairing_schools').select('school_id').where('pairing_id', '=', link.id).execute()).map((r) => r.school_id);
  }
  const table = link.type === 'community' ? 'cooperation_communities' : 'cooperation_alliances';
  if (!(await db.selectFrom(table).select('id').where('id', '=', link.id).executeTakeFirst())) return null;
  const rows = await db
    .selectFrom('cooperation_memberships')
    .select('organization_id')
    .where('body_type', '=', link.type)
    .where('body_id', '=', link.id)
    .where('status', 'in', ['active', 'left'])
    .execute();
  return rows.map((r) => r.organization_id);
}

/** Names of the bodies exchanges belong to. */
export async function findLinkNames(db: DbOrTx, rows: ExchangeRow[]) {
  const ids = (key: 'community_id' | 'alliance_id' | 'pairing_id') => [...new Set(rows.map((r) => r[key]).filter((id): id is string => id !== null))];
  const [communities, alliances, pairingSchools] = await Promise.all([
    ids('community_id').length ? db.selectFrom('cooperation_communities').select(['id', 'name']).where('id', 'in', ids('community_id')).execute() : [],
    ids('alliance_id').length ? db.selectFrom('cooperation_alliances').select(['id', 'name']).where('id', 'in', ids('alliance_id')).execute() : [],
    ids('pairing_id').length
      ? db
          .selectFrom('cooperation_pairing_schools')
          .innerJoin('organizations', 'organizations.id', 'cooperation_pairing_schools.school_id')
          .select(['cooperation_pairing_schools.pairing_id', 'organizations.name_zh', 'organizations.name_en'])
          .where('cooperation_pairing_schools.pairing_id', 'in', ids('pairing_id'))
          .orderBy('organizations.name_zh')
          .execute()
      : [],
  ]);
  return { communities, alliances, pairingSchools };
}
