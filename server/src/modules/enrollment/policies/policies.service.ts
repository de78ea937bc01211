import { randomUUID } from 'node:crypto';
import { calculatePoints, DeclaredPointsError, type PointsItem } from '../../../../../common/enrollment-points.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can, jurisdictionOf, type Resource } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, conflict, notFound } from '../../../platform/http/errors.ts';
import * as directory from '../../directory/directory.service.ts';
import { toFieldErrors, type Problem } from './policies.problems.ts';
import * as repo from './policies.repository.ts';
import { draftProblems, publishProblems, rulesHashOf, schoolProblems, toRulesRows, toRulesView, type SchoolFacts } from './policies.rules.ts';
import type {
  CreatePolicyBody,
  ExtendWindowBody,
  PointsPreviewBody,
  PolicyListQuery,
  PolicyRulesInput,
  PolicySummary,
  PolicyView,
  UpdatePolicyBody,
  VersionBody,
} from './policies.schemas.ts';

const resourceOf = (row: Pick<repo.PolicyRow, 'host_region_path' | 'status'>): Resource => ({
  type: 'enrollment_policy',
  regionPath: row.host_region_path,
  status: row.status,
});

/** Designated schools as the directory describes them; an unknown id is simply absent. */
async function schoolFacts(db: DbOrTx, actor: Actor, ids: string[]): Promise<Map<string, SchoolFacts & { nameZh: string; nameEn: string }>> {
  const found = await Promise.all(
    ids.map(async (id) => {
      const scope = await directory.findOrganizationScope(db, id);
      if (!scope) return [];
      const school = await directory.getOrganization(db, actor, id);
      return [[id, { kind: scope.kind, regionPath: scope.regionPath, stages: school.stages, nameZh: school.nameZh, nameEn: school.nameEn }] as const];
    }),
  );
  return new Map(found.flat());
}

function windowStateOf(row: repo.PolicyRow, now: number): PolicySummary['windowState'] {
  if (row.status !== 'published' || now >= Date.parse(row.window_closes_at)) return 'closed';
  return now < Date.parse(row.window_opens_at) ? 'upcoming' : 'open';
}

function toSummary(actor: Actor, row: repo.PolicyRow): PolicySummary {
  return {
    id: row.id,
    bureauId: row.bureau_id,
    hostRegionId: row.host_region_id,
    hostRegionNameZh: row.region_name_zh,
    hostRegionNameEn: row.region_name_en,
    schoolYear: row.school_year,
    entryGrade: row.entry_grade,
    titleZh: row.title_zh,
    titleEn: row.title_en,
    status: row.status,
    windowOpensAt: row.window_opens_at,
    windowClosesAt: row.window_closes_at,
    windowState: windowStateOf(row, Date.parse(nowIso())),
    rulesHash: row.rules_hash,
    publishedAt: row.published_at,
    closedAt: row.closed_at,
    canEdit: row.status !== 'closed' && can(actor, 'update', resourceOf(row)),
    updatedAt: row.updated_at,
    version: row.version,
  };
}

async function present(db: DbOrTx, actor: Actor, row: repo.PolicyRow): Promise<PolicyView> {
  const rules = await repo.findRules(db, row.id);
  const names = await schoolFacts(
    db,
    actor,
    rules.schools.map((s) => s.school_id),
  );
  return {
    ...toSummary(actor, row),
    maxPreferences: row.max_preferences,
    ageMinYears: row.age_min_years,
    ageCutoffMonthDay: row.age_cutoff_month_day,
    publicNoticeDays: row.public_notice_days,
    appealDays: row.appeal_days,
    offerResponseDays: row.offer_response_days,
    reportDate: row.report_date,
    reportNoteZh: row.report_note_zh,
    reportNoteEn: row.report_note_en,
    ...toRulesView(rules, names),
  };
}

/** A draft outside the caller's reach reads as missing (404), so its existence does not leak. */
async function findReadable(db: DbOrTx, actor: Actor, id: string): Promise<repo.PolicyRow> {
  const row = await repo.findPolicy(db, id);
  if (!row || !can(actor, 'read', resourceOf(row))) throw notFound();
  return row;
}

/** Writes answer 403 to whoever may not change the policy, whether or not they may see it. */
async function findWritable(db: DbOrTx, actor: Actor, id: string): Promise<repo.PolicyRow> {
  const row = await repo.findPolicy(db, id);
  if (!row) throw notFound();
  authorize(actor, 'update', resourceOf(row));
  return row;
}

const invalid = (actor: Actor, problems: Problem[]) =>
  new AppError('enrollment.policy_invalid', 400, { count: problems.length }, toFieldErrors(problems, actor.locale));

