// Request bodies for tests: a complete grade-1 policy with a points route and a non-points route.

const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

export const POINTS_ITEMS = [
  { key: 'residence_months', nameZh: '居住证月数', nameEn: 'Months of residence permit', kind: 'per_month', weight: 0.5, cap: 30, options: null },
  { key: 'social_insurance_months', nameZh: '社保缴费月数', nameEn: 'Months of social insurance', kind: 'per_month', weight: 0.5, cap: 36, options: null },
  {
    key: 'housing',
    nameZh: '住房情况',
    nameEn: 'Housing',
    kind: 'choice',
    weight: 0,
    cap: 20,
    options: [
      { value: 'owned', labelZh: '自有住房', labelEn: 'Owned home', points: 20 },
      { value: 'rented', labelZh: '租赁住房', labelEn: 'Rented home', points: 10 },
    ],
  },
];

export const ROUTES = [
  {
    code: 'points',
    nameZh: '积分入学',
    nameEn: 'Points route',
    descriptionZh: '按积分排序',
    descriptionEn: 'Ranked by points',
    admissionBasis: 'points',
    eligibility: { minResidencePermitMonths: 6, minSocialInsuranceMonths: 6, monthsAsOf: '2027-05-31', requiresEmploymentProof: true, hukouOutsideHost: true },
    materials: [
      { material: 'residence_permit', requirement: 'mandatory', descriptionZh: '本区居住证', descriptionEn: 'Residence permit of the district' },
      { material: 'social_insurance_record', requirement: 'mandatory', descriptionZh: '社保缴费证明', descriptionEn: 'Social insurance record' },
      { material: 'housing_proof', requirement: 'optional', descriptionZh: '房产证或租赁合同', descriptionEn: 'Deed or lease' },
    ],
  },
  {
    code: 'non_points',
    nameZh: '非积分入学',
    nameEn: 'Non-points route',
    descriptionZh: '符合条件即可',
    descriptionEn: 'Eligibility only',
    admissionBasis: 'no_points',
    eligibility: { hukouOutsideHost: true },
    materials: [
      { material: 'hukou_register', requirement: 'mandatory', descriptionZh: '户口簿', descriptionEn: 'Household register' },
      { material: 'birth_certificate', requirement: 'mandatory', descriptionZh: '出生医学证明', descriptionEn: 'Birth certificate' },
    ],
  },
];

let sequence = 0;

/** A complete policy body for the bureau and schools given (seats 90, 45, …). */
export function policyBody(bureauId: string, schoolIds: string[], changes: Record<string, unknown> = {}) {
  const n = sequence++;
  return {
    bureauId,
    schoolYear: 2027,
    entryGrade: 'g1',
    titleZh: `2027年随迁子女小学一年级招生政策${n}`,
    titleEn: `2027 grade-1 enrollment of migrant children ${n}`,
    windowOpensAt: inDays(30),
    windowClosesAt: inDays(60),
    maxPreferences: Math.min(2, schoolIds.length || 1),
    ageMinYears: 6,
    ageCutoffMonthDay: '08-31',
    publicNoticeDays: 7,
    appealDays: 5,
    offerResponseDays: 7,
    reportDate: '2027-08-30',
    reportNoteZh: '上午 8:30 至 11:30，由家长陪同到学校报到',
    reportNoteEn: '8:30 to 11:30 am, with a parent',
    routes: ROUTES,
    schools: schoolIds.map((schoolId, i) => ({ schoolId, seats: i === 0 ? 90 : 45 })),
    pointsItems: POINTS_ITEMS,
    ...changes,
  };
}

/** The PUT body of a policy as the API returned it, with changes. */
export function updateBody(view: Record<string, unknown>, changes: Record<string, unknown> = {}) {
  const {
    schoolYear,
    entryGrade,
    titleZh,
    titleEn,
    windowOpensAt,
    windowClosesAt,
    maxPreferences,
    ageMinYears,
    ageCutoffMonthDay,
    publicNoticeDays,
    appealDays,
    offerResponseDays,
    routes,
    pointsItems,
    version,
  } = view;
  const { reportDate, reportNoteZh, reportNoteEn } = view;
  const schools = (view.schools as { schoolId: string; seats: number }[]).map(({ schoolId, seats }) => ({ schoolId, seats }));
  return {
    schoolYear,
    entryGrade,
    titleZh,
    titleEn,
    windowOpensAt,
    windowClosesAt,
    maxPreferences,
    ageMinYears,
    ageCutoffMonthDay,
    publicNoticeDays,
    appealDays,
    offerResponseDays,
    reportDate,
    reportNoteZh,
    reportNoteEn,
    routes,
    schools,
    pointsItems,
    version,
    ...changes,
  };
}
