import dayjs, { type Dayjs } from 'dayjs';
import type { Grade } from '../../../../../common/directory.ts';
import type { AdmissionBasis, Material, MaterialRequirement, PointsItemKind } from '../../../../../common/enrollment.ts';
import { fromDeploymentWallClock, toDeploymentWallClock } from '../../../lib/deployment-time.ts';
import type { Policy, PolicyRules } from '../api/policy-types.ts';

/**
 * What the editor edits: the API body's own shape (so the server's field pointers such as
 * '/routes/0/materials/1/material' name form fields directly), with times as dayjs values and
 * empty inputs allowed while typing.
 */
export interface PolicyFormValues {
  titleZh: string;
  titleEn: string;
  schoolYear: number;
  entryGrade: Grade;
  windowOpensAt: Dayjs | null;
  windowClosesAt: Dayjs | null;
  maxPreferences: number;
  hasAgeRule: boolean;
  ageMinYears: number | null;
  ageCutoffMonthDay: string | null;
  publicNoticeDays: number;
  appealDays: number;
  offerResponseDays: number;
  /** The day families report to school, printed on the admission notice (needed to publish). */
  reportDate: Dayjs | null;
  reportNoteZh?: string | null;
  reportNoteEn?: string | null;
  routes: RouteValues[];
  schools: SchoolValues[];
  pointsItems: PointsItemValues[];
}

export interface RouteValues {
  code: string;
  nameZh: string;
  nameEn: string;
  descriptionZh?: string;
  descriptionEn?: string;
  admissionBasis: AdmissionBasis;
  eligibility: {
    minResidencePermitMonths?: number | null;
    minSocialInsuranceMonths?: number | null;
    monthsAsOf?: Dayjs | null;
    requiresEmploymentProof?: boolean;
    hukouOutsideHost: boolean;
  };
  materials: MaterialValues[];
}

export interface MaterialValues {
  material: Material;
  requirement: MaterialRequirement;
  descriptionZh?: string;
  descriptionEn?: string;
}

export interface SchoolValues {
  schoolId: string;
  seats: number | null;
}

export interface PointsItemValues {
  key: string;
  nameZh: string;
  nameEn: string;
  kind: PointsItemKind;
  weight: number | null;
  cap: number | null;
  options?: OptionValues[];
}

export interface OptionValues {
  value: string;
  labelZh: string;
  labelEn: string;
  points: number | null;
}

/** A fresh draft: next year's grade 1 with the usual periods; the bureau fills in the rest. */
export function newPolicyValues(now: Date = new Date()): PolicyFormValues {
  return {
    titleZh: '',
    titleEn: '',
    schoolYear: now.getFullYear() + 1,
    entryGrade: 'g1',
    windowOpensAt: null,
    windowClosesAt: null,
    maxPreferences: 3,
    hasAgeRule: true,
    ageMinYears: 6,
    ageCutoffMonthDay: '08-31',
    publicNoticeDays: 7,
    appealDays: 10,
    offerResponseDays: 7,
    reportDate: null,
    reportNoteZh: '',
    reportNoteEn: '',
    routes: [],
    schools: [],
    pointsItems: [],
  };
}

export function toFormValues(policy: Policy): PolicyFormValues {
  return {
    titleZh: policy.titleZh,
    titleEn: policy.titleEn,
    schoolYear: policy.schoolYear,
    entryGrade: policy.entryGrade,
    // The pickers show and edit the deployment's wall clock (a window opening at 8:00 in Chongqing reads 8:00 on any device).
    windowOpensAt: dayjs(toDeploymentWallClock(policy.windowOpensAt)),
    windowClosesAt: dayjs(toDeploymentWallClock(policy.windowClosesAt)),
    maxPreferences: policy.maxPreferences,
    hasAgeRule: policy.ageMinYears !== null,
    ageMinYears: policy.ageMinYears,
    ageCutoffMonthDay: policy.ageCutoffMonthDay,
    publicNoticeDays: policy.publicNoticeDays,
    appealDays: policy.appealDays,
    offerResponseDays: policy.offerResponseDays,
    reportDate: policy.reportDate ? dayjs(policy.reportDate) : null,
    reportNoteZh: policy.reportNoteZh,
    reportNoteEn: policy.reportNoteEn,
    routes: policy.routes.map((r) => ({
      ...r,
      eligibility: { ...r.eligibility, monthsAsOf: r.eligibility.monthsAsOf ? dayjs(r.eligibility.monthsAsOf) : null },
      materials: r.materials.map((m) => ({ ...m })),
    })),
    schools: policy.schools.map((s) => ({ schoolId: s.schoolId, seats: s.seats })),
    pointsItems: policy.pointsItems.map((p) => ({ ...p, options: p.options?.map((o) => ({ ...o })) ?? [] })),
  };
}

