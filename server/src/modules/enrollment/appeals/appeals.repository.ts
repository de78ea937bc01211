import type { Insertable, Selectable } from 'kysely';
import type { AppealStatus } from '../../../../../common/enrollment-application.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { EnrollmentAppealTable, EnrollmentDocumentTable } from '../enrollment.tables.ts';

export type AppealRow = Selectable<EnrollmentAppealTable>;

export function findAppeal(db: DbOrTx, id: string): Promise<AppealRow | undefined> {
  return db.selectFrom('enrollment_appeals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countAppeals(db: DbOrTx, applicationId: string): Promise<number> {
  const row = await db
    .selectFrom('enrollment_appeals')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('application_id', '=', applicationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findLatestAppeal(db: DbOrTx, applicationId: string): Promise<AppealRow | undefined> {
  return db
    .selectFrom('enrollment_appeals')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('filed_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function insertAppeal(db: DbOrTx, row: Insertable<EnrollmentAppealTable>): Promise<void> {
  await db.insertInto('enrollment_appeals').values(row).execute();
}

/** Changes an open appeal still at the expected version (and moves the version); false when someone got there first. */
export async function updateOpenAppeal(
  db: DbOrTx,
  id: string,
  version: number,
  changes: Partial<Pick<AppealRow, 'status' | 'decided_by' | 'decided_at' | 'decision_reason'>> = {},
): Promise<boolean> {
  const result = await db
    .updateTable('enrollment_appeals')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findEvidence(db: DbOrTx, appealIds: string[]) {
  if (appealIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('enrollment_documents')
    .select(['id', 'appeal_id', 'original_name', 'media_type', 'size_bytes', 'uploaded_at'])
    .where('appeal_id', 'in', appealIds)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export async function insertDocument(db: DbOrTx, row: Insertable<EnrollmentDocumentTable>): Promise<void> {
  await db.insertInto('enrollment_documents').values(row).execute();
}

export interface AppealFilter {
  regionPaths: string[] | null;
  policyId?: string;
  status?: AppealStatus;
  offset: number;
  limit: number;
}

/** Appeals of the regions given, oldest first (the longest waiting family first). */
export async function findAppeals(db: DbOrTx, filter: AppealFilter) {
  let query = db
    .selectFrom('enrollment_appeals as ap')
    .innerJoin('enrollment_applications as a', 'a.id', 'ap.application_id')
    .innerJoin('children as c', 'c.id', 'a.child_id')
    .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id');
  const paths = filter.regionPaths;
  if (paths !== null) query = query.where((eb) => eb.or(paths.map((path) => eb('a.host_region_path', 'like', `${path}%`))));
  if (filter.policyId) query = query.where('a.policy_id', '=', filter.policyId);
  if (filter.status) query = query.where('ap.status', '=', filter.status);
  const [rows, total] = await Promise.all([
    query
      .selectAll('ap')
      .select([
        'a.reference',
        'a.policy_id',
        'a.status as application_status',
        'a.host_region_path',
        'a.guardian_user_id',
        'a.placed_school_id',
        'a.submitted_at',
        'a.decided_by as rejected_by',
        'c.name as child_name',
        'r.code as route_code',
        (eb) =>
          eb
            .selectFrom('enrollment_documents as d')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('d.appeal_id', '=', 'ap.id')
            .as('evidence_count'),
      ])
      .orderBy('ap.filed_at', 'asc')
      .orderBy('ap.id', 'asc')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
