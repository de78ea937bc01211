import { sql, type RawBuilder } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { prefixRange } from '../scope.ts';

// The dashboard's queries. A scope is a region path; '/' is the whole network and filters nothing. Every
// query reads an index range of its scope (or a roll-up), never a scan of all exchanges.

type PathTable = 'cooperation_pairing_schools' | 'cooperation_agreement_parties' | 'cooperation_memberships' | 'cooperation_activity_monthly' | 'organizations';

/**
 * region_path within the scope; nothing for the whole network. The cooperation tables compare paths bytewise
 * (their column collation), so a range serves; the directory's organizations table is matched by LIKE, as the
 * directory does, whatever its collation.
 */
function within(table: PathTable, scope: string): RawBuilder<boolean> {
  if (scope === '/') return sql<boolean>`1 = 1`;
  const column = sql.ref(`${table}.region_path`);
  if (table === 'organizations') return sql<boolean>`${column} like ${`${scope}%`}`;
  const [low, high] = prefixRange(scope);
  return sql<boolean>`(${column} >= ${low} and ${column} < ${high})`;
}

export function monthlyActivity(db: DbOrTx, scope: string, from: string, to: string) {
  return db
    .selectFrom('cooperation_scope_monthly')
    .select(['month', 'exchanges', 'participants'])
    .where('scope_path', '=', scope)
    .where('month', '>=', from)
    .where('month', '<=', to)
    .orderBy('month')
    .execute();
}

/** Active and ended pairings with a school in the scope. */
export function pairingsInScope(db: DbOrTx, scope: string) {
  let query = db.selectFrom('cooperation_pairings').select(['id', 'batch', 'status', 'starts_on']).where('status', 'in', ['active', 'ended']);
  if (scope !== '/') {
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('cooperation_pairing_schools').select('pairing_id').where(within('cooperation_pairing_schools', scope)),
    );
  }
  return query.execute();
}

/** Signed agreements (not drafts) with a party in the scope. */
export function agreementsInScope(db: DbOrTx, scope: string) {
  let query = db.selectFrom('cooperation_agreements').select(['id', 'status', 'signed_on']).where('status', '!=', 'draft');
  if (scope !== '/') {
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('cooperation_agreement_parties').select('agreement_id').where(within('cooperation_agreement_parties', scope)),
    );
  }
  return query.execute();
}

/** Communities and alliances with an active member in the scope. */
export async function bodiesInScope(db: DbOrTx, scope: string): Promise<{ communities: number; alliances: number }> {
  const rows = await db
    .selectFrom('cooperation_memberships')
    .select(['body_type', (eb) => eb.fn.count<number>('body_id').distinct().as('n')])
    .where('status', '=', 'active')
    .where(within('cooperation_memberships', scope))
    .groupBy('body_type')
    .execute();
  const count = (type: string) => Number(rows.find((r) => r.body_type === type)?.n ?? 0);
  return { communities: count('community'), alliances: count('alliance') };
}

/**
 * Schools of the scope in an active pairing, community or alliance, or with an exchange in the months given,
 * with where they are (for the map and the activity lists).
 */
export function involvedSchools(db: DbOrTx, scope: string, from: string, to: string) {
  return db
    .selectFrom('organizations')
    .innerJoin('regions', 'regions.id', 'organizations.region_id')
    .select([
      'organizations.id',
      'organizations.kind',
      'organizations.name_zh',
      'organizations.name_en',
      'organizations.region_id',
      'organizations.latitude',
      'organizations.longitude',
      'regions.name_zh as region_name_zh',
      'regions.name_en as region_name_en',
    ])
    .where('organizations.kind', '=', 'school')
    .where(within('organizations', scope))
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('cooperation_pairing_schools')
            .innerJoin('cooperation_pairings', 'cooperation_pairings.id', 'cooperation_pairing_schools.pairing_id')
            .select('cooperation_pairing_schools.pairing_id')
            .whereRef('cooperation_pairing_schools.school_id', '=', 'organizations.id')
            .where('cooperation_pairings.status', '=', 'active'),
        ),
        eb.exists(
          eb
            .selectFrom('cooperation_memberships')
            .select('cooperation_memberships.id')
            .whereRef('cooperation_memberships.organization_id', '=', 'organizations.id')
            .where('cooperation_memberships.status', '=', 'active'),
        ),
        eb.exists(
          eb
            .selectFrom('cooperation_activity_monthly')
            .select('cooperation_activity_monthly.month')
            .whereRef('cooperation_activity_monthly.organization_id', '=', 'organizations.id')
            .where('cooperation_activity_monthly.month', '>=', from)
            .where('cooperation_activity_monthly.month', '<=', to),
        ),
      ]),
    )
    .orderBy('organizations.name_zh')
    .orderBy('organizations.id')
    .execute();
}

/** Exchanges and participants of each organization of the scope over the months given. */
export function activityBySchool(db: DbOrTx, scope: string, from: string, to: string) {
  return db
    .selectFrom('cooperation_activity_monthly')
    .select(['organization_id', (eb) => eb.fn.sum<number>('exchanges').as('exchanges'), (eb) => eb.fn.sum<number>('participants').as('participants')])
    .where(within('cooperation_activity_monthly', scope))
    .where('month', '>=', from)
    .where('month', '<=', to)
    .groupBy('organization_id')
    .execute();
}

/** Active pairings of the scope with the day of their latest exchange. */
export function activePairingsWithLastExchange(db: DbOrTx, scope: string) {
  let query = db
    .selectFrom('cooperation_pairings as p')
    .select([
      'p.id',
      'p.batch',
      'p.starts_on',
      (eb) =>
        eb
          .selectFrom('cooperation_exchanges as e')
          .select((e) => e.fn.max('e.occurred_on').as('last'))
          .whereRef('e.pairing_id', '=', 'p.id')
          .as('last_exchange_on'),
    ])
    .where('p.status', '=', 'active');
  if (scope !== '/') {
    query = query.where('p.id', 'in', (eb) =>
      eb.selectFrom('cooperation_pairing_schools').select('pairing_id').where(within('cooperation_pairing_schools', scope)),
    );
  }
  return query.orderBy('p.starts_on').orderBy('p.id').execute();
}

/** The schools of these pairings with their public face. */
export function schoolsOfPairings(db: DbOrTx, pairingIds: string[]) {
  if (pairingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cooperation_pairing_schools')
    .innerJoin('organizations', 'organizations.id', 'cooperation_pairing_schools.school_id')
    .innerJoin('regions', 'regions.id', 'organizations.region_id')
    .select([
      'cooperation_pairing_schools.pairing_id',
      'organizations.id',
      'organizations.kind',
      'organizations.name_zh',
      'organizations.name_en',
      'organizations.region_id',
      'organizations.region_path',
      'organizations.latitude',
      'organizations.longitude',
      'regions.name_zh as region_name_zh',
      'regions.name_en as region_name_en',
    ])
    .where('cooperation_pairing_schools.pairing_id', 'in', pairingIds)
    .orderBy('organizations.name_zh')
    .execute();
}

export function findRegion(db: DbOrTx, id: string) {
  return db.selectFrom('regions').select(['id', 'path', 'name_zh', 'name_en']).where('id', '=', id).executeTakeFirst();
}
