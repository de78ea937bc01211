import type { OrganizationKind } from '../../../../../common/directory.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';

// What an import checks its rows against, read once per file: organizations, agreements, bodies, pairings.

export interface OrganizationRef {
  id: string;
  code: string | null;
  kind: OrganizationKind;
  nameZh: string;
  nameEn: string;
  regionId: string;
  regionPath: string;
}

export async function loadOrganizations(db: DbOrTx): Promise<OrganizationRef[]> {
  const rows = await db.selectFrom('organizations').select(['id', 'code', 'kind', 'name_zh', 'name_en', 'region_id', 'region_path']).execute();
  return rows.map((r) => ({ id: r.id, code: r.code, kind: r.kind, nameZh: r.name_zh, nameEn: r.name_en, regionId: r.region_id, regionPath: r.region_path }));
}

export const loadAgreements = (db: DbOrTx) => db.selectFrom('cooperation_agreements').select(['id', 'title']).execute();

export async function loadBodies(db: DbOrTx) {
  const [communities, alliances, members] = await Promise.all([
    db.selectFrom('cooperation_communities').select(['id', 'name']).execute(),
    db.selectFrom('cooperation_alliances').select(['id', 'name']).execute(),
    db.selectFrom('cooperation_memberships').select(['body_id', 'organization_id']).where('status', 'in', ['active', 'left']).execute(),
  ]);
  return { communities, alliances, members };
}

export async function loadPairings(db: DbOrTx) {
  const [pairings, schools] = await Promise.all([
    db.selectFrom('cooperation_pairings').select(['id', 'status', 'starts_on', 'live_key']).execute(),
    db.selectFrom('cooperation_pairing_schools').select(['pairing_id', 'school_id']).execute(),
  ]);
  return { pairings, schools };
}

/** The client keys of exchanges this person imported from one file (prefix 'import:<file hash>:'). */
export async function loadExchangeKeys(db: DbOrTx, userId: string, prefix: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('cooperation_exchanges')
    .select('client_key')
    .where('created_by', '=', userId)
    .where('client_key', 'like', `${prefix}%`)
    .execute();
  return new Set(rows.map((r) => r.client_key!));
}
