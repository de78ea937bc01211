import { createHash, randomUUID } from 'node:crypto';
import { isMonthDay, stageOfGrade } from '../../../../../common/enrollment.ts';
import type { Grade, Stage } from '../../../../../common/directory.ts';
import type { Problem } from './policies.problems.ts';
import type { RulesRows, StoredRules } from './policies.repository.ts';
import type { Eligibility, PolicyRulesInput, PolicyView } from './policies.schemas.ts';

/** What the policy needs to know about a designated school (looked up through the directory). */
export interface SchoolFacts {
  kind: string;
  regionPath: string;
  stages: Stage[];
}

function duplicates<T>(values: T[], field: (index: number) => string): Problem[] {
  const seen = new Set<T>();
  return values.flatMap((value, index) => (seen.has(value) ? [{ field: field(index), key: 'duplicate' as const }] : (seen.add(value), [])));
}

export function schoolProblems(schools: { schoolId: string }[], facts: Map<string, SchoolFacts>, hostPath: string, grade: Grade): Problem[] {
  const stage = stageOfGrade(grade);
  return schools.flatMap(({ schoolId }, i): Problem[] => {
    const field = `/schools/${i}/schoolId`;
    const school = facts.get(schoolId);
    if (!school || school.kind !== 'school') return [{ field, key: 'school_unknown' }];
    if (!school.regionPath.startsWith(hostPath)) return [{ field, key: 'school_outside_region' }];
    return school.stages.includes(stage) ? [] : [{ field, key: 'school_stage' }];
  });
}

/** Problems that make even a draft unsavable: contradictions, not gaps. */
export function draftProblems(input: PolicyRulesInput): Problem[] {
  const problems: Problem[] = [
    ...duplicates(
      input.routes.map((r) => r.code),
      (i) => `/routes/${i}/code`,
    ),
    ...input.routes.flatMap((r, i) =>
      duplicates(
        r.materials.map((m) => m.material),
        (j) => `/routes/${i}/materials/${j}/material`,
      ),
    ),
    ...duplicates(
      input.schools.map((s) => s.schoolId),
      (i) => `/schools/${i}/schoolId`,
    ),
    ...duplicates(
      input.pointsItems.map((p) => p.key),
      (i) => `/pointsItems/${i}/key`,
    ),
  ];
  input.pointsItems.forEach((item, i) => {
    if (item.kind === 'choice' && !item.options) problems.push({ field: `/pointsItems/${i}/options`, key: 'options_required' });
    if (item.kind === 'per_month' && item.options) problems.push({ field: `/pointsItems/${i}/options`, key: 'options_forbidden' });
    problems.push(
      ...duplicates(
        (item.options ?? []).map((o) => o.value),
        (j) => `/pointsItems/${i}/options/${j}/value`,
      ),
    );
  });
  if ((input.ageMinYears === null) !== (input.ageCutoffMonthDay === null)) problems.push({ field: '/ageCutoffMonthDay', key: 'age_rule_pair' });
  if (input.ageCutoffMonthDay !== null && !isMonthDay(input.ageCutoffMonthDay)) problems.push({ field: '/ageCutoffMonthDay', key: 'month_day' });
  return problems;
}

/** Gaps that keep a draft from being published (the school checks are added by the caller). */
export function publishProblems(policy: PolicyView, now: string): Problem[] {
  const problems: Problem[] = [];
  if (policy.routes.length === 0) problems.push({ field: '/routes', key: 'routes_required' });
  policy.routes.forEach((route, i) => {
    if (!route.materials.some((m) => m.requirement === 'mandatory')) problems.push({ field: `/routes/${i}/materials`, key: 'mandatory_material_required' });
    const { minResidencePermitMonths, minSocialInsuranceMonths, monthsAsOf } = route.eligibility;
    if ((minResidencePermitMonths || minSocialInsuranceMonths) && !monthsAsOf)
      problems.push({ field: `/routes/${i}/eligibility/monthsAsOf`, key: 'months_as_of_required' });
  });
  if (!policy.schools.some((s) => s.seats > 0)) problems.push({ field: '/schools', key: 'seats_required' });
  if (Date.parse(policy.windowOpensAt) >= Date.parse(policy.windowClosesAt)) problems.push({ field: '/windowClosesAt', key: 'window_order' });
  else if (Date.parse(policy.windowClosesAt) <= Date.parse(now)) problems.push({ field: '/windowClosesAt', key: 'window_past' });
  if (!policy.reportDate) problems.push({ field: '/reportDate', key: 'report_date_required' });
  if (policy.maxPreferences > policy.schools.length)
    problems.push({ field: '/maxPreferences', key: 'max_preferences_schools', params: { count: policy.schools.length } });
  const usesPoints = policy.routes.some((r) => r.admissionBasis === 'points');
  if (usesPoints && policy.pointsItems.length === 0) problems.push({ field: '/pointsItems', key: 'points_items_required' });
  if (!usesPoints && policy.pointsItems.length > 0) problems.push({ field: '/pointsItems', key: 'points_items_unused' });
  return problems;
}

