import type { ExpressionBuilder, Insertable, Selectable } from 'kysely';
import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { Database } from '../../../platform/db/schema.ts';
import type { EnrollmentAppealTable, EnrollmentApplicationTable, EnrollmentDocumentTable, EnrollmentSupplementRequestTable } from '../enrollment.tables.ts';

export type DocumentRow = Selectable<EnrollmentDocumentTable>;
export type SupplementRequestRow = Selectable<EnrollmentSupplementRequestTable>;
export type AppealRow = Selectable<EnrollmentAppealTable>;

export interface InboxFilter {
  /** Host region paths the caller reaches; null: every region (platform admin). */
  regionPaths: string[] | null;
  policyId?: string;
  routeCode?: string;
  status?: ApplicationStatus;
  schoolId?: string;
  originPrefix?: string;
  /** Submitted at or before this instant (the waiting-time filter). */
  submittedBefore?: string;
  /** Only (true) or none (false) of those back from an overdue supplement request. */
  supplementOverdue?: boolean;
  offset: number;
  limit: number;
}

type InboxTables = Database & { a: EnrollmentApplicationTable };

/**
 * Back in the inbox because the family let a supplement deadline pass: submitted again by the hourly job, and
 * the latest supplement request is the overdue one (a newer request, answered or not, clears the flag).
 */
function isSupplementOverdue(eb: ExpressionBuilder<InboxTables, 'a'>) {
  return eb.and([
    eb('a.status', '=', 'submitted'),
    eb.exists(
      eb
        .selectFrom('enrollment_supplement_requests as s')
        .select('s.id')
        .whereRef('s.application_id', '=', 'a.id')
        .where('s.overdue_at', 'is not', null)
        .where((inner) =>
          inner.not(
            inner.exists(
              inner
                .selectFrom('enrollment_supplement_requests as later')
                .select('later.id')
                .whereRef('later.application_id', '=', 'a.id')
                .whereRef('later.requested_at', '>', 's.requested_at'),
            ),
          ),
        ),
    ),
  ]);
}

/** The inbox without the status filter: the base of both the page and the per-status counts. */
function inboxBase(db: DbOrTx, filter: InboxFilter) {
  let query = db
    .selectFrom('enrollment_applications as a')
    .innerJoin('children as c', 'c.id', 'a.child_id')
    .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id')
    // Never submitted (a draft, or a draft withdrawn as such): the family's alone, as in the policy.
    .where('a.submitted_at', 'is not', null);
  const paths = filter.regionPaths;
  if (paths !== null) query = query.where((eb) => eb.or(paths.map((path) => eb('a.host_region_path', 'like', `${path}%`))));
  if (filter.policyId) query = query.where('a.policy_id', '=', filter.policyId);
  if (filter.routeCode) query = query.where('r.code', '=', filter.routeCode);
  if (filter.originPrefix) query = query.where('a.origin_division_code', 'like', `${filter.originPrefix}%`);
  if (filter.submittedBefore) query = query.where('a.submitted_at', '<=', filter.submittedBefore);
  if (filter.supplementOverdue !== undefined) {
    const wanted = filter.supplementOverdue;
    query = query.where((eb) => (wanted ? isSupplementOverdue(eb) : eb.not(isSupplementOverdue(eb))));
  }
  const schoolId = filter.schoolId;
  if (schoolId) {
    query = query.where((eb) =>
      eb.exists(
        eb.selectFrom('enrollment_application_preferences as p').select('p.rank').whereRef('p.application_id', '=', 'a.id').where('p.school_id', '=', schoolId),
      ),
    );
  }
  return query;
}

