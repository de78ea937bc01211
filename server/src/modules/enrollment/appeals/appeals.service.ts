import { randomUUID } from 'node:crypto';
import { maskName } from '../../../../../common/masking.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { can } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import type { FileStore } from '../../../platform/files/file-store.ts';
import { acceptUpload, displayFileName } from '../../../platform/files/upload-policy.ts';
import { AppError, conflict, notFound } from '../../../platform/http/errors.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { loadApplicationFor } from '../applications/application-access.ts';
import { applicationResource } from '../enrollment.policy.ts';
import { changeApplicationStatus } from '../applications/application-status.ts';
import { assertApprovable, unacceptedMandatoryMaterials } from '../review/approval.ts';
import { reasonRequired } from '../review/review-decisions.service.ts';
import * as review from '../review/review.repository.ts';
import { inboxRegions } from '../review/review.service.ts';
import * as repo from './appeals.repository.ts';
import type { AppealBody, AppealDecisionBody, AppealList, AppealListQuery, AppealView } from './appeals.schemas.ts';

const DAY = 86_400_000;
/** Enough for a renewed permit, a letter and a few photos; more is a sign of a mistake. */
export const MAX_EVIDENCE_FILES = 10;

export interface AppealDeps {
  db: Db;
  files: FileStore;
  maxUploadBytes: number;
}

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

const subject = (id: string) => ({ objectType: 'enrollment_appeal', objectId: id });

async function present(db: DbOrTx, appealId: string): Promise<AppealView> {
  const appeal = await repo.findAppeal(db, appealId);
  if (!appeal) throw notFound();
  const [app, evidence] = await Promise.all([review.findApplication(db, appeal.application_id), repo.findEvidence(db, [appeal.id])]);
  if (!app) throw notFound();
  return {
    id: appeal.id,
    applicationId: app.id,
    reference: app.reference,
    status: appeal.status,
    reason: appeal.reason,
    filedAt: appeal.filed_at,
    decidedAt: appeal.decided_at,
    decisionReason: appeal.decision_reason,
    version: appeal.version,
    applicationStatus: app.status,
    applicationVersion: app.version,
    evidence: evidence.map((d) => ({ id: d.id, originalName: d.original_name, mediaType: d.media_type, sizeBytes: d.size_bytes, uploadedAt: d.uploaded_at })),
  };
}

/**
 * 复核: the family of a rejected application asks for a second look within the policy's appeal days after
 * the decision. One appeal per application: its outcome is final.
 */
export async function fileAppeal(db: Db, actor: Actor, audit: AuditContext, applicationId: string, input: AppealBody): Promise<AppealView> {
  const app = await loadApplicationFor(db, actor, applicationId, 'respond', review.findApplication);
  if ((await repo.countAppeals(db, applicationId)) > 0) throw new AppError('enrollment.appeal_already_filed', 409);
  if (app.status !== 'rejected') throw new AppError('enrollment.application_status_invalid', 409, { status: `status:${app.status}` });
  const policy = await review.findPolicyScope(db, app.policy_id);
  const closesAt = Date.parse(app.decided_at ?? app.updated_at) + (policy?.appeal_days ?? 0) * DAY;
  if (Date.now() > closesAt) throw new AppError('enrollment.appeal_window_closed', 409, { days: policy?.appeal_days ?? 0 });
  const reason = input.reason.trim();
  if (!reason) throw reasonRequired();
  const id = randomUUID();
  await db.transaction().execute(async (tx) => {
    const now = nowIso();
    await repo.insertAppeal(tx, {
      id,
      application_id: applicationId,
      reason,
      status: 'open',
      filed_by: actor.userId,
      filed_at: now,
      decided_by: null,
      decided_at: null,
      decision_reason: null,
    });
    // A second appeal racing this one fails here, on the application's version, and leaves no row behind.
    await changeApplicationStatus(tx, app, 'appealed', { actorUserId: actor.userId, kind: 'appealed', detail: { appealId: id } });
    await notify(tx, {
      userId: app.guardian_user_id,
      kind: 'appeal_filed',
      params: { reference: app.reference },
      objectType: 'enrollment_application',
      objectId: app.id,
      sms: true,
    });
    await recordAudit(tx, audit, { action: 'enrollment_appeal.file', ...subject(id), result: 'success', detail: { applicationId } });
  });
  return present(db, id);
}

