import { AWAITING_REVIEW, type ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { Material } from '../../../../../common/enrollment.ts';
import { maskMobile, maskName } from '../../../../../common/masking.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can, jurisdictionOf } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { DataProtector } from '../../../platform/crypto/data-protection.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { forbidden, notFound } from '../../../platform/http/errors.ts';
import type { DeclaredPoints } from '../../../../../common/enrollment-points.ts';
import { loadApplicationFor } from '../applications/application-access.ts';
import { eligibilityChecks } from '../applications/application-eligibility.ts';
import { liveDocumentStates } from '../applications/application-rules.ts';
import { applicationResource } from '../enrollment.policy.ts';
import * as policies from '../policies/policies.service.ts';
import { pointsBreakdown, verificationReasons } from './points-breakdown.ts';
import * as repo from './review.repository.ts';
import { INBOX_STATUSES, type InboxList, type InboxQuery, type ReviewAction, type ReviewApplicationView } from './review.schemas.ts';

export interface ReviewDeps {
  db: Db;
  protector: DataProtector;
}

const DAY = 86_400_000;
/** Days since submission while a reviewer owes a decision (AWAITING_REVIEW); null before submission and once decided. */
export const waitingDaysOf = (status: ApplicationStatus, submittedAt: string | null, now = Date.now()): number | null =>
  submittedAt === null || !AWAITING_REVIEW.includes(status) ? null : Math.max(0, Math.floor((now - Date.parse(submittedAt)) / DAY));

/**
 * The host regions whose applications the caller may list: the policy's when one is named (403 outside it),
 * otherwise every region the caller's bureau grants reach (null: all, for the platform admin).
 */
export async function inboxRegions(db: DbOrTx, actor: Actor, policyId: string | undefined): Promise<string[] | null> {
  if (policyId) {
    const policy = await repo.findPolicyScope(db, policyId);
    if (!policy) throw notFound();
    authorize(actor, 'list', { type: 'enrollment_application_collection', regionPath: policy.host_region_path });
    return [policy.host_region_path];
  }
  const reach = jurisdictionOf(actor, 'bureau_reviewer', 'bureau_admin');
  if (reach === null) return null;
  const paths = reach.filter((regionPath) => can(actor, 'list', { type: 'enrollment_application_collection', regionPath }));
  if (paths.length === 0) throw forbidden();
  return paths;
}

/** The reviewers' inbox (and the host bureau's and platform's masked overview): longest waiting first. */
export async function listInbox(db: Db, actor: Actor, query: InboxQuery): Promise<InboxList> {
  const regionPaths = await inboxRegions(db, actor, query.policyId);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const now = Date.now();
  const { rows, total, counts } = await repo.findInbox(db, {
    regionPaths,
    policyId: query.policyId,
    routeCode: query.routeCode,
    status: query.status,
    schoolId: query.schoolId,
    originPrefix: query.originCity ?? query.originProvince,
    submittedBefore: query.waitingDaysMin === undefined ? undefined : new Date(now - query.waitingDaysMin * DAY).toISOString(),
    supplementOverdue: query.supplementOverdue,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  const perStatus: Record<string, number> = Object.fromEntries(INBOX_STATUSES.map((s) => [s, 0]));
  for (const { status, n } of counts) perStatus[status] = n;
  return {
    items: rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      policyId: row.policy_id,
      childNameMasked: maskName(row.child_name),
      routeCode: row.route_code,
      routeNameZh: row.route_name_zh,
      routeNameEn: row.route_name_en,
      status: row.status,
      originDivisionCode: row.origin_division_code,
      submittedAt: row.submitted_at,
      waitingDays: waitingDaysOf(row.status, row.submitted_at, now),
      pointsDeclared: row.points_declared,
      pointsVerified: row.points_verified,
      isAssisted: row.assisted_by !== null,
      supplementOverdue: Boolean(row.supplement_overdue),
      version: row.version,
    })),
    total,
    counts: perStatus,
  };
}

/** Statuses in which each review step is possible (the transitions of common/enrollment-application.ts decide the rest). */
export const DOCUMENT_DECISION_STATUSES: readonly ApplicationStatus[] = ['submitted', 'appealed'];
export const POINTS_VERIFICATION_STATUSES: readonly ApplicationStatus[] = ['submitted', 'appealed'];

function allowedActions(actor: Actor, row: repo.ApplicationRow, hasOpenAppeal: boolean): ReviewAction[] {
  if (!can(actor, 'review', applicationResource(row))) return [];
  const actions: ReviewAction[] = [];
  if (DOCUMENT_DECISION_STATUSES.includes(row.status)) actions.push('decide_documents');
  if (row.status === 'submitted') actions.push('request_supplement');
  if (POINTS_VERIFICATION_STATUSES.includes(row.status) && row.route_admission_basis === 'points') actions.push('verify_points');
  if (row.status === 'submitted') actions.push('approve');
  if (row.status === 'submitted' || row.status === 'supplement_requested') actions.push('reject');
  // The reviewer who rejected does not judge the appeal against their own decision.
  if (row.status === 'appealed' && hasOpenAppeal && row.decided_by !== actor.userId) actions.push('decide_appeal');
  return actions;
}

