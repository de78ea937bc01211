import type { Insertable, Selectable, Updateable } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { EnrollmentApplicationTable, EnrollmentDocumentTable } from '../enrollment.tables.ts';

// The application and the rows that belong to it. Offers, appeals and notices are written by their own
// parts (placement, review, notices); here they are only read, to show the family one whole application.

export type ApplicationRow = Selectable<EnrollmentApplicationTable>;
export type DocumentRow = Selectable<EnrollmentDocumentTable>;

export function findApplication(db: DbOrTx, id: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('enrollment_applications').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findActiveApplication(db: DbOrTx, activeKey: string): Promise<ApplicationRow | undefined> {
  return db.selectFrom('enrollment_applications').selectAll().where('active_key', '=', activeKey).executeTakeFirst();
}

/** Inserts unless the child already has an active application to the policy: true when inserted. */
export async function insertApplication(db: DbOrTx, row: Insertable<EnrollmentApplicationTable>): Promise<boolean> {
  const result = await db
    .insertInto('enrollment_applications')
    .values(row)
    .onConflict((oc) => oc.column('active_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Changes a draft's fields if nobody changed it since the caller read it; false otherwise. */
export async function updateDraft(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Updateable<Omit<EnrollmentApplicationTable, 'id' | 'version' | 'status'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('enrollment_applications')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function listApplicationsOfGuardian(db: DbOrTx, userId: string) {
  return db
    .selectFrom('enrollment_applications as a')
    .innerJoin('enrollment_policies as p', 'p.id', 'a.policy_id')
    .innerJoin('children as c', 'c.id', 'a.child_id')
    .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id')
    .select([
      'a.id',
      'a.reference',
      'a.status',
      'a.policy_id',
      'p.title_zh',
      'p.title_en',
      'p.school_year',
      'a.child_id',
      'c.name as child_name',
      'r.code as route_code',
      'a.points_declared',
      'a.submitted_at',
      'a.updated_at',
      'a.created_at',
      'a.version',
    ])
    .where('a.guardian_user_id', '=', userId)
    .orderBy('a.created_at', 'desc')
    .orderBy('a.id')
    .execute();
}

export function findPreferences(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('enrollment_application_preferences')
    .select(['rank', 'school_id'])
    .where('application_id', '=', applicationId)
    .orderBy('rank')
    .execute();
}

export async function replacePreferences(db: DbOrTx, applicationId: string, schoolIds: string[]): Promise<void> {
  await db.deleteFrom('enrollment_application_preferences').where('application_id', '=', applicationId).execute();
  if (schoolIds.length > 0) {
    await db
      .insertInto('enrollment_application_preferences')
      .values(schoolIds.map((schoolId, i) => ({ application_id: applicationId, rank: i + 1, school_id: schoolId })))
      .execute();
  }
}

export function findDocuments(db: DbOrTx, applicationId: string): Promise<DocumentRow[]> {
  return db.selectFrom('enrollment_documents').selectAll().where('application_id', '=', applicationId).orderBy('uploaded_at').orderBy('id').execute();
}

export function findDocument(db: DbOrTx, applicationId: string, documentId: string): Promise<DocumentRow | undefined> {
  return db.selectFrom('enrollment_documents').selectAll().where('application_id', '=', applicationId).where('id', '=', documentId).executeTakeFirst();
}

/** The live document of a material (appeal evidence aside): the one a new upload replaces. */
export function findLiveDocuments(db: DbOrTx, applicationId: string, material: string): Promise<DocumentRow[]> {
  return db
    .selectFrom('enrollment_documents')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('material', '=', material as DocumentRow['material'])
    .where('appeal_id', 'is', null)
    .where('status', '!=', 'superseded')
    .execute();
}

export async function insertDocument(db: DbOrTx, row: DocumentRow): Promise<void> {
  await db.insertInto('enrollment_documents').values(row).execute();
}

export async function supersedeDocuments(db: DbOrTx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable('enrollment_documents').set({ status: 'superseded' }).where('id', 'in', ids).execute();
}

export async function deleteDocument(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('enrollment_documents').where('id', '=', id).execute();
}

export function findEvents(db: DbOrTx, applicationId: string) {
  return db.selectFrom('enrollment_application_events').selectAll().where('application_id', '=', applicationId).orderBy('at').orderBy('id').execute();
}

export function findOpenSupplementRequest(db: DbOrTx, applicationId: string) {
  return (
    db
      .selectFrom('enrollment_supplement_requests')
      .selectAll()
      .where('application_id', '=', applicationId)
      .where('fulfilled_at', 'is', null)
      // Past its deadline and handed back to the reviewers: no longer the family's to answer.
      .where('overdue_at', 'is', null)
      .orderBy('requested_at', 'desc')
      .executeTakeFirst()
  );
}

export async function fulfilSupplementRequest(db: DbOrTx, id: string, at: string): Promise<void> {
  await db.updateTable('enrollment_supplement_requests').set({ fulfilled_at: at }).where('id', '=', id).where('fulfilled_at', 'is', null).execute();
}

/** The offer the family sees: an open one, else the latest. */
export function findCurrentOffer(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('enrollment_offers')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy((eb) => eb.case().when('status', '=', 'open').then(0).else(1).end())
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export function findLatestAppeal(db: DbOrTx, applicationId: string) {
  return db.selectFrom('enrollment_appeals').selectAll().where('application_id', '=', applicationId).orderBy('filed_at', 'desc').executeTakeFirst();
}

export function findValidNoticeCode(db: DbOrTx, applicationId: string) {
  return db
    .selectFrom('enrollment_admission_notices')
    .select('verification_code')
    .where('application_id', '=', applicationId)
    .where('revoked_at', 'is', null)
    .orderBy('issued_at', 'desc')
    .executeTakeFirst();
}