/** Evidence for an open appeal: checked like every document (type by content, size, active content), stored encrypted. */
export async function addEvidence(
  deps: AppealDeps,
  actor: Actor,
  audit: AuditContext,
  applicationId: string,
  upload: () => Promise<UploadedFile>,
): Promise<AppealView> {
  const { db, files } = deps;
  const app = await loadApplicationFor(db, actor, applicationId, 'respond', review.findApplication);
  const appeal = await repo.findLatestAppeal(db, applicationId);
  if (!appeal || appeal.status !== 'open' || app.status !== 'appealed') throw new AppError('enrollment.appeal_not_open', 409);
  if ((await repo.findEvidence(db, [appeal.id])).length >= MAX_EVIDENCE_FILES)
    throw new AppError('enrollment.appeal_evidence_limit', 409, { max: MAX_EVIDENCE_FILES });
  // Read only now: nobody may make the server receive a file they could not store.
  const file = await upload();
  const accepted = await acceptUpload({ filename: file.filename, bytes: file.bytes, maxBytes: deps.maxUploadBytes });
  const stored = await files.put(accepted.bytes, { mime: accepted.mime });
  const documentId = randomUUID();
  try {
    await db.transaction().execute(async (tx) => {
      // Moves the appeal's version: a reviewer deciding from a view without this evidence gets a conflict.
      if (!(await repo.updateOpenAppeal(tx, appeal.id, appeal.version))) throw conflict();
      await repo.insertDocument(tx, {
        id: documentId,
        application_id: applicationId,
        material: 'other',
        appeal_id: appeal.id,
        supplement_request_id: null,
        storage_key: stored.storageKey,
        original_name: displayFileName(file.filename),
        media_type: accepted.mime,
        size_bytes: stored.size,
        sha256: stored.sha256,
        status: 'pending',
        rejection_reason: null,
        decided_by: null,
        decided_at: null,
        uploaded_by: actor.userId,
        uploaded_at: nowIso(),
      });
      await recordAudit(tx, audit, {
        action: 'enrollment_appeal.evidence_upload',
        ...subject(appeal.id),
        result: 'success',
        detail: { documentId, mediaType: accepted.mime },
      });
    });
  } catch (error) {
    await files.delete(stored.storageKey);
    throw error;
  }
  return present(db, appeal.id);
}

/** Appeals of the caller's regions, oldest first; names masked as in the inbox. */
export async function listAppeals(db: Db, actor: Actor, query: AppealListQuery): Promise<AppealList> {
  const regionPaths = await inboxRegions(db, actor, query.policyId);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await repo.findAppeals(db, {
    regionPaths,
    policyId: query.policyId,
    status: query.status,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      applicationId: row.application_id,
      reference: row.reference,
      policyId: row.policy_id,
      childNameMasked: maskName(row.child_name),
      routeCode: row.route_code,
      status: row.status,
      filedAt: row.filed_at,
      decidedAt: row.decided_at,
      evidenceCount: Number(row.evidence_count ?? 0),
      canDecide:
        row.status === 'open' && row.rejected_by !== actor.userId && can(actor, 'review', applicationResource({ ...row, status: row.application_status })),
      version: row.version,
    })),
    total,
  };
}

/**
 * A reviewer other than the one who rejected decides: uphold approves the application (on the same
 * conditions as a first approval), dismiss leaves it rejected for good, request_supplement grants the appeal
 * but sends the application back to the family for the mandatory materials not accepted yet (then it is
 * resubmitted and reviewed as usual). The family is told either way.
 */
