import type { Policy, PolicyListItem, PolicyRoute } from '../../types.ts';

export type WindowState = PolicyListItem['windowState'];

/** Where the application window stands, by the server's clock (a phone's clock may be wrong or set to another zone). */
export const windowState = (policy: Pick<PolicyListItem, 'windowState'>): WindowState => policy.windowState;

/** Open windows first (closing soonest first), then upcoming ones, then closed ones. */
export function sortForFamilies<T extends Pick<PolicyListItem, 'windowClosesAt' | 'windowState'>>(policies: T[]): T[] {
  const order: Record<WindowState, number> = { open: 0, upcoming: 1, closed: 2 };
  return [...policies].sort((a, b) => order[windowState(a)] - order[windowState(b)] || Date.parse(a.windowClosesAt) - Date.parse(b.windowClosesAt));
}

/** One sentence of a route's eligibility: a message key (family.eligibility.*) and its values. */
export interface EligibilityLine {
  key: 'hukouOutsideHost' | 'minResidencePermitMonths' | 'minSocialInsuranceMonths' | 'monthsAsOf' | 'requiresEmploymentProof';
  months?: number;
  /** 'YYYY-MM-DD' (monthsAsOf: up to which day the months are counted). */
  date?: string;
}

/** A route's eligibility rules as sentences a family reads before choosing it. */
export function eligibilityLines(eligibility: PolicyRoute['eligibility']): EligibilityLine[] {
  const lines: EligibilityLine[] = [];
  if (eligibility.hukouOutsideHost) lines.push({ key: 'hukouOutsideHost' });
  if (eligibility.minResidencePermitMonths) lines.push({ key: 'minResidencePermitMonths', months: eligibility.minResidencePermitMonths });
  if (eligibility.minSocialInsuranceMonths) lines.push({ key: 'minSocialInsuranceMonths', months: eligibility.minSocialInsuranceMonths });
  if (eligibility.monthsAsOf && (eligibility.minResidencePermitMonths || eligibility.minSocialInsuranceMonths))
    lines.push({ key: 'monthsAsOf', date: eligibility.monthsAsOf });
  if (eligibility.requiresEmploymentProof) lines.push({ key: 'requiresEmploymentProof' });
  return lines;
}

/** The day by which a child must have reached the minimum age ('2021-08-31' for grade 1 of 2027), or null. */
export function ageCutoffDate(policy: Pick<Policy, 'schoolYear' | 'ageMinYears' | 'ageCutoffMonthDay'>): { date: string; years: number } | null {
  if (policy.ageMinYears === null || policy.ageCutoffMonthDay === null) return null;
  return { date: `${policy.schoolYear}-${policy.ageCutoffMonthDay}`, years: policy.ageMinYears };
}
