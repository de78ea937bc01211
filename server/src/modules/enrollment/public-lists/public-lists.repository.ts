import type { Insertable, Selectable } from 'kysely';
import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { EnrollmentApplicationEventTable, EnrollmentPublicListEntryTable, EnrollmentPublicListTable } from '../enrollment.tables.ts';

export type PublicListRow = Selectable<EnrollmentPublicListTable>;
export type EntryRow = Selectable<EnrollmentPublicListEntryTable>;

// Large inserts go in slices: SQLite caps the parameters of one statement.
const SLICE = 200;

export function findPolicy(db: DbOrTx, policyId: string) {
  return db
    .selectFrom('enrollment_policies as p')
    .innerJoin('regions as g', 'g.id', 'p.host_region_id')
    .select([
      'p.id',
      'p.status',
      'p.title_zh',
      'p.title_en',
      'p.school_year',
      'p.host_region_path',
      'p.public_notice_days',
      'g.name_zh as region_name_zh',
      'g.name_en as region_name_en',
    ])
    .where('p.id', '=', policyId)
    .executeTakeFirst();
}

export function findRoutes(db: DbOrTx, policyId: string) {
  return db
    .selectFrom('enrollment_policy_routes')
    .select(['code', 'name_zh', 'name_en', 'sort_order'])
    .where('policy_id', '=', policyId)
    .orderBy('sort_order')
    .execute();
}

/** Holds the policy's row until the transaction ends, so that concurrent publications of one policy take turns. */
export async function lockPolicy(db: DbOrTx, policyId: string): Promise<void> {
  await db
    .updateTable('enrollment_policies')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', policyId)
    .execute();
}

/** The applications of the policy in the given statuses, with what the list shows of them. */
export function findListedApplications(db: DbOrTx, policyId: string, statuses: readonly ApplicationStatus[]) {
  return db
    .selectFrom('enrollment_applications as a')
    .innerJoin('children as c', 'c.id', 'a.child_id')
    .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id')
    .select(['a.id', 'a.reference', 'a.points_verified', 'c.name as child_name', 'r.code as route_code', 'r.sort_order as route_order', 'r.admission_basis'])
    .where('a.policy_id', '=', policyId)
    .where('a.status', 'in', [...statuses])
    .execute();
}

export function findLatestList(db: DbOrTx, policyId: string): Promise<PublicListRow | undefined> {
  return db
    .selectFrom('enrollment_public_lists')
    .selectAll()
    .where('policy_id', '=', policyId)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export function findEntries(db: DbOrTx, listId: string): Promise<EntryRow[]> {
  return db.selectFrom('enrollment_public_list_entries').selectAll().where('list_id', '=', listId).orderBy('seq').execute();
}

export async function insertList(db: DbOrTx, list: Insertable<EnrollmentPublicListTable>, entries: EntryRow[]): Promise<void> {
  await db.insertInto('enrollment_public_lists').values(list).execute();
  for (let i = 0; i < entries.length; i += SLICE)
    await db
      .insertInto('enrollment_public_list_entries')
      .values(entries.slice(i, i + SLICE))
      .execute();
}

export async function insertEvents(db: DbOrTx, events: Insertable<EnrollmentApplicationEventTable>[]): Promise<void> {
  for (let i = 0; i < events.length; i += SLICE)
    await db
      .insertInto('enrollment_application_events')
      .values(events.slice(i, i + SLICE))
      .execute();
}

/** Lists of the policy still running at `now`, newest first. */
export function findRunningLists(db: DbOrTx, policyId: string, now: string): Promise<PublicListRow[]> {
  return db
    .selectFrom('enrollment_public_lists')
    .selectAll()
    .where('policy_id', '=', policyId)
    .where('ends_at', '>', now)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findEntriesPage(db: DbOrTx, listId: string, filter: { reference?: string; offset: number; limit: number }) {
  let query = db.selectFrom('enrollment_public_list_entries').where('list_id', '=', listId);
  if (filter.reference) query = query.where('reference', '=', filter.reference);
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('seq').offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
