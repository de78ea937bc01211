import type { Actor } from '../../platform/access/actor.ts';
import { systemAuditContext } from '../../platform/audit/audit.ts';
import { loadGrants } from '../../platform/auth/sessions.ts';
import type { Db } from '../../platform/db/database.ts';
import { createPolicy, publishPolicy } from '../../modules/enrollment/policies/policies.service.ts';
import type { CreatePolicyBody } from '../../modules/enrollment/policies/policies.schemas.ts';
import { organizationSeeds } from './data/organizations.data.ts';

const BUREAU_ID = 'bureau-jiangbei';
const ADMIN_USERNAME = 'jiangbei.admin';
const SCHOOL_YEAR = 2027;
const DESIGNATED_SCHOOLS = ['school-guanyinqiao', 'school-xincun-shiyan', 'school-huaxin-shiyan', 'school-liyuchi', 'school-yudaishan', 'school-peixin'];

const DAY_MS = 24 * 60 * 60 * 1000;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
/** Midnight (China time, UTC+8) of the day `days` away from `now`. */
function chinaMidnight(now: Date, days: number): Date {
  const local = now.getTime() + CHINA_OFFSET_MS + days * DAY_MS;
  return new Date(local - (local % DAY_MS) - CHINA_OFFSET_MS);
}

const ROUTES: CreatePolicyBody['routes'] = [
  {
    code: 'points',
    nameZh: '积分入学',
    nameEn: 'Admission by points',
    descriptionZh: '父母一方持本区居住证并连续缴纳社保的随迁子女，按积分由高到低在志愿学校间分配学位。',
    descriptionEn:
      'Children of parents holding a district residence permit and paying social insurance; seats are allocated across the preferred schools by points, highest first.',
    admissionBasis: 'points',
    eligibility: {
      minResidencePermitMonths: 6,
      minSocialInsuranceMonths: 6,
      monthsAsOf: `${SCHOOL_YEAR}-05-31`,
      requiresEmploymentProof: true,
      hukouOutsideHost: true,
    },
    materials: [
      {
        material: 'residence_permit',
        requirement: 'mandatory',
        descriptionZh: '父母一方在有效期内的江北区居住证',
        descriptionEn: 'A valid Jiangbei District residence permit of one parent',
      },
      {
        material: 'social_insurance_record',
        requirement: 'mandatory',
        descriptionZh: '社保缴费明细（社保经办机构出具）',
        descriptionEn: 'Social insurance contribution record issued by the social insurance office',
      },
      {
        material: 'employment_proof',
        requirement: 'mandatory',
        descriptionZh: '用人单位出具的在职证明',
        descriptionEn: 'Proof of employment issued by the employer',
      },
      {
        material: 'business_licence',
        requirement: 'optional',
        descriptionZh: '个体经营者提供营业执照（代替在职证明）',
        descriptionEn: 'Business licence, for the self-employed (instead of proof of employment)',
      },
      {
        material: 'hukou_register',
        requirement: 'mandatory',
        descriptionZh: '儿童及父母的户口簿',
        descriptionEn: 'Household register of the child and parents',
      },
      { material: 'birth_certificate', requirement: 'mandatory', descriptionZh: '儿童出生医学证明', descriptionEn: "The child's birth certificate" },
      {
        material: 'housing_proof',
        requirement: 'optional',
        descriptionZh: '房产证、租赁备案合同或单位宿舍证明',
        descriptionEn: 'Title deed, registered lease or employer dormitory certificate',
      },
    ],
  },
  {
    code: 'non_points',
    nameZh: '政策性照顾',
    nameEn: 'Policy-based admission',
    descriptionZh: '现役军人、消防救援人员子女及经认定的引进人才子女等，符合条件即统筹安排入学，不计积分。',
    descriptionEn: 'Children of active servicemen, firefighters and recognised talent, among others: placed when eligible, without points.',
    admissionBasis: 'no_points',
    eligibility: { hukouOutsideHost: true },
    materials: [
      {
        material: 'hukou_register',
        requirement: 'mandatory',
        descriptionZh: '儿童及父母的户口簿',
        descriptionEn: 'Household register of the child and parents',
      },
      { material: 'birth_certificate', requirement: 'mandatory', descriptionZh: '儿童出生医学证明', descriptionEn: "The child's birth certificate" },
      {
        material: 'other',
        requirement: 'mandatory',
        descriptionZh: '军人证、消防救援证或人才认定证书等照顾对象证明',
        descriptionEn: 'Proof of the entitlement: service card, firefighter card or talent certificate',
      },
    ],
  },
];

