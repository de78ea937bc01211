import type { ProfileTag, ProfileTagKind } from '../../../../../common/cooperation.ts';
import type { Stage } from '../../../../../common/directory.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';

export interface CandidateFilter {
  /** The searching school's province ('/500000/'): partners come from across the border the partnership crosses. */
  excludeRegionPath: string;
  regionPath?: string;
  stages?: Stage[];
  minPupils?: number;
  maxPupils?: number;
  strengths?: ProfileTag[];
  needs?: ProfileTag[];
}

/** Schools outside the school's region that pass the filters, with their public face. */
export function findCandidates(db: DbOrTx, filter: CandidateFilter) {
  let query = db
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
      'organizations.pupil_count',
      'regions.name_zh as region_name_zh',
      'regions.name_en as region_name_en',
    ])
    .where('organizations.kind', '=', 'school')
    .where('organizations.region_path', 'not like', `${filter.excludeRegionPath}%`);
  if (filter.regionPath) query = query.where('organizations.region_path', 'like', `${filter.regionPath}%`);
  if (filter.minPupils !== undefined) query = query.where('organizations.pupil_count', '>=', filter.minPupils);
  if (filter.maxPupils !== undefined) query = query.where('organizations.pupil_count', '<=', filter.maxPupils);
  const stages = filter.stages;
  if (stages) {
    query = query.where('organizations.id', 'in', (eb) =>
      eb
        .selectFrom('school_stages')
        .select('organization_id')
        .where('stage', 'in', stages.length > 0 ? stages : ['none' as Stage]),
    );
  }
  for (const [kind, tags] of [
    ['strength', filter.strengths],
    ['need', filter.needs],
  ] as const) {
    if (!tags || tags.length === 0) continue;
    query = query.where('organizations.id', 'in', (eb) =>
      eb.selectFrom('cooperation_organization_tags').select('organization_id').where('kind', '=', kind).where('tag', 'in', tags),
    );
  }
  return query.orderBy('organizations.name_zh').execute();
}

export async function findStages(db: DbOrTx, ids: string[]): Promise<Map<string, Stage[]>> {
  const map = new Map<string, Stage[]>();
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('school_stages').select(['organization_id', 'stage']).where('organization_id', 'in', ids).execute();
  for (const r of rows) map.set(r.organization_id, [...(map.get(r.organization_id) ?? []), r.stage]);
  return map;
}

export async function findTags(db: DbOrTx, ids: string[]): Promise<Map<string, { strengths: ProfileTag[]; needs: ProfileTag[] }>> {
  const map = new Map<string, { strengths: ProfileTag[]; needs: ProfileTag[] }>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('cooperation_organization_tags')
    .select(['organization_id', 'kind', 'tag'])
    .where('organization_id', 'in', ids)
    .orderBy('tag')
    .execute();
  for (const r of rows) {
    const entry = map.get(r.organization_id) ?? { strengths: [], needs: [] };
    (r.kind === 'strength' ? entry.strengths : entry.needs).push(r.tag);
    map.set(r.organization_id, entry);
  }
  return map;
}

/** Live pairings (proposed, accepted, active) per school, and the partners of one school in them. */
export async function findLivePairings(db: DbOrTx, schoolId: string) {
  const rows = await db
    .selectFrom('cooperation_pairing_schools')
    .innerJoin('cooperation_pairings', 'cooperation_pairings.id', 'cooperation_pairing_schools.pairing_id')
    .select(['cooperation_pairing_schools.pairing_id', 'cooperation_pairing_schools.school_id'])
    .where('cooperation_pairings.status', 'in', ['proposed', 'accepted', 'active'])
    .execute();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.school_id, (counts.get(r.school_id) ?? 0) + 1);
  const mine = new Set(rows.filter((r) => r.school_id === schoolId).map((r) => r.pairing_id));
  const partners = new Set(rows.filter((r) => mine.has(r.pairing_id) && r.school_id !== schoolId).map((r) => r.school_id));
  return { counts, partners };
}

export async function replaceTags(db: DbOrTx, organizationId: string, tags: { kind: ProfileTagKind; tag: ProfileTag }[]): Promise<void> {
  await db.deleteFrom('cooperation_organization_tags').where('organization_id', '=', organizationId).execute();
  if (tags.length > 0)
    await db
      .insertInto('cooperation_organization_tags')
      .values(tags.map((t) => ({ organization_id: organizationId, ...t })))
      .execute();
}

export async function findPupilCount(db: DbOrTx, schoolId: string): Promise<number | null> {
  const row = await db.selectFrom('organizations').select('pupil_count').where('id', '=', schoolId).executeTakeFirst();
  return row?.pupil_count ?? null;
}
