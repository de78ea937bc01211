import { CONSENT_TEXT_VERSION } from '../../../../../common/consent.ts';
import type { Material } from '../../../../../common/enrollment.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { groupCommitOf } from '../../../platform/db/group-commit.ts';
import { AppError, conflict } from '../../../platform/http/errors.ts';
import { idempotently } from '../../../platform/http/idempotency.ts';
import * as children from '../children/children.repository.ts';
import type { DeclaredPoints } from '../../../../../common/enrollment-points.ts';
import { eligibilityChecks, eligibilityProblems } from './application-eligibility.ts';
import { ageRuleOf, assertAgeRule, assertWindowOpen, beijingTime, routeById } from './application-policy.ts';
import { completenessProblems, liveDocumentStates } from './application-rules.ts';
import { changeApplicationStatus } from './application-status.ts';
import { toFieldErrors } from './applications.problems.ts';
import * as repo from './applications.repository.ts';
import type { VersionBody } from './applications.schemas.ts';
import { loadApplicationFor } from './application-access.ts';
import { getApplication, loadFactsOf, notifyFamily, type ApplicationDeps } from './applications.service.ts';

export interface SubmitStep {
  app: repo.ApplicationRow;
  version: number;
  actor: Actor;
  audit: AuditContext;
  /** 'submitted' for the family, 'assisted_filing' at a counter. */
  eventKind: 'submitted' | 'assisted_filing';
  /** Assisted filing: the counter scans the documents right after filing. */
  documentsFollow: boolean;
}

/**
 * Submits (or, after a supplement request, resubmits) inside the caller's transaction: the window (or the
 * supplement deadline), the age rule, the consent, completeness; then the status, the timeline, the family's
 * notification and the audit entry, all in that one transaction.
 */
export async function submitInTransaction(tx: DbOrTx, { app, version, actor, audit, eventKind, documentsFollow }: SubmitStep): Promise<void> {
  if (app.status !== 'draft' && app.status !== 'supplement_requested')
    throw new AppError('enrollment.application_status_invalid', 409, { status: `status:${app.status}` });
  if (app.version !== version) throw conflict();
  const facts = await loadFactsOf(tx, app);
  const now = nowIso();
  const resubmission = app.status === 'supplement_requested';
  const supplement = resubmission ? await repo.findOpenSupplementRequest(tx, app.id) : undefined;
  if (!resubmission) {
    if (facts.policy.status !== 'published') throw new AppError('enrollment.policy_not_open', 409);
    assertWindowOpen(facts, now);
  } else if (supplement && now > supplement.deadline) {
    throw new AppError('enrollment.supplement_overdue', 409, { deadline: beijingTime(supplement.deadline) });
  }
  const child = await children.findChildById(tx, app.child_id);
  if (!child) throw new Error(`application ${app.id} has no child`);
  assertAgeRule(facts, child.birth_date);
  if (!(await children.childrenWithConsent(tx, [child.id], 'sensitive_personal_information', CONSENT_TEXT_VERSION)).has(child.id)) {
    throw new AppError('enrollment.consent_required', 409);
  }
  const route = routeById(facts, app.route_id);
  const documents = await repo.findDocuments(tx, app.id);
  const problems = completenessProblems({
    app,
    route,
    preferenceCount: (await repo.findPreferences(tx, app.id)).length,
    documents,
    supplement: supplement ? { id: supplement.id, materials: JSON.parse(supplement.materials) as Material[] } : null,
    documentsFollow,
  });
  if (problems.length > 0) throw new AppError('enrollment.application_incomplete', 400, { count: problems.length }, toFieldErrors(problems, actor.locale));
  const unmet = eligibilityProblems(
    eligibilityChecks({
      eligibility: route.eligibility,
      admissionBasis: route.admissionBasis,
      pointsItems: facts.pointsItems,
      declared: JSON.parse(app.declared_points) as DeclaredPoints,
      workKind: app.work_kind,
      mandatoryMaterials: route.materials.filter((m) => m.requirement === 'mandatory').map((m) => m.material),
      documents: liveDocumentStates(documents),
      birthDate: child.birth_date,
      ageRule: ageRuleOf(facts),
    }),
  );
  if (unmet.length > 0) throw new AppError('enrollment.eligibility_not_met', 409, { count: unmet.length }, toFieldErrors(unmet, actor.locale));

  const kind = resubmission ? 'resubmitted' : eventKind;
  await changeApplicationStatus(
    tx,
    { id: app.id, status: app.status, version },
    'submitted',
    { actorUserId: actor.userId, kind },
    resubmission ? { supplement_deadline: null } : { submitted_at: now },
  );
  if (supplement) await repo.fulfilSupplementRequest(tx, supplement.id, now);
  await notifyFamily(tx, app, 'application_submitted');
  await recordAudit(tx, audit, { action: `enrollment_application.${kind}`, objectType: 'enrollment_application', objectId: app.id, result: 'success' });
}

/**
 * The family's submit. Committed together with concurrent submissions (group commit) and acknowledged
 * only once durable; a retry with the same Idempotency-Key gets the first answer again.
 */
export async function submitApplication(deps: ApplicationDeps, actor: Actor, audit: AuditContext, id: string, { version }: VersionBody, key: string | null) {
  const answer = await groupCommitOf(deps.db).run((tx) =>
    idempotently(tx, { userId: actor.userId, key, scope: `POST /enrollment/applications/${id}/submit`, payload: { version } }, async () => {
      const app = await loadApplicationFor(tx, actor, id, 'submit', repo.findApplication);
      await submitInTransaction(tx, { app, version, actor, audit, eventKind: 'submitted', documentsFollow: false });
      return { statusCode: 200, body: { id } };
    }),
  );
  return { view: await getApplication(deps, actor, audit, answer.body.id), statusCode: answer.statusCode };
}
