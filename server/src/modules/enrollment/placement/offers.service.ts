import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, conflict } from '../../../platform/http/errors.ts';
import { changeApplicationStatus } from '../applications/application-status.ts';
import { changeApplicationStatuses } from './bulk-status.ts';
import * as offersRepo from './offers.repository.ts';
import { applicationFor } from './placement.access.ts';
import { presentOffer } from './placement.presenters.ts';
import type { AcceptOfferBody, DeclineOfferBody, OfferOutcome } from './placement.schemas.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** An offer stays open for the policy's response days. */
export const offerDeadline = (now: string, responseDays: number) => new Date(Date.parse(now) + responseDays * DAY_MS).toISOString();

/** A family's answer to its open offer, before the deadline: accepted keeps the seat, declined frees it for the next round. */
async function answerOffer(db: Db, actor: Actor, audit: AuditContext, id: string, version: number, answer: { accept: true } | { accept: false; reason: string }): Promise<OfferOutcome> {
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
      actorUserId: actor.userId, kind: answer.accept ? 'offer_accepted' : 'offer_declined', detail,
    });
    await recordAudit(tx, audit, {
      action: answer.accept ? 'enrollment_offer.accept' : 'enrollment_offer.decline', objectType: 'enrollment_application', objectId: id, result: 'success',
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

/**
 * Open offers past their deadline become expired and their applications declined (timeline: offer_expired),
 * inside the caller's transaction; the seats count as free again. Run by housekeeping and at the start of
 * every final run and manual placement. Returns how many expired.
 */
export async function expireOverdueOffers(tx: DbOrTx, now: string = nowIso(), policyId?: string): Promise<number> {
  const overdue = await offersRepo.findOverdueOffers(tx, now, policyId);
  if (overdue.length === 0) return 0;
  await offersRepo.expireOffers(tx, overdue.map((o) => o.id));
  // An open offer belongs to a placed application; should one not, the offer still expires but the status stays.
  await changeApplicationStatuses(tx, overdue.filter((o) => o.status === 'placed').map((o) => ({
    app: { id: o.application_id, status: o.status, version: o.version },
    to: 'declined' as const,
    event: { actorUserId: null, kind: 'offer_expired' as const, detail: { deadline: o.deadline } },
  })));
  return overdue.length;
}

/**
 * The housekeeping step, every policy in one transaction. Another instance or a family answering at the same
 * moment makes it roll back with a conflict; the next run simply tries again.
 */
export async function expireOffers(db: Db): Promise<number> {
  try {
    return await db.transaction().execute((tx) => expireOverdueOffers(tx));
  } catch (error) {
    if (error instanceof AppError && error.code === 'resource.conflict') return 0;
    throw error;
  }
}
