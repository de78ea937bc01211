import type { Grade, Stage } from './directory.ts';

/** Domain vocabulary of cross-region enrollment (异地就学), shared by server and web (GLOSSARY.md, Enrollment). */
export const POLICY_STATUSES = ['draft', 'published', 'closed'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** Points route (积分入学) or a route decided by eligibility alone. */
export const ADMISSION_BASES = ['points', 'no_points'] as const;
export type AdmissionBasis = (typeof ADMISSION_BASES)[number];

export const MATERIALS = [
  'residence_permit',
  'employment_proof',
  'labour_contract',
  'business_licence',
  'social_insurance_record',
  'hukou_register',
  'birth_certificate',
  'housing_proof',
  'other',
] as const;
export type Material = (typeof MATERIALS)[number];

export const MATERIAL_REQUIREMENTS = ['mandatory', 'optional'] as const;
export type MaterialRequirement = (typeof MATERIAL_REQUIREMENTS)[number];

/** per_month: weight points per declared month; choice: the points of the chosen option. Both capped. */
export const POINTS_ITEM_KINDS = ['per_month', 'choice'] as const;
export type PointsItemKind = (typeof POINTS_ITEM_KINDS)[number];

/**
 * The per-month points items whose declared months a route's minimum months are checked against
 * (a route's eligibility names months; the family declares them as these points items).
 */
export const ELIGIBILITY_MONTHS_ITEMS = { residence_permit_months: 'residence_months', social_insurance_months: 'social_insurance_months' } as const;

/** The stage a school must offer to take pupils into a grade. */
export function stageOfGrade(grade: Grade): Stage {
  if (grade.startsWith('k')) return 'kindergarten';
  const year = Number(grade.slice(1));
  return year <= 6 ? 'primary' : year <= 9 ? 'junior' : 'senior';
}

export interface AgeRule {
  schoolYear: number;
  ageMinYears: number | null;
  /** 'MM-DD', e.g. '08-31'; null only together with ageMinYears. */
  ageCutoffMonthDay: string | null;
}

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

/** A real calendar date 'YYYY-MM-DD' (no 2021-02-29, no 2027-04-31). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A month-day that exists in some year ('02-29' does, '02-30' does not). */
export const isMonthDay = (value: string): boolean => isCalendarDate(`2000-${value}`);

/**
 * "ageMinYears old by the cutoff of the school year": born on or before the cutoff day of
 * (schoolYear − ageMinYears). A cutoff of 02-29 falls back to 02-28 in common years.
 */
export function meetsAgeRule(birthDate: string, rule: AgeRule): boolean {
  if (!isCalendarDate(birthDate)) throw new RangeError(`not a calendar date: ${birthDate}`);
  if (rule.ageMinYears === null || rule.ageCutoffMonthDay === null) return true;
  const year = rule.schoolYear - rule.ageMinYears;
  const [month, day] = rule.ageCutoffMonthDay.split('-').map(Number) as [number, number];
  const cutoff = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;
  return birthDate <= cutoff;
}
