import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Grade } from '../../../../../common/directory.ts';
import type { PolicyStatus } from '../../../../../common/enrollment.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type {
  EnrollmentPointsItemTable,
  EnrollmentPolicyMaterialTable,
  EnrollmentPolicyRouteTable,
  EnrollmentPolicySchoolTable,
  EnrollmentPolicyTable,
} from '../enrollment.tables.ts';

export type PolicyRow = Selectable<EnrollmentPolicyTable> & { region_name_zh: string; region_name_en: string };
export interface RulesRows {
  routes: Insertable<EnrollmentPolicyRouteTable>[];
  materials: Insertable<EnrollmentPolicyMaterialTable>[];
  schools: Insertable<EnrollmentPolicySchoolTable>[];
  items: Insertable<EnrollmentPointsItemTable>[];
}
export interface StoredRules {
  routes: Selectable<EnrollmentPolicyRouteTable>[];
  materials: Selectable<EnrollmentPolicyMaterialTable>[];
  schools: Selectable<EnrollmentPolicySchoolTable>[];
  items: Selectable<EnrollmentPointsItemTable>[];
}

const policyColumns = (db: DbOrTx) =>
  db
    .selectFrom('enrollment_policies')
    .innerJoin('regions', 'regions.id', 'enrollment_policies.host_region_id')
    .selectAll('enrollment_policies')
    .select(['regions.name_zh as region_name_zh', 'regions.name_en as region_name_en']);

export function findPolicy(db: DbOrTx, id: string): Promise<PolicyRow | undefined> {
  return policyColumns(db).where('enrollment_policies.id', '=', id).executeTakeFirst();
}

export interface PolicyFilter {
  status?: PolicyStatus;
  schoolYear?: number;
  entryGrade?: Grade;
  regionPath?: string;
  /** Region paths whose drafts the caller may see; null: every draft. */
  draftPaths: string[] | null;
  offset: number;
  limit: number;
}

export async function findPolicies(db: DbOrTx, filter: PolicyFilter): Promise<{ rows: PolicyRow[]; total: number }> {
  let query = policyColumns(db);
  if (filter.status) query = query.where('enrollment_policies.status', '=', filter.status);
  if (filter.schoolYear) query = query.where('enrollment_policies.school_year', '=', filter.schoolYear);
  if (filter.entryGrade) query = query.where('enrollment_policies.entry_grade', '=', filter.entryGrade);
  if (filter.regionPath) query = query.where('enrollment_policies.host_region_path', 'like', `${filter.regionPath}%`);
  const draftPaths = filter.draftPaths;
  if (draftPaths !== null) {
    query = query.where((eb) =>
      eb.or([eb('enrollment_policies.status', '!=', 'draft'), ...draftPaths.map((path) => eb('enrollment_policies.host_region_path', 'like', `${path}%`))]),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .orderBy('enrollment_policies.school_year', 'desc')
      .orderBy('enrollment_policies.window_opens_at', 'desc')
      .orderBy('enrollment_policies.id')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function findRules(db: DbOrTx, policyId: string): Promise<StoredRules> {
  const [routes, materials, schools, items] = await Promise.all([
    db.selectFrom('enrollment_policy_routes').selectAll().where('policy_id', '=', policyId).orderBy('sort_order').execute(),
    db.selectFrom('enrollment_policy_materials').selectAll().where('policy_id', '=', policyId).orderBy('sort_order').execute(),
    db.selectFrom('enrollment_policy_schools').selectAll().where('policy_id', '=', policyId).orderBy('school_id').execute(),
    db.selectFrom('enrollment_points_items').selectAll().where('policy_id', '=', policyId).orderBy('sort_order').execute(),
  ]);
  return { routes, materials, schools, items };
}

export async function insertPolicy(db: DbOrTx, row: Insertable<EnrollmentPolicyTable>): Promise<void> {
  await db.insertInto('enrollment_policies').values(row).execute();
}

/** Changes a policy if it is still at the expected version and status; false when someone got there first. */
export async function updatePolicy(
  db: DbOrTx,
  id: string,
  expected: { version: number; status: PolicyStatus },
  changes: Updateable<Omit<EnrollmentPolicyTable, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('enrollment_policies')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expected.version)
    .where('status', '=', expected.status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces every rule row of a draft (materials go with their routes). */
export async function replaceRules(db: DbOrTx, policyId: string, rules: RulesRows): Promise<void> {
  await db.deleteFrom('enrollment_policy_materials').where('policy_id', '=', policyId).execute();
  await db.deleteFrom('enrollment_policy_routes').where('policy_id', '=', policyId).execute();
  await db.deleteFrom('enrollment_policy_schools').where('policy_id', '=', policyId).execute();
  await db.deleteFrom('enrollment_points_items').where('policy_id', '=', policyId).execute();
  if (rules.routes.length > 0) await db.insertInto('enrollment_policy_routes').values(rules.routes).execute();
  if (rules.materials.length > 0) await db.insertInto('enrollment_policy_materials').values(rules.materials).execute();
  if (rules.schools.length > 0) await db.insertInto('enrollment_policy_schools').values(rules.schools).execute();
  if (rules.items.length > 0) await db.insertInto('enrollment_points_items').values(rules.items).execute();
}
