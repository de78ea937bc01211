import type { WorkKind } from '../../../../../common/enrollment-application.ts';
import { ELIGIBILITY_MONTHS_ITEMS, meetsAgeRule, type AdmissionBasis, type AgeRule, type Material } from '../../../../../common/enrollment.ts';
import type { DeclaredPoints, PointsItem } from '../../../../../common/enrollment-points.ts';
import type { Eligibility } from '../policies/policies.schemas.ts';
import type { Problem } from './applications.problems.ts';

/**
 * The route's eligibility, rule by rule, for one application: checked when the family submits and shown to the
 * reviewer. isMet null: the application cannot tell (the months are not declared on a route without points,
 * a document waits for review); the reviewer judges it on the documents.
 */
export type EligibilityRule = 'residence_permit_months' | 'social_insurance_months' | 'employment' | 'material' | 'age_minimum' | 'age_usual';

export interface EligibilityCheck {
  rule: EligibilityRule;
  isMet: boolean | null;
  /** Months (the two month rules), years (the age rules). */
  required: number | null;
  declared: number | null;
  material: Material | null;
}

export interface EligibilityInput {
  eligibility: Eligibility;
  admissionBasis: AdmissionBasis;
  pointsItems: PointsItem[];
  declared: DeclaredPoints;
  workKind: WorkKind | null;
  mandatoryMaterials: Material[];
  /** Per material of the application's live documents (not superseded, not rejected, not appeal evidence): accepted or still pending. */
  documents: Map<Material, 'accepted' | 'pending'>;
  birthDate: string;
  ageRule: AgeRule;
}

/** Materials that prove work; a route asking for employment proof that lists any of them needs one. */
const EMPLOYMENT_MATERIALS: readonly Material[] = ['employment_proof', 'labour_contract', 'business_licence'];
const WORKING: readonly WorkKind[] = ['employed', 'self_employed', 'flexible'];
/** Older than the grade's usual age by more than this many years is flagged to the reviewer. */
const USUAL_AGE_SPAN_YEARS = 2;

function monthsCheck(rule: 'residence_permit_months' | 'social_insurance_months', required: number, input: EligibilityInput): EligibilityCheck {
  const key = ELIGIBILITY_MONTHS_ITEMS[rule];
  const item = input.pointsItems.find((i) => i.key === key && i.kind === 'per_month');
  if (input.admissionBasis !== 'points' || !item) return { rule, isMet: null, required, declared: null, material: null };
  const value = input.declared[key];
  const declared = typeof value === 'number' ? value : 0;
  return { rule, isMet: declared >= required, required, declared, material: null };
}

function ageChecks({ birthDate, ageRule }: EligibilityInput): EligibilityCheck[] {
  if (ageRule.ageMinYears === null) return [];
  const minimum = { rule: 'age_minimum' as const, isMet: meetsAgeRule(birthDate, ageRule), required: ageRule.ageMinYears, declared: null, material: null };
  // Old enough for USUAL_AGE_SPAN_YEARS + 1 more years by the cutoff: more than two years above the usual age.
  const isOlder = meetsAgeRule(birthDate, { ...ageRule, ageMinYears: ageRule.ageMinYears + USUAL_AGE_SPAN_YEARS + 1 });
  return [minimum, { rule: 'age_usual', isMet: !isOlder, required: ageRule.ageMinYears + USUAL_AGE_SPAN_YEARS, declared: null, material: null }];
}

export function eligibilityChecks(input: EligibilityInput): EligibilityCheck[] {
  const { eligibility } = input;
  const checks: EligibilityCheck[] = [];
  if (eligibility.minResidencePermitMonths) checks.push(monthsCheck('residence_permit_months', eligibility.minResidencePermitMonths, input));
  if (eligibility.minSocialInsuranceMonths) checks.push(monthsCheck('social_insurance_months', eligibility.minSocialInsuranceMonths, input));
  if (eligibility.requiresEmploymentProof) {
    const listed = input.mandatoryMaterials.filter((m) => EMPLOYMENT_MATERIALS.includes(m));
    const isWorking = input.workKind !== null && WORKING.includes(input.workKind);
    const hasProof = listed.length === 0 || listed.some((m) => input.documents.has(m));
    // Not working is unmet; working with the proof still to come (documents that follow a paper filing, or not
    // uploaded yet) is open until the proof is on record; missing documents are refused by their own check.
    checks.push({ rule: 'employment', isMet: !isWorking ? false : hasProof ? true : null, required: null, declared: null, material: null });
  }
  for (const material of input.mandatoryMaterials) {
    const state = input.documents.get(material);
    checks.push({ rule: 'material', isMet: state === 'accepted' ? true : state === 'pending' ? null : false, required: null, declared: null, material });
  }
  return [...checks, ...ageChecks(input)];
}

/**
 * What keeps a family from submitting: declared months below a route's minimum, and no work where the route
 * asks for employment proof. (Missing documents and the minimum age are refused by their own checks.)
 */
export function eligibilityProblems(checks: EligibilityCheck[]): Problem[] {
  return checks.flatMap((c): Problem[] => {
    if (c.isMet !== false) return [];
    if (c.rule === 'residence_permit_months')
      return [
        { field: `/declaredPoints/${ELIGIBILITY_MONTHS_ITEMS[c.rule]}`, key: 'residence_months_below', params: { min: c.required!, months: c.declared! } },
      ];
    if (c.rule === 'social_insurance_months')
      return [
        {
          field: `/declaredPoints/${ELIGIBILITY_MONTHS_ITEMS[c.rule]}`,
          key: 'social_insurance_months_below',
          params: { min: c.required!, months: c.declared! },
        },
      ];
    if (c.rule === 'employment') return [{ field: '/workKind', key: 'employment_required' }];
    return [];
  });
}
