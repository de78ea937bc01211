import { randomUUID } from 'node:crypto';
import { canTransition, type ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import { calculatePoints, DeclaredPointsError, type DeclaredPoints } from '../../../../../common/enrollment-points.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, conflict, notFound } from '../../../platform/http/errors.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { loadApplicationFor } from '../applications/application-access.ts';
import { changeApplicationStatus, recordApplicationEvent } from '../applications/application-status.ts';
import { toFieldErrors, type Problem } from '../policies/policies.problems.ts';
import * as policies from '../policies/policies.service.ts';
import { assertApprovable } from './approval.ts';
import { changedItems } from './points-breakdown.ts';
import { assertVersion } from './review-access.ts';
import * as repo from './review.repository.ts';
import type { DecisionBody, DocumentDecisionBody, PointsVerificationBody, ReviewOutcome, SupplementRequestBody } from './review.schemas.ts';
import { DOCUMENT_DECISION_STATUSES, POINTS_VERIFICATION_STATUSES } from './review.service.ts';

const statusInvalid = (status: ApplicationStatus) => new AppError('enrollment.application_status_invalid', 409, { status: `status:${status}` });
export const reasonRequired = () => new AppError('enrollment.reason_required', 400, {}, [{ field: '/reason', message: '' }]);
const outcome = (row: repo.ApplicationRow, status: ApplicationStatus, version: number): ReviewOutcome => ({
  id: row.id,
  reference: row.reference,
  status,
  version,
});
const subject = (id: string) => ({ objectType: 'enrollment_application', objectId: id });

/** The reviewer may decide, the version is the one they saw, and the status allows the step: checked in this order. */
async function loadForDecision(db: Db, actor: Actor, id: string, version: number, allowed: (status: ApplicationStatus) => boolean) {
  const row = await loadApplicationFor(db, actor, id, 'review', repo.findApplication);
  assertVersion(row, version);
  if (!allowed(row.status)) throw statusInvalid(row.status);
  return row;
}

/** Accepts a document, or rejects it with a reason the family reads on the timeline and in a notification. */
export async function decideDocument(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: string,
  documentId: string,
  input: DocumentDecisionBody,
): Promise<ReviewOutcome> {
  const row = await loadForDecision(db, actor, id, input.version, (s) => DOCUMENT_DECISION_STATUSES.includes(s));
  const document = await repo.findDocument(db, id, documentId);
  if (!document) throw notFound();
  if (document.status === 'superseded' || document.storage_key === null) throw new AppError('enrollment.document_superseded', 409);
  const reason = input.decision === 'reject' ? input.reason?.trim() : undefined;
  if (input.decision === 'reject' && !reason) throw reasonRequired();
  const now = nowIso();
  await db.transaction().execute(async (tx) => {
    if (!(await repo.touchApplication(tx, row, { updated_at: now }))) throw conflict();
    await repo.decideDocument(tx, documentId, {
      status: reason ? 'rejected' : 'accepted',
      rejection_reason: reason ?? null,
      decided_by: actor.userId,
      decided_at: now,
    });
    await recordApplicationEvent(
      tx,
      id,
      {
        actorUserId: actor.userId,
        kind: reason ? 'document_rejected' : 'document_accepted',
        detail: { documentId, material: document.material, ...(reason ? { reason } : {}) },
      },
      now,
    );
    if (reason) {
      await notify(tx, {
        userId: row.guardian_user_id,
        kind: 'document_rejected',
        params: { reference: row.reference, material: document.material, reason },
        ...subject(id),
        sms: false,
      });
    }
    await recordAudit(tx, audit, {
      action: 'enrollment_application.document_decide',
      ...subject(id),
      result: 'success',
      detail: { documentId, decision: input.decision },
    });
  });
  return outcome(row, row.status, row.version + 1);
}

/** Asks the family for materials of the route by a deadline; they are told in the app and by SMS. */
export async function requestSupplement(db: Db, actor: Actor, audit: AuditContext, id: string, input: SupplementRequestBody): Promise<ReviewOutcome> {
  const row = await loadForDecision(db, actor, id, input.version, (s) => canTransition(s, 'supplement_requested'));
  const policy = await policies.getPolicy(db, actor, row.policy_id);
  const ofRoute = new Set((policy.routes.find((r) => r.code === row.route_code)?.materials ?? []).map((m) => m.material));
  const foreign = input.materials.flatMap((m, i) => (ofRoute.has(m) ? [] : [{ field: `/materials/${i}`, message: '' }]));
  if (foreign.length > 0) throw new AppError('enrollment.material_not_of_route', 400, {}, foreign);
  const deadline = new Date(input.deadline).toISOString();
  if (Date.parse(deadline) <= Date.now()) throw new AppError('enrollment.deadline_past', 400, {}, [{ field: '/deadline', message: '' }]);
  const requestId = randomUUID();
  const now = nowIso();
  const message = input.message.trim();
  const version = await db.transaction().execute(async (tx) => {
    await repo.insertSupplementRequest(tx, {
      id: requestId,
      application_id: id,
      materials: JSON.stringify(input.materials),
      message,
      deadline,
      requested_by: actor.userId,
      requested_at: now,
      fulfilled_at: null,
    });
    const next = await changeApplicationStatus(
      tx,
      row,
      'supplement_requested',
      {
        actorUserId: actor.userId,
        kind: 'supplement_requested',
        detail: { supplementRequestId: requestId, materials: input.materials, message, deadline },
      },
      { supplement_deadline: deadline },
    );
    await notify(tx, { userId: row.guardian_user_id, kind: 'supplement_requested', params: { reference: row.reference, deadline }, ...subject(id), sms: true });
    await recordAudit(tx, audit, {
      action: 'enrollment_application.supplement_request',
      ...subject(id),
      result: 'success',
      detail: { supplementRequestId: requestId, materials: input.materials },
    });
    return next;
  });
  return outcome(row, 'supplement_requested', version);
}

/** Records the verified value of each points item and their total, which allocation ranks by. */
export async function verifyPoints(db: Db, actor: Actor, audit: AuditContext, id: string, input: PointsVerificationBody): Promise<ReviewOutcome> {
  const row = await loadForDecision(db, actor, id, input.version, (s) => POINTS_VERIFICATION_STATUSES.includes(s));
  if (row.route_admission_basis !== 'points') throw new AppError('enrollment.route_not_points', 400, { route: row.route_code });
  const policy = await policies.getPolicy(db, actor, row.policy_id);
  let total: number;
  try {
    total = calculatePoints(policy.pointsItems, input.verified).total;
  } catch (error) {
    if (!(error instanceof DeclaredPointsError)) throw error;
    const problems = error.problems.map((p): Problem => ({ field: `/verified/${p.key}`, key: p.reason }));
    throw new AppError('enrollment.points_verified_invalid', 400, { count: problems.length }, toFieldErrors(problems, actor.locale));
  }
  // A changed value needs its reason (the family reads it item by item); reasons for unchanged items are not kept.
  const changed = changedItems(policy.pointsItems, JSON.parse(row.declared_points) as DeclaredPoints, input.verified);
  const reasons = Object.fromEntries(changed.map((key) => [key, (input.reasons?.[key] ?? '').trim()]));
  const missing = changed.filter((key) => reasons[key] === '').map((key): Problem => ({ field: `/reasons/${key}`, key: 'verified_reason_required' }));
  if (missing.length > 0) throw new AppError('enrollment.points_verified_invalid', 400, { count: missing.length }, toFieldErrors(missing, actor.locale));
  const now = nowIso();
  await db.transaction().execute(async (tx) => {
    if (!(await repo.touchApplication(tx, row, { verified_points: JSON.stringify(input.verified), points_verified: total, updated_at: now }))) throw conflict();
    const detail = { declared: row.points_declared, verified: total, ...(changed.length > 0 && { reasons }) };
    await recordApplicationEvent(tx, id, { actorUserId: actor.userId, kind: 'points_verified', detail }, now);
    await recordAudit(tx, audit, { action: 'enrollment_application.points_verify', ...subject(id), result: 'success', detail: { total } });
  });
  return outcome(row, row.status, row.version + 1);
}

/** Approves (every mandatory material accepted, points verified on a points route) or rejects with a reason. */
export async function decideApplication(db: Db, actor: Actor, audit: AuditContext, id: string, input: DecisionBody): Promise<ReviewOutcome> {
  const to = input.decision === 'approve' ? 'approved' : 'rejected';
  const row = await loadForDecision(db, actor, id, input.version, (s) => canTransition(s, to) && s !== 'appealed');
  const reason = input.reason?.trim() || null;
  if (to === 'rejected' && !reason) throw reasonRequired();
  if (to === 'approved') await assertApprovable(db, actor, row);
  const now = nowIso();
  const version = await db.transaction().execute(async (tx) => {
    const next = await changeApplicationStatus(
      tx,
      row,
      to,
      { actorUserId: actor.userId, kind: to, detail: reason ? { reason } : undefined },
      {
        decided_by: actor.userId,
        decided_at: now,
        decision_reason: reason,
      },
    );
    await notify(tx, {
      userId: row.guardian_user_id,
      kind: to === 'approved' ? 'application_approved' : 'application_rejected',
      params: { reference: row.reference, ...(reason ? { reason } : {}) },
      ...subject(id),
      sms: true,
    });
    await recordAudit(tx, audit, { action: `enrollment_application.${to === 'approved' ? 'approve' : 'reject'}`, ...subject(id), result: 'success' });
    return next;
  });
  return outcome(row, to, version);
}