async function assertSavable(db: DbOrTx, actor: Actor, hostPath: string, input: PolicyRulesInput): Promise<void> {
  const facts = await schoolFacts(
    db,
    actor,
    input.schools.map((s) => s.schoolId),
  );
  const problems = [...draftProblems(input), ...schoolProblems(input.schools, facts, hostPath, input.entryGrade)];
  if (problems.length > 0) throw invalid(actor, problems);
}

const policyColumns = (input: PolicyRulesInput, now: string) => ({
  school_year: input.schoolYear,
  entry_grade: input.entryGrade,
  title_zh: input.titleZh,
  title_en: input.titleEn,
  window_opens_at: new Date(input.windowOpensAt).toISOString(),
  window_closes_at: new Date(input.windowClosesAt).toISOString(),
  max_preferences: input.maxPreferences,
  age_min_years: input.ageMinYears,
  age_cutoff_month_day: input.ageCutoffMonthDay,
  public_notice_days: input.publicNoticeDays,
  appeal_days: input.appealDays,
  offer_response_days: input.offerResponseDays,
  report_date: input.reportDate ?? null,
  report_note_zh: input.reportNoteZh ?? null,
  report_note_en: input.reportNoteEn ?? null,
  updated_at: now,
});

export async function listPolicies(db: Db, actor: Actor, query: PolicyListQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const regionPath = query.regionId ? (await directory.findRegionScope(db, query.regionId))?.path : undefined;
  if (query.regionId && !regionPath)
    throw new AppError('directory.region_unknown', 400, { region: query.regionId }, [{ field: 'querystring:/regionId', message: '' }]);
  const draftPaths = jurisdictionOf(actor, 'bureau_admin', 'bureau_reviewer');
  const { rows, total } = await repo.findPolicies(db, { ...query, regionPath, draftPaths, offset: (page - 1) * pageSize, limit: pageSize });
  return { items: rows.map((row) => toSummary(actor, row)), total };
}

export async function getPolicy(db: DbOrTx, actor: Actor, id: string): Promise<PolicyView> {
  return present(db, actor, await findReadable(db, actor, id));
}

export async function createPolicy(db: Db, actor: Actor, audit: AuditContext, input: CreatePolicyBody): Promise<PolicyView> {
  const bureau = await directory.findOrganizationScope(db, input.bureauId);
  if (!bureau || bureau.kind !== 'bureau') throw new AppError('enrollment.bureau_invalid', 400, {}, [{ field: '/bureauId', message: '' }]);
  authorize(actor, 'create', { type: 'enrollment_policy', regionPath: bureau.regionPath, status: 'draft' });
  const { bureauId, ...rules } = input;
  await assertSavable(db, actor, bureau.regionPath, rules);
  const hostRegionId = (await directory.getOrganization(db, actor, bureauId)).regionId;
  const id = randomUUID();
  const now = nowIso();
  await db.transaction().execute(async (tx) => {
    await repo.insertPolicy(tx, {
      id,
      bureau_id: bureauId,
      host_region_id: hostRegionId,
      host_region_path: bureau.regionPath,
      status: 'draft',
      rules_hash: null,
      published_at: null,
      closed_at: null,
      created_by: actor.userId,
      created_at: now,
      ...policyColumns(rules, now),
    });
    await repo.replaceRules(tx, id, toRulesRows(id, rules));
    await recordAudit(tx, audit, { action: 'enrollment_policy.create', objectType: 'enrollment_policy', objectId: id, result: 'success' });
  });
  return getPolicy(db, actor, id);
}

export async function updatePolicy(db: Db, actor: Actor, audit: AuditContext, id: string, input: UpdatePolicyBody): Promise<PolicyView> {
  const current = await findWritable(db, actor, id);
  if (current.status !== 'draft') throw new AppError('enrollment.policy_frozen', 409);
  const { version, ...rules } = input;
  await assertSavable(db, actor, current.host_region_path, rules);
  await db.transaction().execute(async (tx) => {
    if (!(await repo.updatePolicy(tx, id, { version, status: 'draft' }, policyColumns(rules, nowIso())))) throw conflict();
    await repo.replaceRules(tx, id, toRulesRows(id, rules));
    await recordAudit(tx, audit, { action: 'enrollment_policy.update', objectType: 'enrollment_policy', objectId: id, result: 'success' });
  });
  return getPolicy(db, actor, id);
}

