import type { OrganizationKind } from '../../../../common/directory.ts';
import type { OrgRef } from './cooperation.policy.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { OrganizationSummary } from './cooperation.schemas.ts';

// Read-only look-ups of the directory's organizations that every cooperation part needs: who they are,
// where they are, which of them are coordination bodies.

export interface OrganizationInfo extends OrganizationSummary {
  regionPath: string;
}

export const toOrgRef = (o: OrganizationInfo): OrgRef => ({ organizationId: o.id, kind: o.kind, regionPath: o.regionPath });

export async function findOrganizations(db: DbOrTx, ids: readonly string[]): Promise<Map<string, OrganizationInfo>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .selectFrom('organizations')
    .innerJoin('regions', 'regions.id', 'organizations.region_id')
    .select([
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
    .where('organizations.id', 'in', unique)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        kind: r.kind as OrganizationKind,
        nameZh: r.name_zh,
        nameEn: r.name_en,
        regionId: r.region_id,
        regionNameZh: r.region_name_zh,
        regionNameEn: r.region_name_en,
        latitude: r.latitude,
        longitude: r.longitude,
        regionPath: r.region_path,
      },
    ]),
  );
}

export async function findOrganization(db: DbOrTx, id: string): Promise<OrganizationInfo | undefined> {
  return (await findOrganizations(db, [id])).get(id);
}

/** The ids of every coordination body (议事协调机构): their staff read the whole network's dashboard. */
export async function findCoordinationBodyIds(db: DbOrTx): Promise<string[]> {
  return (await db.selectFrom('organizations').select('id').where('kind', '=', 'coordination_body').execute()).map((r) => r.id);
}

/** Region ids → path and names, for sides and scopes. */
export async function findRegions(db: DbOrTx, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, { id: string; path: string; nameZh: string; nameEn: string }>();
  const rows = await db.selectFrom('regions').select(['id', 'path', 'name_zh', 'name_en']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, path: r.path, nameZh: r.name_zh, nameEn: r.name_en }]));
}

export const summaryOf = ({ regionPath: _path, ...summary }: OrganizationInfo): OrganizationSummary => summary;
