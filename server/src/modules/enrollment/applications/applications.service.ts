import { randomUUID } from 'node:crypto';
import { DeclaredPointsError, simulatePoints } from '../../../../../common/enrollment-points.ts';
import type { NotificationKind } from '../../../../../common/enrollment-application.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { DataProtector } from '../../../platform/crypto/data-protection.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { groupCommitOf } from '../../../platform/db/group-commit.ts';
import type { FileStore } from '../../../platform/files/file-store.ts';
import { AppError, conflict, notFound } from '../../../platform/http/errors.ts';
import { idempotently } from '../../../platform/http/idempotency.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import * as children from '../children/children.repository.ts';
import { loadApplicationFor } from './application-access.ts';
import { newApplicationReference } from './application-reference.ts';
import { assertDraftable, loadPolicyFacts, loadPublishedPolicy, routeByCode, routeById, type PolicyFacts } from './application-policy.ts';
import { declaredTotal, fieldProblems } from './application-rules.ts';
import { changeApplicationStatus, recordApplicationEvent } from './application-status.ts';
import { presentApplication, toSummary } from './application-view.ts';
import { toFieldErrors, type Problem } from './applications.problems.ts';
import * as repo from './applications.repository.ts';
import type {
  ApplicationFields,
  ApplicationSummary,
  ApplicationView,
  CreateApplicationBody,
  PointsBreakdown,
  PointsSimulationBody,
  UpdateApplicationBody,
  VersionBody,
} from './applications.schemas.ts';

export interface ApplicationDeps {
  db: Db;
  protector: DataProtector;
  files: FileStore;
}

/** The policy rules an existing application is held to. */
export async function loadFactsOf(db: DbOrTx, app: Pick<repo.ApplicationRow, 'policy_id'>): Promise<PolicyFacts> {
  const facts = await loadPolicyFacts(db, app.policy_id);
  if (!facts) throw new Error(`application policy ${app.policy_id} is missing`);
  return facts;
}

/** Applications are filed by guardians: the grant that lets one add a child profile lets one apply for the child. */
export function authorizeFamily(actor: Actor | null): asserts actor is Actor {
  authorize(actor, 'create', { type: 'child_collection' });
}

/** The child, if the caller is one of its guardians; 404 otherwise. */
export async function loadOwnChild(db: DbOrTx, actor: Actor, childId: string): Promise<children.ChildRow> {
  const child = await children.findChildById(db, childId);
  if (!child) throw notFound();
  const guardians = await children.findGuardians(db, [childId]);
  if (!guardians.some((g) => g.user_id === actor.userId)) throw notFound();
  return child;
}

const invalid = (actor: Actor, problems: Problem[]) =>
  new AppError('enrollment.application_invalid', 400, { count: problems.length }, toFieldErrors(problems, actor.locale));

/** The columns of the filled-in fields (only those given: a field left out of an update stays as it is). */
export function fieldColumns(protector: DataProtector, fields: Partial<ApplicationFields>) {
  return {
    ...(fields.guardianName !== undefined && { guardian_name: fields.guardianName }),
    ...(fields.residenceAddress !== undefined && {
      residence_address_enc: fields.residenceAddress === null ? null : protector.encrypt(fields.residenceAddress),
    }),
    ...(fields.residenceRegionId !== undefined && { residence_region_id: fields.residenceRegionId }),
    ...(fields.employer !== undefined && { employer: fields.employer }),
    ...(fields.workKind !== undefined && { work_kind: fields.workKind }),
    ...(fields.declaredPoints !== undefined && { declared_points: JSON.stringify(fields.declaredPoints) }),
  };
}

/** Tells the family of a change, in-app and by SMS, in the same transaction as the change. */
export async function notifyFamily(
  tx: DbOrTx,
  app: Pick<repo.ApplicationRow, 'id' | 'reference' | 'guardian_user_id'>,
  kind: NotificationKind,
  params: Record<string, string | number> = {},
): Promise<void> {
  await notify(tx, {
    userId: app.guardian_user_id,
    kind,
    params: { reference: app.reference, ...params },
    objectType: 'enrollment_application',
    objectId: app.id,
    sms: true,
  });
}

export interface DraftInput {
  actor: Actor;
  audit: AuditContext;
  child: children.ChildRow;
  facts: PolicyFacts;
  fields: ApplicationFields;
  guardianUserId: string;
  assistedBy: string | null;
}

