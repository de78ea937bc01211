import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, conflict } from '../../../platform/http/errors.ts';
import { notifyAll, type NotificationInput } from '../../../platform/notifications/notify.ts';
import { changeApplicationStatus, changeApplicationStatuses } from '../applications/application-status.ts';
import * as offersRepo from './offers.repository.ts';
import { applicationFor } from './placement.access.ts';
import { presentOffer } from './placement.presenters.ts';
import type { AcceptOfferBody, DeclineOfferBody, OfferOutcome } from './placement.schemas.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An offer stays open for the policy's response days. */
export const offerDeadline = (now: string, responseDays: number) => new Date(Date.parse(now) + responseDays * DAY_MS).toISOString();

/** A family's answer to its open offer, before the deadline: accepted keeps the seat, declined frees it for the next round. */
async function answerOffer(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: string,
  version: number,
  answer: { accept: true } | { accept: false; reason: string },
): Promise<OfferOutcome> {
  const app = await applicationFor(db, actor, id, 'respond');
  return db.transaction().execute(async (tx) => {
    const offer = await offersRepo.findOpenOffer(tx, id);
    if (!offer) throw new AppError('enrollment.offer_none', 409);
    const now = nowIso();
    if (offer.deadline < now) throw new AppError('enrollment.offer_deadline_passed', 409, { deadline: offer.deadline });
    const changes = answer.accept
      ? { status: 'accepted' as const, responded_at: now }
      : { status: 'declined' as const, responded_at: now, decline_reason: answer.reason.trim() };
    if (!(await offersRepo.closeOffer(tx, offer.id, changes))) throw conflict();
    const detail = { schoolId: offer.school_id, round: offer.round, ...(answer.accept ? {} : { reason: answer.reason.trim() }) };
    const newVersion = await changeApplicationStatus(tx, { id, status: 'placed', version }, changes.status, {
      actorUserId: actor.userId,
      kind: answer.accept ? 'offer_accepted' : 'offer_declined',
      detail,
    });
    await recordAudit(tx, audit, {
      action: answer.accept ? 'enrollment_offer.accept' : 'enrollment_offer.decline',
      objectType: 'enrollment_application',
      objectId: id,
      result: 'success',
      detail: { offerId: offer.id, schoolId: offer.school_id },
    });
    const answered = (await offersRepo.findOffer(tx, offer.id))!;
    return { applicationId: id, status: changes.status, version: newVersion, placementKind: app.placement_kind, offer: presentOffer(answered) };
  });
}

export const acceptOffer = (db: Db, actor: Actor, audit: AuditContext, id: string, body: AcceptOfferBody) =>
  answerOffer(db, actor, audit, id, body.version, { accept: true });

export const declineOffer = (db: Db, actor: Actor, audit: AuditContext, id: string, body: DeclineOfferBody) =>
  answerOffer(db, actor, audit, id, body.version, { accept: false, reason: body.reason });

const HOUR_MS = 60 * 60 * 1000;
/** The reminder goes out once the deadline is this close (the hourly job may send it up to an hour later). */
export const REMINDER_WINDOW_MS = 24 * HOUR_MS;

const toldAbout = (o: offersRepo.DueOfferRow, kind: 'offer_expiring' | 'offer_expired'): NotificationInput => ({
  userId: o.guardian_user_id,
  kind,
  objectType: 'enrollment_application',
  objectId: o.application_id,
  sms: true,
  params: { reference: o.reference, schoolZh: o.school_name_zh, schoolEn: o.school_name_en, deadline: o.deadline },
});

/**
 * Open offers past their deadline become expired and their applications declined (timeline: offer_expired),
 * and the families are told, inside the caller's transaction; the seats count as free again. Run by the
 * hourly job and at the start of every final run and manual placement. Returns how many expired.
 */
export async function expireOverdueOffers(tx: DbOrTx, now: string = nowIso(), policyId?: string): Promise<number> {
  const overdue = await offersRepo.findOverdueOffers(tx, now, policyId);
  if (overdue.length === 0) return 0;
  await offersRepo.expireOffers(
    tx,
    overdue.map((o) => o.id),
  );
  // An open offer belongs to a placed application; should one not, the offer still expires but the status stays.
  const placed = overdue.filter((o) => o.status === 'placed');
  await changeApplicationStatuses(
    tx,
    placed.map((o) => ({
      app: { id: o.application_id, status: o.status, version: o.version },
      to: 'declined' as const,
      event: { actorUserId: null, kind: 'offer_expired' as const, detail: { deadline: o.deadline } },
    })),
  );
  await notifyAll(
    tx,
    placed.map((o) => toldAbout(o, 'offer_expired')),
  );
  return overdue.length;
}

/**
 * Reminds each family whose offer expires within the next 24 hours, once per offer (the offer records when),
 * by SMS and in the app, inside the caller's transaction. Returns how many were reminded.
 */
export async function sendOfferReminders(tx: DbOrTx, now: string = nowIso()): Promise<number> {
  const due = await offersRepo.findOffersToRemind(tx, now, new Date(Date.parse(now) + REMINDER_WINDOW_MS).toISOString());
  if (due.length === 0) return 0;
  await offersRepo.markReminded(
    tx,
    due.map((o) => o.id),
    now,
  );
  await notifyAll(
    tx,
    due.map((o) => toldAbout(o, 'offer_expiring')),
  );
  return due.length;
}
