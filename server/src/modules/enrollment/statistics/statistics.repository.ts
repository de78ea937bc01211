import type { DbOrTx } from '../../../platform/db/database.ts';

export interface StatisticsFilter {
  /** Host region paths the caller reaches; null: everywhere. */
  jurisdiction: string[] | null;
  regionPath?: string;
  policyId?: string;
  schoolYear?: number;
}

export function findPolicyScope(db: DbOrTx, policyId: string) {
  return db.selectFrom('enrollment_policies').select(['id', 'host_region_path']).where('id', '=', policyId).executeTakeFirst();
}

/**
 * Applications counted by status and by every dimension the funnel is cut by, in one pass: a few thousand
 * groups at most, so the funnel is summed in memory. Drafts and withdrawn applications never count.
 */
export async function countApplications(db: DbOrTx, filter: StatisticsFilter) {
  let query = db
    .selectFrom('enrollment_applications as a')
    .innerJoin('enrollment_policies as p', 'p.id', 'a.policy_id')
    .select(['a.status', 'p.host_region_id', 'a.origin_division_code', 'a.placed_school_id', 'p.entry_grade', (eb) => eb.fn.countAll<number>().as('n')])
    .where('a.status', 'not in', ['draft', 'withdrawn']);
  const paths = filter.jurisdiction;
  if (paths !== null) query = query.where((eb) => eb.or(paths.map((path) => eb('a.host_region_path', 'like', `${path}%`))));
  if (filter.regionPath) query = query.where('a.host_region_path', 'like', `${filter.regionPath}%`);
  if (filter.policyId) query = query.where('a.policy_id', '=', filter.policyId);
  if (filter.schoolYear) query = query.where('p.school_year', '=', filter.schoolYear);
  const rows = await query.groupBy(['a.status', 'p.host_region_id', 'a.origin_division_code', 'a.placed_school_id', 'p.entry_grade']).execute();
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}

export type CountRow = Awaited<ReturnType<typeof countApplications>>[number];

export function findRegionNames(db: DbOrTx, ids: string[], divisionCodes: string[]) {
  if (ids.length === 0 && divisionCodes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('regions')
    .select(['id', 'division_code', 'name_zh', 'name_en'])
    .where((eb) => eb.or([...(ids.length > 0 ? [eb('id', 'in', ids)] : []), ...(divisionCodes.length > 0 ? [eb('division_code', 'in', divisionCodes)] : [])]))
    .execute();
}

export function findSchoolNames(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('organizations').select(['id', 'name_zh', 'name_en']).where('id', 'in', ids).execute();
}
