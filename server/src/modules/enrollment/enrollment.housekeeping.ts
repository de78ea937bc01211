import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/errors.ts';
import { expireOverdueOffers, sendOfferReminders } from './placement/offers.service.ts';
import { returnOverdueSupplements } from './review/supplement-deadlines.ts';

/**
 * One step of the hourly job in its own transaction. Another instance running the same step, or a family
 * answering at the same moment, makes it roll back with a conflict; the next run simply tries again.
 */
async function inOwnTransaction(db: Db, step: (tx: DbOrTx) => Promise<number>): Promise<number> {
  try {
    return await db.transaction().execute(step);
  } catch (error) {
    if (error instanceof AppError && error.code === 'resource.conflict') return 0;
    throw error;
  }
}

/** Offers left unanswered past their deadline expire; their seats go back to the next round. */
export const expireOffers = (db: Db, now: string = nowIso()) => inOwnTransaction(db, (tx) => expireOverdueOffers(tx, now));

/** One reminder per offer whose deadline is within a day. */
export const remindExpiringOffers = (db: Db, now: string = nowIso()) => inOwnTransaction(db, (tx) => sendOfferReminders(tx, now));

/** Supplement requests past their deadline go back to the reviewers. */
export const returnOverdueSupplementRequests = (db: Db, now: string = nowIso()) => inOwnTransaction(db, (tx) => returnOverdueSupplements(tx, now));

export interface EnrollmentDeadlinesRun {
  offersExpired: number;
  offersReminded: number;
  supplementsOverdue: number;
}

/** The enrollment deadlines the hourly housekeeping watches; each step is idempotent, so a second run does nothing. */
export async function runEnrollmentDeadlines(db: Db, now: string = nowIso()): Promise<EnrollmentDeadlinesRun> {
  const offersExpired = await expireOffers(db, now);
  const offersReminded = await remindExpiringOffers(db, now);
  const supplementsOverdue = await returnOverdueSupplementRequests(db, now);
  return { offersExpired, offersReminded, supplementsOverdue };
}