/** The reviewer's view of one application: personal data in full but for the ID number, and every fetch audited. */
export async function getReviewView(deps: ReviewDeps, actor: Actor, audit: AuditContext, id: string): Promise<ReviewApplicationView> {
  const { db, protector } = deps;
  const row = await loadApplicationFor(db, actor, id, 'review', repo.findApplication);
  const [policy, documents, preferences, supplements, appeal, events] = await Promise.all([
    policies.getPolicy(db, actor, row.policy_id),
    repo.findDocuments(db, id),
    repo.findPreferences(db, id),
    repo.findSupplementRequests(db, id),
    repo.findLatestAppeal(db, id),
    repo.findEvents(db, id),
  ]);
  const route = policy.routes.find((r) => r.code === row.route_code);
  const schools = new Map(policy.schools.map((s) => [s.schoolId, s]));
  const accepted = new Set(documents.filter((d) => d.status === 'accepted' && d.appeal_id === null).map((d) => d.material));
  await recordAudit(db, audit, { action: 'enrollment_application.view', objectType: 'enrollment_application', objectId: id, result: 'success' });
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    version: row.version,
    policy: {
      id: policy.id,
      titleZh: policy.titleZh,
      titleEn: policy.titleEn,
      schoolYear: policy.schoolYear,
      entryGrade: policy.entryGrade,
      appealDays: policy.appealDays,
    },
    route: {
      code: row.route_code,
      nameZh: row.route_name_zh,
      nameEn: row.route_name_en,
      admissionBasis: row.route_admission_basis,
      monthsAsOf: route?.eligibility.monthsAsOf ?? null,
    },
    child: {
      id: row.child_id,
      name: row.child_name,
      sex: row.child_sex,
      birthDate: row.child_birth_date,
      idNumberMasked: row.child_id_number_masked,
      hukouDivisionCode: row.child_hukou_division_code,
      hukouAddress: row.child_hukou_address_enc ? protector.decrypt(row.child_hukou_address_enc) : null,
    },
    guardian: { name: row.guardian_name, mobileMasked: row.guardian_mobile ? maskMobile(row.guardian_mobile) : null },
    originDivisionCode: row.origin_division_code,
    residenceAddress: row.residence_address_enc ? protector.decrypt(row.residence_address_enc) : null,
    residenceRegionId: row.residence_region_id,
    employer: row.employer,
    workKind: row.work_kind,
    isAssisted: row.assisted_by !== null,
    submittedAt: row.submitted_at,
    waitingDays: waitingDaysOf(row.status, row.submitted_at),
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    supplementDeadline: row.supplement_deadline,
    preferences: preferences.map((p) => ({
      rank: p.rank,
      schoolId: p.school_id,
      schoolNameZh: schools.get(p.school_id)?.nameZh ?? '',
      schoolNameEn: schools.get(p.school_id)?.nameEn ?? '',
    })),
    materials: (route?.materials ?? []).map((m) => ({ ...m, isAccepted: accepted.has(m.material) })),
    documents: documents.map((d) => ({
      id: d.id,
      material: d.material,
      status: d.status,
      rejectionReason: d.rejection_reason,
      originalName: d.original_name,
      mediaType: d.media_type,
      sizeBytes: d.size_bytes,
      uploadedAt: d.uploaded_at,
      decidedAt: d.decided_at,
      supplementRequestId: d.supplement_request_id,
      appealId: d.appeal_id,
      isErased: d.storage_key === null,
    })),
    eligibility: route
      ? eligibilityChecks({
          eligibility: route.eligibility,
          admissionBasis: route.admissionBasis,
          pointsItems: policy.pointsItems,
          declared: JSON.parse(row.declared_points) as DeclaredPoints,
          workKind: row.work_kind,
          mandatoryMaterials: route.materials.filter((m) => m.requirement === 'mandatory').map((m) => m.material),
          documents: liveDocumentStates(documents),
          birthDate: row.child_birth_date,
          ageRule: { schoolYear: policy.schoolYear, ageMinYears: policy.ageMinYears, ageCutoffMonthDay: policy.ageCutoffMonthDay },
        })
      : [],
    points: pointsBreakdown(policy.pointsItems, row.declared_points, row.verified_points, row.route_admission_basis === 'points', verificationReasons(events)),
    supplementRequests: supplements.map((s) => ({
      id: s.id,
      materials: JSON.parse(s.materials) as Material[],
      message: s.message,
      deadline: s.deadline,
      requestedAt: s.requested_at,
      fulfilledAt: s.fulfilled_at,
    })),
    appeal: appeal
      ? {
          id: appeal.id,
          status: appeal.status,
          reason: appeal.reason,
          filedAt: appeal.filed_at,
          decidedAt: appeal.decided_at,
          decisionReason: appeal.decision_reason,
          version: appeal.version,
        }
      : null,
    events: events.map((e) => ({
      at: e.at,
      kind: e.kind,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      actorName: e.actor_name,
      detail: e.detail === null ? null : (JSON.parse(e.detail) as Record<string, unknown>),
    })),
    allowedActions: allowedActions(actor, row, appeal?.status === 'open'),
  };
}

/** The child's full ID number, for the host district's reviewers only; every view is audited. */
export async function revealIdNumber(deps: ReviewDeps, actor: Actor, audit: AuditContext, id: string): Promise<{ idNumber: string }> {
  const row = await loadApplicationFor(deps.db, actor, id, 'reveal_id_number', repo.findApplication);
  const sealed = await repo.findChildIdNumberEnc(deps.db, row.child_id);
  await recordAudit(deps.db, audit, {
    action: 'enrollment_application.id_number.view',
    objectType: 'enrollment_application',
    objectId: id,
    result: 'success',
    detail: { childId: row.child_id },
  });
  return { idNumber: deps.protector.decrypt(sealed) };
}