export async function publishPolicy(db: Db, actor: Actor, audit: AuditContext, id: string, { version }: VersionBody): Promise<PolicyView> {
  const current = await findWritable(db, actor, id);
  if (current.status !== 'draft') throw new AppError('enrollment.policy_not_draft', 409);
  // The rules checked and hashed below must be the ones the caller saw and the update will pin.
  if (current.version !== version) throw conflict();
  const view = await present(db, actor, current);
  const now = nowIso();
  const facts = await schoolFacts(
    db,
    actor,
    view.schools.map((s) => s.schoolId),
  );
  const problems = [...publishProblems(view, now), ...schoolProblems(view.schools, facts, current.host_region_path, view.entryGrade)];
  if (problems.length > 0) throw new AppError('enrollment.policy_incomplete', 400, { count: problems.length }, toFieldErrors(problems, actor.locale));
  const rulesHash = rulesHashOf(view);
  await db.transaction().execute(async (tx) => {
    // The version pins the rules that were checked and hashed above.
    if (!(await repo.updatePolicy(tx, id, { version, status: 'draft' }, { status: 'published', rules_hash: rulesHash, published_at: now, updated_at: now })))
      throw conflict();
    await recordAudit(tx, audit, {
      action: 'enrollment_policy.publish',
      objectType: 'enrollment_policy',
      objectId: id,
      result: 'success',
      detail: { rulesHash },
    });
  });
  return getPolicy(db, actor, id);
}

export async function closePolicy(db: Db, actor: Actor, audit: AuditContext, id: string, { version }: VersionBody): Promise<PolicyView> {
  const current = await findWritable(db, actor, id);
  if (current.status !== 'published') throw new AppError('enrollment.policy_not_published', 409);
  const now = nowIso();
  await db.transaction().execute(async (tx) => {
    if (!(await repo.updatePolicy(tx, id, { version, status: 'published' }, { status: 'closed', closed_at: now, updated_at: now }))) throw conflict();
    await recordAudit(tx, audit, { action: 'enrollment_policy.close', objectType: 'enrollment_policy', objectId: id, result: 'success' });
  });
  return getPolicy(db, actor, id);
}

/** The one change a published policy takes: a later closing time. The window is part of the rules, so the hash follows. */
export async function extendWindow(db: Db, actor: Actor, audit: AuditContext, id: string, input: ExtendWindowBody): Promise<PolicyView> {
  const current = await findWritable(db, actor, id);
  if (current.status !== 'published') throw new AppError('enrollment.policy_not_published', 409);
  if (current.version !== input.version) throw conflict();
  const closesAt = new Date(input.windowClosesAt).toISOString();
  if (Date.parse(closesAt) <= Date.parse(current.window_closes_at)) {
    throw new AppError('enrollment.window_shortened', 400, {}, toFieldErrors([{ field: '/windowClosesAt', key: 'window_shortened' }], actor.locale));
  }
  const rulesHash = rulesHashOf({ ...(await present(db, actor, current)), windowClosesAt: closesAt });
  await db.transaction().execute(async (tx) => {
    if (
      !(await repo.updatePolicy(
        tx,
        id,
        { version: input.version, status: 'published' },
        { window_closes_at: closesAt, rules_hash: rulesHash, updated_at: nowIso() },
      ))
    )
      throw conflict();
    await recordAudit(tx, audit, {
      action: 'enrollment_policy.extend_window',
      objectType: 'enrollment_policy',
      objectId: id,
      result: 'success',
      detail: { from: current.window_closes_at, to: closesAt, previousRulesHash: current.rules_hash, rulesHash },
    });
  });
  return getPolicy(db, actor, id);
}

/** The points the declared facts would give on a points route, item by item, with what would raise them. */
export async function previewPoints(db: Db, actor: Actor, id: string, input: PointsPreviewBody) {
  const row = await findReadable(db, actor, id);
  const view = await present(db, actor, row);
  const route = view.routes.find((r) => r.code === input.routeCode);
  if (!route) throw new AppError('enrollment.route_unknown', 400, { route: input.routeCode }, [{ field: '/routeCode', message: '' }]);
  if (route.admissionBasis !== 'points')
    throw new AppError('enrollment.route_not_points', 400, { route: input.routeCode }, [{ field: '/routeCode', message: '' }]);
  try {
    return calculatePoints(view.pointsItems satisfies PointsItem[], input.declared);
  } catch (error) {
    if (!(error instanceof DeclaredPointsError)) throw error;
    const problems = error.problems.map((p): Problem => ({ field: `/declared/${p.key}`, key: p.reason }));
    throw new AppError('enrollment.points_declared_invalid', 400, { count: problems.length }, toFieldErrors(problems, actor.locale));
  }
}
