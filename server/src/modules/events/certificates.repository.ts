import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { EventCertificateTable } from './events.tables.ts';

export type CertificateRow = Selectable<EventCertificateTable>;

export function findCertificate(db: DbOrTx, id: string) {
  return db.selectFrom('event_certificates').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCertificateByCode(db: DbOrTx, code: string) {
  return db.selectFrom('event_certificates').selectAll().where('verification_code', '=', code).executeTakeFirst();
}

export function findCertificatesOfUser(db: DbOrTx, userId: string): Promise<CertificateRow[]> {
  return db.selectFrom('event_certificates').selectAll().where('user_id', '=', userId).orderBy('issued_at', 'desc').execute();
}

export function findCertificatesOfEvent(db: DbOrTx, eventId: string): Promise<CertificateRow[]> {
  return db.selectFrom('event_certificates').selectAll().where('event_id', '=', eventId).execute();
}

/** Inserts unless the registration already has one: true when inserted. */
export async function insertCertificate(db: DbOrTx, row: CertificateRow): Promise<boolean> {
  const result = await db
    .insertInto('event_certificates')
    .values(row)
    .onConflict((oc) => oc.column('registration_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function revokeCertificate(db: DbOrTx, id: string, by: string, reason: string, at: string): Promise<void> {
  await db
    .updateTable('event_certificates')
    .set({ revoked_at: at, revoked_by: by, revoke_reason: reason })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}
