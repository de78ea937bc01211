import type { Insertable, Selectable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { EnrollmentAdmissionNoticeTable } from '../enrollment.tables.ts';

export type NoticeRow = Selectable<EnrollmentAdmissionNoticeTable>;

/** What the notice prints and the access policy needs: the application with its child, policy, bureau and school. */
export function findNoticeSubject(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('enrollment_applications as a')
    .innerJoin('children as c', 'c.id', 'a.child_id')
    .innerJoin('enrollment_policies as p', 'p.id', 'a.policy_id')
    .innerJoin('organizations as bureau', 'bureau.id', 'p.bureau_id')
    .leftJoin('organizations as school', 'school.id', 'a.placed_school_id')
    .select([
      'a.id',
      'a.reference',
      'a.status',
      'a.version',
      'a.guardian_user_id',
      'a.host_region_path',
      'a.placed_school_id',
      'a.submitted_at',
      'a.route_id',
      'c.name as child_name',
      'p.school_year',
      'p.entry_grade',
      'p.report_date',
      'p.report_note_zh',
      'bureau.name_zh as bureau_name_zh',
      'school.name_zh as school_name_zh',
      'school.address as school_address',
    ])
    .where('a.id', '=', applicationId)
    .executeTakeFirst();
}

export type NoticeSubject = NonNullable<Awaited<ReturnType<typeof findNoticeSubject>>>;

/** The offer the family accepted (the latest, should a second round have followed a first). */
export function findAcceptedOffer(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('enrollment_offers')
    .select(['id', 'school_id'])
    .where('application_id', '=', applicationId)
    .where('status', '=', 'accepted')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .executeTakeFirst();
}

export function findRouteMaterials(db: DbOrTx, routeId: string) {
  return db.selectFrom('enrollment_policy_materials').select(['material', 'description_zh']).where('route_id', '=', routeId).orderBy('sort_order').execute();
}

export function findNoticeByOffer(db: DbOrTx, offerId: string): Promise<NoticeRow | undefined> {
  return db.selectFrom('enrollment_admission_notices').selectAll().where('offer_id', '=', offerId).executeTakeFirst();
}

/** One notice per accepted offer: a concurrent or repeated first download keeps the row that got there first. */
export async function insertNoticeOnce(db: DbOrTx, row: Insertable<EnrollmentAdmissionNoticeTable>): Promise<{ notice: NoticeRow; created: boolean }> {
  const result = await db
    .insertInto('enrollment_admission_notices')
    .values(row)
    .onConflict((oc) => oc.column('offer_id').doNothing())
    .executeTakeFirst();
  const notice = await findNoticeByOffer(db, row.offer_id);
  if (!notice) throw new Error(`admission notice of offer ${row.offer_id} vanished`);
  return { notice, created: Number(result.numInsertedOrUpdatedRows ?? 0) === 1 };
}

/** The notice behind a verification code, with what its public page may show. */
export function findNoticeByCode(db: DbOrTx, code: string) {
  return db
    .selectFrom('enrollment_admission_notices as n')
    .innerJoin('enrollment_applications as a', 'a.id', 'n.application_id')
    .innerJoin('children as c', 'c.id', 'a.child_id')
    .innerJoin('enrollment_policies as p', 'p.id', 'a.policy_id')
    .innerJoin('organizations as school', 'school.id', 'n.school_id')
    .select([
      'n.verification_code',
      'n.issued_at',
      'n.revoked_at',
      'a.status',
      'c.name as child_name',
      'p.school_year',
      'p.entry_grade',
      'school.name_zh as school_name_zh',
      'school.name_en as school_name_en',
    ])
    .where('n.verification_code', '=', code)
    .executeTakeFirst();
}

export async function revokeNotices(db: DbOrTx, applicationId: string, at: string): Promise<void> {
  await db
    .updateTable('enrollment_admission_notices')
    .set({ revoked_at: at })
    .where('application_id', '=', applicationId)
    .where('revoked_at', 'is', null)
    .execute();
}