export async function findInbox(db: DbOrTx, filter: InboxFilter) {
  const base = inboxBase(db, filter);
  const page = filter.status ? base.where('a.status', '=', filter.status) : base;
  const [rows, total, counts] = await Promise.all([
    page
      .select([
        'a.id',
        'a.reference',
        'a.policy_id',
        'a.status',
        'a.origin_division_code',
        'a.submitted_at',
        'a.points_declared',
        'a.points_verified',
        'a.assisted_by',
        'a.version',
        'c.name as child_name',
        'r.code as route_code',
        'r.name_zh as route_name_zh',
        'r.name_en as route_name_en',
        (eb) => isSupplementOverdue(eb).as('supplement_overdue'),
      ])
      // Longest waiting first; the id keeps pages stable among equal times.
      .orderBy('a.submitted_at', 'asc')
      .orderBy('a.id', 'asc')
      .offset(filter.offset)
      .limit(filter.limit)
      .execute(),
    page.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(['a.status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('a.status')
      .execute(),
  ]);
  return { rows, total: Number(total.n), counts: counts.map((c) => ({ status: c.status, n: Number(c.n) })) };
}

/** One application with what the review needs to know of its child, route and guardian. */
export function findApplication(db: DbOrTx, id: string) {
  return db
    .selectFrom('enrollment_applications as a')
    .innerJoin('children as c', 'c.id', 'a.child_id')
    .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id')
    .innerJoin('users as g', 'g.id', 'a.guardian_user_id')
    .selectAll('a')
    .select([
      'c.name as child_name',
      'c.sex as child_sex',
      'c.birth_date as child_birth_date',
      'c.id_number_masked as child_id_number_masked',
      'c.hukou_division_code as child_hukou_division_code',
      'c.hukou_address_enc as child_hukou_address_enc',
      'r.code as route_code',
      'r.name_zh as route_name_zh',
      'r.name_en as route_name_en',
      'r.admission_basis as route_admission_basis',
      'g.mobile as guardian_mobile',
    ])
    .where('a.id', '=', id)
    .executeTakeFirst();
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

export async function findChildIdNumberEnc(db: DbOrTx, childId: string): Promise<string> {
  return (await db.selectFrom('children').select('id_number_enc').where('id', '=', childId).executeTakeFirstOrThrow()).id_number_enc;
}

export function findDocuments(db: DbOrTx, applicationId: string): Promise<DocumentRow[]> {
  return db.selectFrom('enrollment_documents').selectAll().where('application_id', '=', applicationId).orderBy('uploaded_at').orderBy('id').execute();
}

export function findDocument(db: DbOrTx, applicationId: string, documentId: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('enrollment_documents').selectAll().where('id', '=', documentId).where('application_id', '=', applicationId).executeTakeFirst();
}

export async function decideDocument(
  db: DbOrTx,
  documentId: string,
  changes: Pick<DocumentRow, 'status' | 'rejection_reason' | 'decided_by' | 'decided_at'>,
): Promise<void> {
  await db.updateTable('enrollment_documents').set(changes).where('id', '=', documentId).execute();
}

export function findPreferences(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('enrollment_application_preferences')
    .select(['rank', 'school_id'])
    .where('application_id', '=', applicationId)
    .orderBy('rank')
    .execute();
}

export function findSupplementRequests(db: DbOrTx, applicationId: string): Promise<SupplementRequestRow[]> {
  return db
    .selectFrom('enrollment_supplement_requests')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
}

export async function insertSupplementRequest(db: DbOrTx, row: Insertable<EnrollmentSupplementRequestTable>): Promise<void> {
  await db.insertInto('enrollment_supplement_requests').values(row).execute();
}

/** The latest appeal of the application, if any. */
export function findLatestAppeal(db: DbOrTx, applicationId: string): Promise<AppealRow | undefined> {
  return db
    .selectFrom('enrollment_appeals')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('filed_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export function findEvents(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('enrollment_application_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select(['e.at', 'e.kind', 'e.from_status', 'e.to_status', 'e.detail', 'u.display_name as actor_name'])
    .where('e.application_id', '=', applicationId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/**
 * A change that is not a status change (a document decided, points verified) still moves the version,
 * so that a second reviewer deciding from the same view gets a conflict. False when someone got there first.
 */
export async function touchApplication(
  db: DbOrTx,
  app: { id: string; version: number; status: ApplicationStatus },
  changes: Partial<Pick<EnrollmentApplicationTable, 'verified_points' | 'points_verified' | 'updated_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('enrollment_applications')
    .set({ ...changes, version: app.version + 1 })
    .where('id', '=', app.id)
    .where('version', '=', app.version)
    .where('status', '=', app.status)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findPolicyScope(db: DbOrTx, policyId: string) {
  return db
    .selectFrom('enrollment_policies')
    .select(['id', 'host_region_path', 'status', 'appeal_days', 'public_notice_days'])
    .where('id', '=', policyId)
    .executeTakeFirst();
}

/**
 * Applications still waiting for supplementary documents after their deadline, with the unanswered request
 * (the latest one not yet fulfilled).
 */
export function findOverdueSupplements(db: DbOrTx, now: string) {
  return db
    .selectFrom('enrollment_applications as a')
    .innerJoin('enrollment_supplement_requests as s', 's.application_id', 'a.id')
    .select(['a.id', 'a.status', 'a.version', 'a.reference', 'a.guardian_user_id', 's.id as request_id', 's.deadline'])
    .where('a.status', '=', 'supplement_requested')
    .where('s.deadline', '<', now)
    .where('s.fulfilled_at', 'is', null)
    .where('s.overdue_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('enrollment_supplement_requests as later')
            .select('later.id')
            .whereRef('later.application_id', '=', 'a.id')
            .whereRef('later.requested_at', '>', 's.requested_at'),
        ),
      ),
    )
    .execute();
}

/** Marks the requests overdue; false if one was answered or marked meanwhile. */
export async function markSupplementsOverdue(db: DbOrTx, ids: readonly string[], at: string): Promise<boolean> {
  if (ids.length === 0) return true;
  const result = await db
    .updateTable('enrollment_supplement_requests')
    .set({ overdue_at: at })
    .where('id', 'in', ids)
    .where('fulfilled_at', 'is', null)
    .where('overdue_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === ids.length;
}