const trimmed = (value: string | null | undefined) => (value ?? '').trim();
const whole = (value: number | null | undefined) => (typeof value === 'number' ? value : 0);

/** Eligibility limits left empty are absent (no limit), not zero. */
function eligibilityOf(values: RouteValues['eligibility']): PolicyRules['routes'][number]['eligibility'] {
  return {
    hukouOutsideHost: values.hukouOutsideHost ?? false,
    ...(typeof values.minResidencePermitMonths === 'number' && { minResidencePermitMonths: values.minResidencePermitMonths }),
    ...(typeof values.minSocialInsuranceMonths === 'number' && { minSocialInsuranceMonths: values.minSocialInsuranceMonths }),
    ...(values.monthsAsOf && { monthsAsOf: values.monthsAsOf.format('YYYY-MM-DD') }),
    ...(values.requiresEmploymentProof && { requiresEmploymentProof: true }),
  };
}

/** A picked window time, read as the deployment's wall clock (an empty one: now). */
const windowTime = (value: Dayjs | null) => (value ? fromDeploymentWallClock(value.format('YYYY-MM-DDTHH:mm:ss')) : new Date().toISOString());

/** The body the server takes. A per-month item has no options; an item with the age rule off sends neither half. */
export function toRules(values: PolicyFormValues): PolicyRules {
  const ageRule = values.hasAgeRule;
  return {
    titleZh: trimmed(values.titleZh),
    titleEn: trimmed(values.titleEn),
    schoolYear: values.schoolYear,
    entryGrade: values.entryGrade,
    windowOpensAt: windowTime(values.windowOpensAt),
    windowClosesAt: windowTime(values.windowClosesAt),
    maxPreferences: values.maxPreferences,
    ageMinYears: ageRule ? (values.ageMinYears ?? null) : null,
    ageCutoffMonthDay: ageRule ? trimmed(values.ageCutoffMonthDay) || null : null,
    publicNoticeDays: whole(values.publicNoticeDays),
    appealDays: whole(values.appealDays),
    offerResponseDays: whole(values.offerResponseDays),
    reportDate: values.reportDate ? values.reportDate.format('YYYY-MM-DD') : null,
    reportNoteZh: trimmed(values.reportNoteZh) || null,
    reportNoteEn: trimmed(values.reportNoteEn) || null,
    routes: (values.routes ?? []).map((r) => ({
      code: trimmed(r.code),
      nameZh: trimmed(r.nameZh),
      nameEn: trimmed(r.nameEn),
      descriptionZh: trimmed(r.descriptionZh),
      descriptionEn: trimmed(r.descriptionEn),
      admissionBasis: r.admissionBasis,
      eligibility: eligibilityOf(r.eligibility ?? { hukouOutsideHost: false }),
      materials: (r.materials ?? []).map((m) => ({
        material: m.material,
        requirement: m.requirement,
        descriptionZh: trimmed(m.descriptionZh),
        descriptionEn: trimmed(m.descriptionEn),
      })),
    })),
    schools: (values.schools ?? []).map((s) => ({ schoolId: s.schoolId, seats: whole(s.seats) })),
    pointsItems: (values.pointsItems ?? []).map((p) => ({
      key: trimmed(p.key),
      nameZh: trimmed(p.nameZh),
      nameEn: trimmed(p.nameEn),
      kind: p.kind,
      weight: p.kind === 'choice' ? 0 : whole(p.weight),
      cap: whole(p.cap),
      options:
        p.kind === 'choice'
          ? (p.options ?? []).map((o) => ({ value: trimmed(o.value), labelZh: trimmed(o.labelZh), labelEn: trimmed(o.labelEn), points: whole(o.points) }))
          : null,
    })),
  };
}

/** The first code of the form `${prefix}_N` not taken yet, for a new route, item or option. */
export function nextCode(prefix: string, taken: readonly (string | undefined)[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}_${n}`)) n += 1;
  return `${prefix}_${n}`;
}
