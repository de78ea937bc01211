import type { Selectable, Updateable } from 'kysely';
import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import type { EnrollmentOfferTable } from '../enrollment.tables.ts';
import { conflict } from '../../../platform/http/errors.ts';
import { chunked, ID_CHUNK } from '../../../platform/db/bulk-writes.ts';

export type OfferRow = Selectable<EnrollmentOfferTable> & { school_name_zh: string; school_name_en: string };

const offerColumns = (db: DbOrTx) =>
  db
    .selectFrom('enrollment_offers')
    .innerJoin('organizations', 'organizations.id', 'enrollment_offers.school_id')
    .selectAll('enrollment_offers')
    .select(['organizations.name_zh as school_name_zh', 'organizations.name_en as school_name_en']);

export function findOffer(db: DbOrTx, id: string): Promise<OfferRow | undefined> {
  return offerColumns(db).where('enrollment_offers.id', '=', id).executeTakeFirst();
}

/** An application has at most one open offer: placing needs an unplaced or approved application. */
export function findOpenOffer(db: DbOrTx, applicationId: string): Promise<OfferRow | undefined> {
  return offerColumns(db).where('enrollment_offers.application_id', '=', applicationId).where('enrollment_offers.status', '=', 'open').executeTakeFirst();
}

/** Answers an open offer; false when it was answered or expired meanwhile. */
export async function closeOffer(
  tx: DbOrTx,
  id: string,
  changes: Updateable<Pick<EnrollmentOfferTable, 'status' | 'decline_reason' | 'responded_at'>>,
): Promise<boolean> {
  const result = await tx.updateTable('enrollment_offers').set(changes).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface DueOfferRow {
  id: string;
  application_id: string;
  deadline: string;
  school_id: string;
  school_name_zh: string;
  school_name_en: string;
  status: ApplicationStatus;
  version: number;
  reference: string;
  guardian_user_id: string;
}

const dueOffers = (db: DbOrTx) =>
  db
    .selectFrom('enrollment_offers as o')
    .innerJoin('enrollment_applications as a', 'a.id', 'o.application_id')
    .innerJoin('organizations as s', 's.id', 'o.school_id')
    .select([
      'o.id',
      'o.application_id',
      'o.deadline',
      'o.school_id',
      's.name_zh as school_name_zh',
      's.name_en as school_name_en',
      'a.status',
      'a.version',
      'a.reference',
      'a.guardian_user_id',
    ])
    .where('o.status', '=', 'open');

/** Open offers past their deadline, of one policy or of all. */
export function findOverdueOffers(db: DbOrTx, now: string, policyId?: string): Promise<DueOfferRow[]> {
  return dueOffers(db)
    .where('o.deadline', '<', now)
    .$if(policyId !== undefined, (q) => q.where('a.policy_id', '=', policyId!))
    .execute();
}

/** Marks open offers expired; 409 (and the caller's transaction rolls back) if one was answered meanwhile. */
export async function expireOffers(tx: DbOrTx, ids: readonly string[]): Promise<void> {
  for (const chunk of chunked(ids, ID_CHUNK)) {
    const result = await tx
      .updateTable('enrollment_offers')
      .set({ status: 'expired' })
      .where('id', 'in', chunk)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== chunk.length) throw conflict();
  }
}

/** Open offers whose deadline falls in [now, until) and whose family has not been reminded yet. */
export function findOffersToRemind(db: DbOrTx, now: string, until: string): Promise<DueOfferRow[]> {
  return dueOffers(db).where('o.deadline', '>=', now).where('o.deadline', '<', until).where('o.reminded_at', 'is', null).execute();
}

/** Records the reminders; 409 if another instance sent one of them meanwhile (its transaction has them). */
export async function markReminded(tx: DbOrTx, ids: readonly string[], at: string): Promise<void> {
  for (const chunk of chunked(ids, ID_CHUNK)) {
    const result = await tx
      .updateTable('enrollment_offers')
      .set({ reminded_at: at })
      .where('id', 'in', chunk)
      .where('status', '=', 'open')
      .where('reminded_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== chunk.length) throw conflict();
  }
}