export async function decideAppeal(db: Db, actor: Actor, audit: AuditContext, appealId: string, input: AppealDecisionBody): Promise<AppealView> {
  const appeal = await repo.findAppeal(db, appealId);
  if (!appeal) throw notFound();
  const app = await loadApplicationFor(db, actor, appeal.application_id, 'review', review.findApplication);
  if (appeal.version !== input.version) throw conflict();
  if (appeal.status !== 'open' || app.status !== 'appealed') throw new AppError('enrollment.appeal_not_open', 409);
  if (app.decided_by === actor.userId) throw new AppError('enrollment.appeal_own_decision', 403);
  const reason = input.reason?.trim() || null;
  if (input.decision === 'request_supplement') return reopenForSupplement(db, actor, audit, { appeal, app, reason, deadline: input.deadline });
  const isUpheld = input.decision === 'uphold';
  if (!isUpheld && !reason) throw reasonRequired();
  if (isUpheld) await assertApprovable(db, actor, app);
  await db.transaction().execute(async (tx) => {
    const now = nowIso();
    const decided = { decided_by: actor.userId, decided_at: now, decision_reason: reason };
    if (!(await repo.updateOpenAppeal(tx, appeal.id, appeal.version, { status: isUpheld ? 'upheld' : 'dismissed', ...decided }))) throw conflict();
    await changeApplicationStatus(
      tx,
      app,
      isUpheld ? 'approved' : 'rejected',
      {
        actorUserId: actor.userId,
        kind: isUpheld ? 'appeal_upheld' : 'appeal_dismissed',
        detail: { appealId, ...(reason ? { reason } : {}) },
      },
      isUpheld ? decided : {},
    );
    await notify(tx, {
      userId: app.guardian_user_id,
      kind: 'appeal_decided',
      params: { reference: app.reference, outcome: isUpheld ? 'upheld' : 'dismissed' },
      objectType: 'enrollment_application',
      objectId: app.id,
      sms: true,
    });
    await recordAudit(tx, audit, {
      action: 'enrollment_appeal.decide',
      ...subject(appealId),
      result: 'success',
      detail: { applicationId: app.id, decision: input.decision },
    });
  });
  return present(db, appealId);
}

interface Reopening {
  appeal: NonNullable<Awaited<ReturnType<typeof repo.findAppeal>>>;
  app: review.ApplicationRow;
  reason: string | null;
  deadline: string | undefined;
}

/** The appeal upheld, the application back to supplement_requested for the missing mandatory materials by the deadline. */
async function reopenForSupplement(db: Db, actor: Actor, audit: AuditContext, { appeal, app, reason, deadline: input }: Reopening): Promise<AppealView> {
  if (!reason) throw reasonRequired();
  if (!input) throw new AppError('request.invalid', 400, {}, [{ field: '/deadline', message: '' }]);
  const deadline = new Date(input).toISOString();
  if (Date.parse(deadline) <= Date.now()) throw new AppError('enrollment.deadline_past', 400, {}, [{ field: '/deadline', message: '' }]);
  const materials = (await unacceptedMandatoryMaterials(db, actor, app)).map((m) => m.material);
  if (materials.length === 0) throw new AppError('enrollment.appeal_nothing_missing', 409);
  const requestId = randomUUID();
  await db.transaction().execute(async (tx) => {
    const now = nowIso();
    if (!(await repo.updateOpenAppeal(tx, appeal.id, appeal.version, { status: 'upheld', decided_by: actor.userId, decided_at: now, decision_reason: reason })))
      throw conflict();
    await review.insertSupplementRequest(tx, {
      id: requestId,
      application_id: app.id,
      materials: JSON.stringify(materials),
      message: reason,
      deadline,
      requested_by: actor.userId,
      requested_at: now,
      fulfilled_at: null,
    });
    await changeApplicationStatus(
      tx,
      app,
      'supplement_requested',
      {
        actorUserId: actor.userId,
        kind: 'appeal_upheld',
        detail: { appealId: appeal.id, reason, supplementRequestId: requestId, materials, deadline },
      },
      { supplement_deadline: deadline },
    );
    await notify(tx, {
      userId: app.guardian_user_id,
      kind: 'supplement_requested',
      params: { reference: app.reference, deadline },
      objectType: 'enrollment_application',
      objectId: app.id,
      sms: true,
    });
    await recordAudit(tx, audit, {
      action: 'enrollment_appeal.decide',
      ...subject(appeal.id),
      result: 'success',
      detail: { applicationId: app.id, decision: 'request_supplement', supplementRequestId: requestId },
    });
  });
  return present(db, appeal.id);
}