/**
 * Writes a new draft inside the caller's transaction: fields checked, one active application per child
 * and policy (409 naming the existing one), preferences, the 'created' event and the audit entry.
 */
export async function insertDraft(tx: DbOrTx, protector: DataProtector, input: DraftInput): Promise<repo.ApplicationRow> {
  const { actor, child, facts, fields } = input;
  const route = routeByCode(facts, fields.routeCode);
  const problems = await fieldProblems(tx, facts, route, fields);
  if (problems.length > 0) throw invalid(actor, problems);
  const declared = fields.declaredPoints ?? {};
  const now = nowIso();
  const id = randomUUID();
  const activeKey = `${facts.policy.id}:${child.id}`;
  const inserted = await repo.insertApplication(tx, {
    id,
    reference: newApplicationReference(facts.policy.school_year),
    policy_id: facts.policy.id,
    child_id: child.id,
    route_id: route.id,
    guardian_user_id: input.guardianUserId,
    status: 'draft',
    active_key: activeKey,
    host_region_path: facts.policy.host_region_path,
    origin_division_code: child.hukou_division_code,
    guardian_name: null,
    residence_address_enc: null,
    residence_region_id: null,
    employer: null,
    work_kind: null,
    declared_points: '{}',
    points_declared: declaredTotal(route, facts.pointsItems, declared),
    verified_points: null,
    points_verified: null,
    assisted_by: input.assistedBy,
    submitted_at: null,
    decided_by: null,
    decided_at: null,
    decision_reason: null,
    supplement_deadline: null,
    placed_school_id: null,
    placement_kind: null,
    placement_round: null,
    arrival_recorded_by: null,
    arrival_recorded_at: null,
    personal_data_deleted_at: null,
    created_at: now,
    updated_at: now,
    ...fieldColumns(protector, fields),
  });
  if (!inserted) {
    const existing = await repo.findActiveApplication(tx, activeKey);
    throw new AppError('enrollment.application_exists', 409, { reference: existing?.reference ?? '' });
  }
  await repo.replacePreferences(tx, id, fields.preferences ?? []);
  await recordApplicationEvent(tx, id, { actorUserId: actor.userId, kind: 'created', to: 'draft' }, now);
  await recordAudit(tx, input.audit, {
    action: 'enrollment_application.create',
    objectType: 'enrollment_application',
    objectId: id,
    result: 'success',
    detail: { policyId: facts.policy.id, assisted: input.assistedBy !== null },
  });
  return (await repo.findApplication(tx, id))!;
}

export async function getApplication(deps: ApplicationDeps, actor: Actor, audit: AuditContext, id: string): Promise<ApplicationView> {
  const app = await loadApplicationFor(deps.db, actor, id, 'read', repo.findApplication);
  const view = await presentApplication(deps.db, deps.protector, actor, app, await loadFactsOf(deps.db, app));
  // Staff who see the family's address: every such view is on record.
  if (view.residenceAddress !== null && app.guardian_user_id !== actor.userId) {
    await recordAudit(deps.db, audit, { action: 'enrollment_application.view', objectType: 'enrollment_application', objectId: id, result: 'success' });
  }
  return view;
}

export async function listApplications(deps: ApplicationDeps, actor: Actor | null): Promise<ApplicationSummary[]> {
  authorizeFamily(actor);
  return (await repo.listApplicationsOfGuardian(deps.db, actor.userId)).map(toSummary);
}

/** A new draft; a retry with the same Idempotency-Key gets the same application back instead of a second one. */
export async function createApplication(
  deps: ApplicationDeps,
  actor: Actor | null,
  audit: AuditContext,
  input: CreateApplicationBody,
  key: string | null,
): Promise<{ view: ApplicationView; statusCode: number }> {
  authorizeFamily(actor);
  const { policyId, childId, ...fields } = input;
  const answer = await groupCommitOf(deps.db).run((tx) =>
    idempotently(tx, { userId: actor.userId, key, scope: 'POST /enrollment/applications', payload: input }, async () => {
      const child = await loadOwnChild(tx, actor, childId);
      const facts = await loadPublishedPolicy(tx, policyId);
      assertDraftable(facts, nowIso());
      const app = await insertDraft(tx, deps.protector, { actor, audit, child, facts, fields, guardianUserId: actor.userId, assistedBy: null });
      return { statusCode: 201, body: { id: app.id } };
    }),
  );
  return { view: await getApplication(deps, actor, audit, answer.body.id), statusCode: answer.statusCode };
}