const POINTS_ITEMS: CreatePolicyBody['pointsItems'] = [
  { key: 'residence_months', nameZh: '居住证月数', nameEn: 'Months of residence permit', kind: 'per_month', weight: 0.5, cap: 30, options: null },
  { key: 'social_insurance_months', nameZh: '社保缴费月数', nameEn: 'Months of social insurance', kind: 'per_month', weight: 1, cap: 60, options: null },
  {
    key: 'housing',
    nameZh: '住房情况',
    nameEn: 'Housing',
    kind: 'choice',
    weight: 0,
    cap: 20,
    options: [
      { value: 'owned', labelZh: '自有住房', labelEn: 'Own home', points: 20 },
      { value: 'rented', labelZh: '租赁住房', labelEn: 'Rented home', points: 10 },
      { value: 'dormitory', labelZh: '单位宿舍', labelEn: 'Employer dormitory', points: 8 },
    ],
  },
];

function g1Seats(schoolId: string): number {
  const seats = organizationSeeds.find((o) => o.key === schoolId)?.seatsPerGrade.g1;
  if (seats === undefined) throw new Error(`demo school without grade-1 seats: ${schoolId}`);
  return seats;
}

/** The published policy's body. The real 2027 window would be 2027-05-10 → 2027-06-10 (China time). */
export function demoPolicyBody(now = new Date()): CreatePolicyBody {
  return {
    bureauId: BUREAU_ID,
    schoolYear: SCHOOL_YEAR,
    entryGrade: 'g1',
    titleZh: '2027年江北区随迁子女小学一年级入学',
    titleEn: 'Jiangbei District 2027 grade-1 admission for migrant children',
    // The demo must be living: the window is open today (from 10 days ago to the end of the 30th day ahead).
    windowOpensAt: chinaMidnight(now, -10).toISOString(),
    windowClosesAt: new Date(chinaMidnight(now, 31).getTime() - 1000).toISOString(),
    maxPreferences: 3,
    ageMinYears: 6,
    ageCutoffMonthDay: '08-31',
    publicNoticeDays: 7,
    appealDays: 10,
    offerResponseDays: 7,
    reportDate: `${SCHOOL_YEAR}-08-30`,
    reportNoteZh: '上午 8:30 至 11:30，由家长陪同，携带本通知书和所列材料原件到学校报到',
    reportNoteEn: '8:30 to 11:30 am, with a parent, bringing this notice and the originals of the listed documents',
    routes: ROUTES,
    schools: DESIGNATED_SCHOOLS.map((schoolId) => ({ schoolId, seats: g1Seats(schoolId) })),
    pointsItems: POINTS_ITEMS,
  };
}

async function bureauAdmin(db: Db): Promise<Actor> {
  const user = await db.selectFrom('users').select(['id', 'display_name', 'locale']).where('username', '=', ADMIN_USERNAME).executeTakeFirst();
  if (!user) throw new Error(`demo account missing: ${ADMIN_USERNAME}`);
  return { userId: user.id, displayName: user.display_name, locale: user.locale, sessionId: 'seed', grants: await loadGrants(db, user.id) };
}

/**
 * A published grade-1 policy of Jiangbei District, created and published through the policy service
 * as its bureau admin so every rule is checked. Returns 0 when such a policy already exists.
 */
export async function seedDemoEnrollmentPolicy(db: Db): Promise<number> {
  const existing = await db
    .selectFrom('enrollment_policies')
    .select('id')
    .where('bureau_id', '=', BUREAU_ID)
    .where('school_year', '=', SCHOOL_YEAR)
    .where('entry_grade', '=', 'g1')
    .executeTakeFirst();
  if (existing) return 0;
  const actor = await bureauAdmin(db);
  const audit = systemAuditContext('seed');
  const draft = await createPolicy(db, actor, audit, demoPolicyBody());
  await publishPolicy(db, actor, audit, draft.id, { version: draft.version });
  return 1;
}
