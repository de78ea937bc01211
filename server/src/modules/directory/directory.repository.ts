import type { Insertable, Selectable } from 'kysely';
import type { Grade, OrganizationKind, Stage } from '../../../../common/directory.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { likePattern } from '../../platform/db/like.ts';
import type { OrganizationTable, RegionTable } from './directory.tables.ts';

export type RegionRow = Selectable<RegionTable>;
export type OrganizationRow = Selectable<OrganizationTable> & { region_name_zh: string; region_name_en: string };

export function findAllRegions(db: DbOrTx): Promise<RegionRow[]> {
  return db.selectFrom('regions').selectAll().orderBy('path').execute();
}

export function findRegion(db: DbOrTx, id: string) {
  return db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Number of schools directly in each region (the service sums subtrees). */
export async function countSchoolsByRegion(db: DbOrTx): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('organizations')
    .select(['region_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('kind', '=', 'school')
    .groupBy('region_id')
    .execute();
  return new Map(rows.map((r) => [r.region_id, Number(r.n)]));
}

const organizationColumns = (eb: DbOrTx) =>
  eb
    .selectFrom('organizations')
    .innerJoin('regions', 'regions.id', 'organizations.region_id')
    .selectAll('organizations')
    .select(['regions.name_zh as region_name_zh', 'regions.name_en as region_name_en']);

export interface OrganizationFilter {
  kind?: OrganizationKind;
  regionPath?: string;
  stage?: Stage;
  ownership?: string;
  q?: string;
  offset: number;
  limit: number;
}

export async function findOrganizations(db: DbOrTx, filter: OrganizationFilter): Promise<{ rows: OrganizationRow[]; total: number }> {
  let query = organizationColumns(db);
  if (filter.kind) query = query.where('organizations.kind', '=', filter.kind);
  if (filter.regionPath) query = query.where('organizations.region_path', 'like', `${filter.regionPath}%`);
  if (filter.ownership) query = query.where('organizations.ownership', '=', filter.ownership as 'public');
  if (filter.stage) {
    const stage = filter.stage;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('school_stages')
          .select('organization_id')
          .whereRef('school_stages.organization_id', '=', 'organizations.id')
          .where('school_stages.stage', '=', stage),
      ),
    );
  }
  if (filter.q) {
    const like = likePattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['organizations.name_zh']), 'like', like),
        eb(eb.fn('lower', ['organizations.name_en']), 'like', like),
        eb('organizations.code', '=', filter.q!.trim()),
      ]),
    );
  }
  const [rows, count] = await Promise.all([
    query.orderBy('organizations.region_path').orderBy('organizations.name_zh').orderBy('organizations.id').offset(filter.offset).limit(filter.limit).execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findOrganization(db: DbOrTx, id: string): Promise<OrganizationRow | undefined> {
  return organizationColumns(db).where('organizations.id', '=', id).executeTakeFirst();
}

export function findOrganizationByCode(db: DbOrTx, code: string) {
  return db.selectFrom('organizations').select(['id', 'region_path', 'version']).where('code', '=', code).executeTakeFirst();
}

/** Organizations holding any of the codes (a file import looks a whole file up at once). */
export function findOrganizationsByCodes(db: DbOrTx, codes: readonly string[]): Promise<OrganizationRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return organizationColumns(db)
    .where('organizations.code', 'in', [...codes])
    .execute();
}

export async function findStages(db: DbOrTx, ids: string[]): Promise<Map<string, Stage[]>> {
  const map = new Map<string, Stage[]>();
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('school_stages').selectAll().where('organization_id', 'in', ids).execute();
  for (const row of rows) map.set(row.organization_id, [...(map.get(row.organization_id) ?? []), row.stage]);
  return map;
}

export async function findSeats(db: DbOrTx, ids: string[]): Promise<Map<string, { grade: Grade; seats: number }[]>> {
  const map = new Map<string, { grade: Grade; seats: number }[]>();
  if (ids.length === 0) return map;
  const rows = await db.selectFrom('school_grade_seats').selectAll().where('organization_id', 'in', ids).execute();
  for (const row of rows) map.set(row.organization_id, [...(map.get(row.organization_id) ?? []), { grade: row.grade, seats: row.seats }]);
  return map;
}

export async function insertOrganization(db: DbOrTx, row: Insertable<OrganizationTable>): Promise<void> {
  await db.insertInto('organizations').values(row).execute();
}

export async function updateOrganization(
  db: DbOrTx,
  id: string,
  expectedVersion: number | null,
  changes: Partial<Omit<Selectable<OrganizationTable>, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('organizations')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .$if(expectedVersion !== null, (q) => q.where('version', '=', expectedVersion!))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Replaces a school's stages and seats with the given lists. */
export async function replaceStagesAndSeats(db: DbOrTx, id: string, stages: Stage[], seats: { grade: Grade; seats: number }[]): Promise<void> {
  await db.deleteFrom('school_stages').where('organization_id', '=', id).execute();
  await db.deleteFrom('school_grade_seats').where('organization_id', '=', id).execute();
  if (stages.length > 0)
    await db
      .insertInto('school_stages')
      .values(stages.map((stage) => ({ organization_id: id, stage })))
      .execute();
  if (seats.length > 0)
    await db
      .insertInto('school_grade_seats')
      .values(seats.map((s) => ({ organization_id: id, grade: s.grade, seats: s.seats })))
      .execute();
}