export async function updateApplication(
  deps: ApplicationDeps,
  actor: Actor,
  audit: AuditContext,
  id: string,
  input: UpdateApplicationBody,
): Promise<ApplicationView> {
  const app = await loadApplicationFor(deps.db, actor, id, 'update', repo.findApplication);
  if (app.status !== 'draft') throw new AppError('enrollment.application_status_invalid', 409, { status: `status:${app.status}` });
  const facts = await loadFactsOf(deps.db, app);
  if (facts.policy.status !== 'published') throw new AppError('enrollment.policy_not_open', 409);
  assertDraftable(facts, nowIso());
  const { version, ...changes } = input;
  const current = routeById(facts, app.route_id);
  const preferences = changes.preferences ?? (await repo.findPreferences(deps.db, id)).map((p) => p.school_id);
  const merged: ApplicationFields = {
    routeCode: changes.routeCode ?? current.code,
    residenceRegionId: changes.residenceRegionId !== undefined ? changes.residenceRegionId : app.residence_region_id,
    declaredPoints: changes.declaredPoints ?? (JSON.parse(app.declared_points) as Record<string, number | string>),
    preferences,
  };
  const route = routeByCode(facts, merged.routeCode);
  // Changing to a route without points drops the points declared for the other one.
  if (route.admissionBasis !== 'points' && changes.declaredPoints === undefined) merged.declaredPoints = {};
  const problems = await fieldProblems(deps.db, facts, route, merged);
  if (problems.length > 0) throw invalid(actor, problems);
  await deps.db.transaction().execute(async (tx) => {
    const changed = await repo.updateDraft(tx, id, version, {
      ...fieldColumns(deps.protector, changes),
      route_id: route.id,
      declared_points: JSON.stringify(merged.declaredPoints),
      points_declared: declaredTotal(route, facts.pointsItems, merged.declaredPoints ?? {}),
      updated_at: nowIso(),
    });
    if (!changed) throw conflict();
    if (changes.preferences) await repo.replacePreferences(tx, id, changes.preferences);
    await recordAudit(tx, audit, {
      action: 'enrollment_application.update',
      objectType: 'enrollment_application',
      objectId: id,
      result: 'success',
      detail: { fields: Object.keys(changes) },
    });
  });
  return getApplication(deps, actor, audit, id);
}

/** The family withdraws (before a placement); the child may then apply again. */
export async function withdrawApplication(
  deps: ApplicationDeps,
  actor: Actor,
  audit: AuditContext,
  id: string,
  { version }: VersionBody,
): Promise<ApplicationView> {
  const app = await loadApplicationFor(deps.db, actor, id, 'update', repo.findApplication);
  await deps.db.transaction().execute(async (tx) => {
    await changeApplicationStatus(tx, { id, status: app.status, version }, 'withdrawn', { actorUserId: actor.userId, kind: 'withdrawn' }, { active_key: null });
    await recordAudit(tx, audit, {
      action: 'enrollment_application.withdraw',
      objectType: 'enrollment_application',
      objectId: id,
      result: 'success',
      detail: { from: app.status },
    });
  });
  return getApplication(deps, actor, audit, id);
}

/** The points simulator: what the declared facts would give on a route of a published policy, and what would raise them. */
export async function simulateApplicationPoints(db: Db, actor: Actor | null, input: PointsSimulationBody): Promise<PointsBreakdown> {
  if (!actor) throw new AppError('auth.required', 401);
  const facts = await loadPolicyFacts(db, input.policyId);
  if (!facts || !can(actor, 'read', { type: 'enrollment_policy', regionPath: facts.policy.host_region_path, status: facts.policy.status })) throw notFound();
  const route = routeByCode(facts, input.routeCode);
  if (route.admissionBasis !== 'points')
    throw new AppError('enrollment.route_not_points', 400, { route: input.routeCode }, [{ field: '/routeCode', message: '' }]);
  try {
    return simulatePoints(facts.pointsItems, input.declared);
  } catch (error) {
    if (!(error instanceof DeclaredPointsError)) throw error;
    const problems = error.problems.map((p): Problem => ({ field: `/declared/${p.key}`, key: p.reason }));
    throw new AppError('enrollment.points_declared_invalid', 400, { count: problems.length }, toFieldErrors(problems, actor.locale));
  }
}