/** The input as rows with fresh ids; array order becomes sort_order. */
export function toRulesRows(policyId: string, input: PolicyRulesInput): RulesRows {
  const rows: RulesRows = { routes: [], materials: [], schools: [], items: [] };
  input.routes.forEach((route, i) => {
    const routeId = randomUUID();
    rows.routes.push({
      id: routeId,
      policy_id: policyId,
      code: route.code,
      name_zh: route.nameZh,
      name_en: route.nameEn,
      description_zh: route.descriptionZh,
      description_en: route.descriptionEn,
      admission_basis: route.admissionBasis,
      eligibility: JSON.stringify(route.eligibility),
      sort_order: i,
    });
    route.materials.forEach((m, j) =>
      rows.materials.push({
        id: randomUUID(),
        policy_id: policyId,
        route_id: routeId,
        material: m.material,
        requirement: m.requirement,
        description_zh: m.descriptionZh,
        description_en: m.descriptionEn,
        sort_order: j,
      }),
    );
  });
  rows.schools = input.schools.map((s) => ({ policy_id: policyId, school_id: s.schoolId, seats: s.seats }));
  rows.items = input.pointsItems.map((p, i) => ({
    id: randomUUID(),
    policy_id: policyId,
    key: p.key,
    name_zh: p.nameZh,
    name_en: p.nameEn,
    kind: p.kind,
    weight: p.weight,
    cap: p.cap,
    options: p.options ? JSON.stringify(p.options) : null,
    sort_order: i,
  }));
  return rows;
}

type SchoolNames = Map<string, { nameZh: string; nameEn: string }>;

export function toRulesView(rules: StoredRules, names: SchoolNames): Pick<PolicyView, 'routes' | 'schools' | 'pointsItems'> {
  return {
    routes: rules.routes.map((r) => ({
      code: r.code,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      descriptionZh: r.description_zh,
      descriptionEn: r.description_en,
      admissionBasis: r.admission_basis,
      eligibility: JSON.parse(r.eligibility) as Eligibility,
      materials: rules.materials
        .filter((m) => m.route_id === r.id)
        .map((m) => ({
          material: m.material,
          requirement: m.requirement,
          descriptionZh: m.description_zh,
          descriptionEn: m.description_en,
        })),
    })),
    schools: rules.schools.map((s) => ({
      schoolId: s.school_id,
      nameZh: names.get(s.school_id)?.nameZh ?? '',
      nameEn: names.get(s.school_id)?.nameEn ?? '',
      seats: s.seats,
    })),
    pointsItems: rules.items.map((p) => ({
      key: p.key,
      nameZh: p.name_zh,
      nameEn: p.name_en,
      kind: p.kind,
      weight: p.weight,
      cap: p.cap,
      options: p.options === null ? null : (JSON.parse(p.options) as NonNullable<PolicyView['pointsItems'][number]['options']>),
    })),
  };
}

/** JSON with object keys sorted at every level: the same rules always give the same bytes. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * SHA-256 over what binds families: host district, year, grade, window, preferences, age rule, deadlines,
 * routes with eligibility and materials, schools with seats (by id, order-free), points items. Titles are not rules.
 */
export function rulesHashOf(policy: PolicyView): string {
  const rules = {
    hostRegionId: policy.hostRegionId,
    schoolYear: policy.schoolYear,
    entryGrade: policy.entryGrade,
    window: { opensAt: new Date(policy.windowOpensAt).toISOString(), closesAt: new Date(policy.windowClosesAt).toISOString() },
    maxPreferences: policy.maxPreferences,
    ageRule: { minYears: policy.ageMinYears, cutoffMonthDay: policy.ageCutoffMonthDay },
    publicNoticeDays: policy.publicNoticeDays,
    appealDays: policy.appealDays,
    offerResponseDays: policy.offerResponseDays,
    routes: policy.routes,
    schools: [...policy.schools].sort((a, b) => (a.schoolId < b.schoolId ? -1 : 1)).map((s) => ({ schoolId: s.schoolId, seats: s.seats })),
    pointsItems: policy.pointsItems,
  };
  return createHash('sha256').update(canonicalJson(rules)).digest('hex');
}
