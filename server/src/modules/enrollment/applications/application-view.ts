import { CONSENT_TEXT_VERSION } from '../../../../../common/consent.ts';
import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { DeclaredPoints } from '../../../../../common/enrollment-points.ts';
import { maskName } from '../../../../../common/masking.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { can } from '../../../platform/access/policy.ts';
import type { DataProtector } from '../../../platform/crypto/data-protection.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import * as directory from '../../directory/directory.service.ts';
import * as children from '../children/children.repository.ts';
import { isWindowOpen, routeById, type PolicyFacts } from './application-policy.ts';
import { applicationResource } from '../enrollment.policy.ts';
import { breakdownOf } from './application-rules.ts';
import * as repo from './applications.repository.ts';
import { pointsBreakdown, verificationReasons } from '../review/points-breakdown.ts';
import type { ApplicationAction, ApplicationSummary, ApplicationView, DocumentView } from './applications.schemas.ts';

const DAY = 86_400_000;

/** Statuses in which a handed-in document waits for (or, during a supplement request, returns to) a reviewer. */
const HANDED_IN: readonly ApplicationStatus[] = ['submitted', 'supplement_requested', 'appealed'];

/** Whether a pending document has been handed in: the application submitted, and not a reply to the open supplement request. */
export function isAwaitingReview(doc: repo.DocumentRow, app: Pick<repo.ApplicationRow, 'status' | 'submitted_at'>, openSupplementId: string | null): boolean {
  if (doc.status !== 'pending' || app.submitted_at === null || !HANDED_IN.includes(app.status)) return false;
  return !(app.status === 'supplement_requested' && doc.supplement_request_id !== null && doc.supplement_request_id === openSupplementId);
}

export function toDocumentView(doc: repo.DocumentRow, guardianUserId: string, isAwaiting: boolean): DocumentView {
  return {
    id: doc.id,
    material: doc.material,
    originalName: doc.original_name,
    mediaType: doc.media_type,
    sizeBytes: doc.size_bytes,
    status: doc.status,
    isAwaitingReview: isAwaiting,
    rejectionReason: doc.rejection_reason,
    supplementRequestId: doc.supplement_request_id,
    uploadedByStaff: doc.uploaded_by !== guardianUserId,
    uploadedAt: doc.uploaded_at,
  };
}

interface ActionFacts {
  app: repo.ApplicationRow;
  facts: PolicyFacts;
  hasOpenOffer: boolean;
  hasAppeal: boolean;
}

/** The steps the caller may take now; the service enforces each again when it is taken. */
export function allowedActions(actor: Actor, { app, facts, hasOpenOffer, hasAppeal }: ActionFacts): ApplicationAction[] {
  const resource = applicationResource(app);
  const actions: ApplicationAction[] = [];
  const now = nowIso();
  if (can(actor, 'update', resource)) {
    if (app.status === 'draft') actions.push('edit', 'upload_documents');
    if (app.status === 'supplement_requested') actions.push('upload_documents');
    if ((app.status === 'draft' && isWindowOpen(facts, now)) || app.status === 'supplement_requested') actions.push('submit');
    if (['draft', 'submitted', 'supplement_requested', 'approved'].includes(app.status)) actions.push('withdraw');
    const appealUntil = app.decided_at ? Date.parse(app.decided_at) + facts.policy.appeal_days * DAY : 0;
    if (app.status === 'rejected' && !hasAppeal && Date.now() <= appealUntil) actions.push('appeal');
  }
  if (can(actor, 'respond', resource) && app.status === 'placed' && hasOpenOffer) actions.push('respond_offer');
  // The notice is issued at its first download, so it is offered from the acceptance on.
  if (can(actor, 'update', resource) && ['accepted', 'enrolled'].includes(app.status)) actions.push('download_notice');
  if (can(actor, 'review', resource)) {
    if (['submitted', 'appealed'].includes(app.status)) actions.push('review');
    if (app.status === 'submitted' && app.assisted_by !== null) actions.push('upload_documents');
  }
  return actions;
}

async function schoolRef(db: DbOrTx, actor: Actor, schoolId: string) {
  const school = await directory.getOrganization(db, actor, schoolId).catch(() => null);
  return { schoolId, schoolNameZh: school?.nameZh ?? '', schoolNameEn: school?.nameEn ?? '' };
}

/**
 * An event's detail as the timeline shows it. A placement's deadline is the offer's, stored once: events written
 * before that rule carried a copy, which is dropped (it may differ from the offer's); the current offer's round gets its deadline.
 */
function eventDetail(
  e: Awaited<ReturnType<typeof repo.findEvents>>[number],
  offer: { round: number; deadline: string } | undefined,
): Record<string, unknown> | null {
  if (!e.detail) return null;
  const detail = JSON.parse(e.detail) as Record<string, unknown>;
  if (e.kind !== 'placed') return detail;
  const rest = { ...detail };
  delete rest.deadline;
  return offer && rest.round === offer.round ? { ...rest, deadline: offer.deadline } : rest;
}

