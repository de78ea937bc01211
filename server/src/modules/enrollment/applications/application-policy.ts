import { deploymentTime } from '../../../platform/time/deployment-time.ts';
import type { AdmissionBasis, AgeRule, Material, MaterialRequirement } from '../../../../../common/enrollment.ts';
import { meetsAgeRule } from '../../../../../common/enrollment.ts';
import type { PointsItem, PointsOption } from '../../../../../common/enrollment-points.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import * as policies from '../policies/policies.repository.ts';
import type { Eligibility } from '../policies/policies.schemas.ts';

/** The rules of a published policy an application is held to (read through the policies module's queries). */
export interface RouteFacts {
  id: string;
  code: string;
  nameZh: string;
  nameEn: string;
  admissionBasis: AdmissionBasis;
  eligibility: Eligibility;
  materials: { material: Material; requirement: MaterialRequirement; descriptionZh: string; descriptionEn: string }[];
}

export interface PolicyFacts {
  policy: policies.PolicyRow;
  routes: RouteFacts[];
  schoolIds: string[];
  pointsItems: PointsItem[];
}

export async function loadPolicyFacts(db: DbOrTx, policyId: string): Promise<PolicyFacts | undefined> {
  const policy = await policies.findPolicy(db, policyId);
  if (!policy) return undefined;
  const rules = await policies.findRules(db, policyId);
  return {
    policy,
    routes: rules.routes.map((r) => ({
      id: r.id,
      code: r.code,
      nameZh: r.name_zh,
      nameEn: r.name_en,
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
    schoolIds: rules.schools.map((s) => s.school_id),
    pointsItems: rules.items.map((p) => ({
      key: p.key,
      nameZh: p.name_zh,
      nameEn: p.name_en,
      kind: p.kind,
      weight: p.weight,
      cap: p.cap,
      options: p.options === null ? null : (JSON.parse(p.options) as PointsOption[]),
    })),
  };
}

/** A policy families may apply to: published (a draft reads as missing, as it does on the policies routes). */
export async function loadPublishedPolicy(db: DbOrTx, policyId: string): Promise<PolicyFacts> {
  const facts = await loadPolicyFacts(db, policyId);
  if (!facts || facts.policy.status === 'draft') throw notFound();
  if (facts.policy.status !== 'published') throw new AppError('enrollment.policy_not_open', 409);
  return facts;
}

export function routeByCode(facts: PolicyFacts, code: string): RouteFacts {
  const route = facts.routes.find((r) => r.code === code);
  if (!route) throw new AppError('enrollment.route_unknown', 400, { route: code }, [{ field: '/routeCode', message: '' }]);
  return route;
}

export function routeById(facts: PolicyFacts, id: string): RouteFacts {
  const route = facts.routes.find((r) => r.id === id);
  if (!route) throw new Error(`route ${id} is not a route of policy ${facts.policy.id}`);
  return route;
}

/** '2027-05-01T00:00:00.000Z' → '2027-05-01 08:00' (in Asia/Shanghai): how families read times (the window, deadlines). */
export const beijingTime = (iso: string): string => deploymentTime(iso);

const windowClosed = (facts: PolicyFacts) =>
  new AppError('enrollment.window_closed', 409, { opensAt: beijingTime(facts.policy.window_opens_at), closesAt: beijingTime(facts.policy.window_closes_at) });

export const isWindowOpen = (facts: PolicyFacts, now: string): boolean =>
  facts.policy.status === 'published' && facts.policy.window_opens_at <= now && now < facts.policy.window_closes_at;

/** Submitting needs the window open now. */
export function assertWindowOpen(facts: PolicyFacts, now: string): void {
  if (!isWindowOpen(facts, now)) throw windowClosed(facts);
}

/** Drafts may be prepared before the window opens, not after it closed. */
export function assertDraftable(facts: PolicyFacts, now: string): void {
  if (now >= facts.policy.window_closes_at) throw windowClosed(facts);
}

export const ageRuleOf = (facts: PolicyFacts): AgeRule => ({
  schoolYear: facts.policy.school_year,
  ageMinYears: facts.policy.age_min_years,
  ageCutoffMonthDay: facts.policy.age_cutoff_month_day,
});

/** "Six years old by 31 August": the policy's age rule for the child's birth date. */
export function assertAgeRule(facts: PolicyFacts, birthDate: string): void {
  const { school_year: schoolYear, age_min_years: years, age_cutoff_month_day: cutoff } = facts.policy;
  if (meetsAgeRule(birthDate, { schoolYear, ageMinYears: years, ageCutoffMonthDay: cutoff })) return;
  // The message names the day by which the child must have the age: 31 August of the school year.
  throw new AppError('enrollment.age_rule_not_met', 409, { years: years ?? 0, cutoff: `${schoolYear}-${cutoff ?? ''}` });
}