/** One whole application as the caller may see it: personal fields only for the family and the host reviewers. */
export async function presentApplication(
  db: DbOrTx,
  protector: DataProtector,
  actor: Actor,
  app: repo.ApplicationRow,
  facts: PolicyFacts,
): Promise<ApplicationView> {
  const resource = applicationResource(app);
  const [child, guardians, consented, preferences, documents, supplement, events, offer, appeal, notice] = await Promise.all([
    children.findChildById(db, app.child_id),
    children.findGuardians(db, [app.child_id]),
    children.childrenWithConsent(db, [app.child_id], 'sensitive_personal_information', CONSENT_TEXT_VERSION),
    repo.findPreferences(db, app.id),
    repo.findDocuments(db, app.id),
    repo.findOpenSupplementRequest(db, app.id),
    repo.findEvents(db, app.id),
    repo.findCurrentOffer(db, app.id),
    repo.findLatestAppeal(db, app.id),
    repo.findValidNoticeCode(db, app.id),
  ]);
  if (!child) throw new Error(`application ${app.id} has no child`);
  const isFamily = guardians.some((g) => g.user_id === actor.userId);
  const seesPersonal = isFamily || app.guardian_user_id === actor.userId || can(actor, 'review', resource);
  const route = routeById(facts, app.route_id);
  const declared = JSON.parse(app.declared_points) as DeclaredPoints;
  const live = documents.filter((d) => d.status !== 'superseded' && d.appeal_id === null);
  const { policy } = facts;
  return {
    id: app.id,
    reference: app.reference,
    status: app.status,
    version: app.version,
    policy: {
      id: policy.id,
      titleZh: policy.title_zh,
      titleEn: policy.title_en,
      schoolYear: policy.school_year,
      entryGrade: policy.entry_grade,
      hostRegionNameZh: policy.region_name_zh,
      hostRegionNameEn: policy.region_name_en,
      windowOpensAt: policy.window_opens_at,
      windowClosesAt: policy.window_closes_at,
      maxPreferences: policy.max_preferences,
      appealDays: policy.appeal_days,
      isWindowOpen: isWindowOpen(facts, nowIso()),
    },
    child: {
      id: child.id,
      name: isFamily ? child.name : maskName(child.name),
      sex: child.sex,
      birthDate: child.birth_date,
      idNumberMasked: child.id_number_masked,
      hukouDivisionCode: child.hukou_division_code,
      hasConsent: consented.has(child.id),
    },
    route: {
      code: route.code,
      nameZh: route.nameZh,
      nameEn: route.nameEn,
      admissionBasis: route.admissionBasis,
      materials: route.materials.map((m) => ({ ...m, uploaded: live.some((d) => d.material === m.material && d.status !== 'rejected') })),
    },
    guardianName: seesPersonal ? app.guardian_name : null,
    residenceAddress: seesPersonal && app.residence_address_enc ? protector.decrypt(app.residence_address_enc) : null,
    residenceRegionId: app.residence_region_id,
    employer: seesPersonal ? app.employer : null,
    workKind: app.work_kind,
    declaredPoints: declared,
    pointsDeclared: app.points_declared,
    pointsBreakdown: route.admissionBasis === 'points' ? breakdownOf(facts.pointsItems, declared) : null,
    verifiedPoints: app.verified_points ? (JSON.parse(app.verified_points) as DeclaredPoints) : null,
    pointsVerified: app.points_verified,
    pointsReview:
      route.admissionBasis === 'points' && app.verified_points !== null
        ? pointsBreakdown(facts.pointsItems, app.declared_points, app.verified_points, true, verificationReasons(events)).items
        : null,
    preferences: await Promise.all(preferences.map(async (p) => ({ rank: p.rank, ...(await schoolRef(db, actor, p.school_id)) }))),
    documents: documents
      .filter((d) => d.appeal_id === null)
      .map((d) => toDocumentView(d, app.guardian_user_id, isAwaitingReview(d, app, supplement?.id ?? null))),
    supplementRequest: supplement
      ? {
          id: supplement.id,
          materials: JSON.parse(supplement.materials) as ApplicationView['route']['materials'][number]['material'][],
          message: supplement.message,
          deadline: supplement.deadline,
          requestedAt: supplement.requested_at,
        }
      : null,
    events: events.map((e) => ({ at: e.at, kind: e.kind, fromStatus: e.from_status, toStatus: e.to_status, detail: eventDetail(e, offer) })),
    offer: offer
      ? {
          id: offer.id,
          ...(await schoolRef(db, actor, offer.school_id)),
          round: offer.round,
          preferenceRank: offer.preference_rank,
          status: offer.status,
          deadline: offer.deadline,
        }
      : null,
    appeal: appeal
      ? {
          id: appeal.id,
          status: appeal.status,
          reason: appeal.reason,
          filedAt: appeal.filed_at,
          decidedAt: appeal.decided_at,
          decisionReason: appeal.decision_reason,
        }
      : null,
    placedSchool: app.placed_school_id ? await schoolRef(db, actor, app.placed_school_id) : null,
    admissionNoticeCode: seesPersonal ? (notice?.verification_code ?? null) : null,
    decisionReason: app.decision_reason,
    decidedAt: app.decided_at,
    assisted: app.assisted_by !== null,
    submittedAt: app.submitted_at,
    createdAt: app.created_at,
    updatedAt: app.updated_at,
    allowedActions: allowedActions(actor, { app, facts, hasOpenOffer: offer?.status === 'open', hasAppeal: appeal !== undefined }),
  };
}

export function toSummary(row: Awaited<ReturnType<typeof repo.listApplicationsOfGuardian>>[number]): ApplicationSummary {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    policyId: row.policy_id,
    policyTitleZh: row.title_zh,
    policyTitleEn: row.title_en,
    schoolYear: row.school_year,
    childId: row.child_id,
    childName: row.child_name,
    routeCode: row.route_code,
    pointsDeclared: row.points_declared,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
