/**
 * The cooperation network named in the two reports (../shared/context beside the checkout): Jiangbei's
 * agreements with Deyang, Chengdu Qingyang, Bazhong and Luzhou and its friendly schools in batches, the
 * Liangjiang–Tianfu agreement, communities and smart-education alliance, and the twin-city vocational
 * new-energy-vehicle alliance. Dates, batches and the communities' names are demonstration values.
 * Keys are organization keys of organizations.data.ts.
 */
import type { AllianceRole, FocusArea, ProfileTag } from '../../../../../common/cooperation.ts';

export interface AgreementSeed {
  title: string;
  parties: string[];
  focusAreas: FocusArea[];
  scope: string;
  signedOn: string;
  endsOn: string | null;
  /** A draft waiting for the other parties: only these have confirmed. Absent means in force. */
  confirmedBy?: string[];
}

export const agreementSeeds: AgreementSeed[] = [
  {
    title: '重庆市江北区与德阳市教育合作框架协议', parties: ['bureau-jiangbei', 'bureau-deyang'], focusAreas: ['management', 'cadre_training', 'teaching_research'],
    scope: '互派干部挂职、教师跟岗研修、友好学校结对和教育资源共享。', signedOn: '2020-11-18', endsOn: null,
  },
  {
    title: '重庆市江北区与成都市青羊区教育协同发展协议', parties: ['bureau-jiangbei', 'bureau-qingyang'], focusAreas: ['curriculum', 'evaluation_reform', 'teacher_development'],
    scope: '8 对 16 所学校结对，课程共建、评价改革和教师交流。', signedOn: '2021-04-22', endsOn: null,
  },
  {
    title: '重庆市江北区与巴中市教育帮扶合作协议', parties: ['bureau-jiangbei', 'bureau-bazhong'], focusAreas: ['management', 'teacher_development', 'resource_sharing'],
    scope: '学校管理、教师培训、送教下乡和优质资源共享。', signedOn: '2021-09-10', endsOn: null,
  },
  {
    title: '重庆市江北区与泸州市教育合作协议', parties: ['bureau-jiangbei', 'bureau-luzhou'], focusAreas: ['teaching_research', 'vocational_programs'],
    scope: '联合教研和职业教育合作。', signedOn: '2022-05-26', endsOn: null,
  },
  {
    title: '两江新区与天府新区教育协同发展合作协议', parties: ['bureau-liangjiang', 'bureau-tianfu'], focusAreas: ['management', 'smart_education', 'teaching_research', 'family_education'],
    scope: '联席会议、改革试点、学校发展共同体、智慧教育联盟和联合教研。', signedOn: '2021-12-08', endsOn: null,
  },
  {
    title: '江北区与泸州市职业教育合作补充协议', parties: ['bureau-jiangbei', 'bureau-luzhou'], focusAreas: ['vocational_programs', 'resource_sharing'],
    scope: '新能源汽车专业共建、实训基地共享和中职学生跨区域实习。', signedOn: '2026-10-15', endsOn: '2029-08-31',
    confirmedBy: ['bureau-luzhou'],
  },
];

export interface PairingSeed {
  schools: [string, string];
  batch: number;
  focusAreas: FocusArea[];
  startsOn: string;
  /** The agreement (by title) it belongs to. */
  agreement: string | null;
  /** No exchange in the last months: shows as dormant. */
  quiet?: boolean;
}

const DEYANG = agreementSeeds[0]!.title;
const QINGYANG = agreementSeeds[1]!.title;
const BAZHONG = agreementSeeds[2]!.title;

/** Jiangbei's friendly schools, in four batches (the report: 4 batches, 30 pairs; these are the named ones). */
export const pairingSeeds: PairingSeed[] = [
  { schools: ['school-xincun-shiyan', 'school-deyang-shiyan'], batch: 1, focusAreas: ['management', 'curriculum'], startsOn: '2021-03-01', agreement: DEYANG },
  { schools: ['school-huaxin-shiyan', 'school-bazhong-shiyan-1'], batch: 1, focusAreas: ['management', 'teacher_development'], startsOn: '2021-09-01', agreement: BAZHONG },
  { schools: ['school-xubeihong', 'school-deyang-2'], batch: 1, focusAreas: ['cadre_training', 'teaching_research'], startsOn: '2021-03-01', agreement: DEYANG },
  { schools: ['school-xincun-shiyan', 'school-paotongshu'], batch: 2, focusAreas: ['curriculum', 'evaluation_reform'], startsOn: '2021-09-01', agreement: QINGYANG },
  { schools: ['school-xubeihong', 'school-shishi-lianzhong'], batch: 2, focusAreas: ['management', 'cadre_training', 'curriculum'], startsOn: '2021-09-01', agreement: QINGYANG },
  { schools: ['school-chongqing-18', 'school-shishi-chengfei'], batch: 2, focusAreas: ['teaching_research', 'evaluation_reform'], startsOn: '2021-09-01', agreement: QINGYANG },
  { schools: ['school-huaxin-shiyan', 'school-pingchang-6'], batch: 3, focusAreas: ['teacher_development', 'resource_sharing'], startsOn: '2022-03-01', agreement: BAZHONG, quiet: true },
  { schools: ['school-xincun-kindergarten', 'school-yingshan-jiguan-kindergarten'], batch: 3, focusAreas: ['teacher_development', 'curriculum'], startsOn: '2022-03-01', agreement: null },
  { schools: ['school-zishui', 'school-chengdu-7'], batch: 4, focusAreas: ['smart_education', 'teaching_research'], startsOn: '2022-09-01', agreement: null },
];

export interface CommunitySeed {
  name: string;
  lead: string;
  members: string[];
  foundedOn: string;
  description: string;
  /** Schools that asked to join and wait for the lead school's decision. */
  requested?: string[];
  /** Former members: their membership history. */
  formerMembers?: { school: string; joinedOn: string; leftOn: string; reason: string }[];
}

/** Liangjiang–Tianfu school development communities (学校发展共同体). */
export const communitySeeds: CommunitySeed[] = [
  { name: '两江—天府小学语文教研共同体', lead: 'school-tongxin', members: ['school-tianfu-huayang-primary', 'school-liangjiang-jinshan'], foundedOn: '2022-03-15', description: '小学语文联合教研、同课异构和青年教师共同成长。' },
  { name: '两江—天府家庭教育共同体', lead: 'school-chongguang', members: ['school-tianfu-shiyan-primary'], foundedOn: '2022-09-20', description: '家校共育课程和家庭教育优秀案例交流。' },
  { name: '两江—天府中学发展共同体', lead: 'school-tianfu-no1', members: ['school-liangjiang-shiyan-middle', 'school-tianfu-no2'], foundedOn: '2022-04-10', description: '中学课程改革、拔尖创新人才培养和教学评价改革。' },
  { name: '两江—天府学前教育共同体', lead: 'school-liangjiang-kindergarten', members: ['school-tianfu-kindergarten'], foundedOn: '2023-03-01', description: '幼儿园游戏课程和保教质量评估。' },
  // Jiangbei's friendly schools working as communities (the report: 新村实验小学's 《互动发展协议书》 with Deyang and
  // Chengdu; 华新实验小学 with two Bazhong schools). Names are demonstration values.
  {
    name: '成渝小学互动发展共同体', lead: 'school-xincun-shiyan', members: ['school-deyang-shiyan', 'school-paotongshu'], foundedOn: '2021-10-12',
    description: '三校互相借鉴办学经验，共同开展课程建设、联合教研和青年教师培养。', requested: ['school-guanyinqiao'],
    formerMembers: [{ school: 'school-peixin', joinedOn: '2021-10-12', leftOn: '2023-07-10', reason: '学校调整对口帮扶方向' }],
  },
  { name: '江北—巴中教育帮扶共同体', lead: 'school-huaxin-shiyan', members: ['school-bazhong-shiyan-1', 'school-pingchang-6'], foundedOn: '2022-04-20', description: '送教送培、学校管理指导和优质课程资源共享。' },
];

export interface AllianceSeed {
  name: string;
  description: string;
  focusAreas: FocusArea[];
  foundedOn: string;
  members: { organization: string; role: AllianceRole }[];
}

export const allianceSeeds: AllianceSeed[] = [
  {
    name: '两江天府智慧教育联盟', description: '跨城同上一堂课，远程课堂统一管理，数字资源共建共享。', focusAreas: ['smart_education', 'resource_sharing'], foundedOn: '2022-06-18',
    members: [
      { organization: 'coordination-liangjiang-tianfu', role: 'chair' },
      { organization: 'research-liangjiang', role: 'vice_chair' }, { organization: 'research-tianfu', role: 'vice_chair' },
      { organization: 'school-tongxin', role: 'standing_member' }, { organization: 'school-tianfu-no1', role: 'standing_member' },
      ...['school-chongguang', 'school-liangjiang-jinshan', 'school-liangjiang-shiyan-middle', 'school-liangjiang-kindergarten', 'school-tianfu-huayang-primary',
        'school-tianfu-shiyan-primary', 'school-tianfu-no2', 'school-tianfu-kindergarten'].map((organization) => ({ organization, role: 'member' as const })),
    ],
  },
  {
    name: '成渝双城职业院校新能源汽车产教联盟', description: '新能源汽车专业共建、实训基地共享和校企合作。', focusAreas: ['vocational_programs', 'resource_sharing'], foundedOn: '2022-11-05',
    members: [
      // Founded by 两江职业教育中心 with 北川七一职业中学 (the Jiangbei report).
      { organization: 'school-liangjiang-vocational', role: 'chair' }, { organization: 'school-beichuan-qiyi-vocational', role: 'vice_chair' },
      { organization: 'school-chengdu-auto-vocational', role: 'standing_member' }, { organization: 'school-cq-women-vocational', role: 'standing_member' },
      { organization: 'school-pingchang-vocational', role: 'member' }, { organization: 'school-linshui-vocational', role: 'member' },
    ],
  },
];

/** Strengths and needs for the partner finder. */
export const profileSeeds: Record<string, { strengths: ProfileTag[]; needs: ProfileTag[] }> = {
  'school-xincun-shiyan': { strengths: ['chinese', 'curriculum', 'smart_education'], needs: ['english', 'arts'] },
  'school-huaxin-shiyan': { strengths: ['mathematics', 'management'], needs: ['science', 'information_technology'] },
  'school-guanyinqiao': { strengths: ['chinese', 'family_education'], needs: ['mathematics', 'evaluation_reform'] },
  'school-liyuchi': { strengths: ['physical_education', 'arts'], needs: ['chinese', 'teaching_research'] },
  'school-xubeihong': { strengths: ['arts', 'management'], needs: ['physics', 'chemistry'] },
  'school-chongqing-18': { strengths: ['physics', 'mathematics'], needs: ['english', 'mental_health'] },
  'school-xincun-kindergarten': { strengths: ['early_childhood', 'curriculum'], needs: ['family_education'] },
  'school-paotongshu': { strengths: ['english', 'arts', 'evaluation_reform'], needs: ['chinese', 'smart_education'] },
  'school-deyang-shiyan': { strengths: ['science', 'labour_education'], needs: ['curriculum', 'management'] },
  'school-bazhong-shiyan-1': { strengths: ['labour_education'], needs: ['mathematics', 'management', 'teacher_development'] },
  'school-pingchang-6': { strengths: ['music'], needs: ['chinese', 'mathematics', 'smart_education'] },
  'school-shishi-lianzhong': { strengths: ['english', 'mathematics', 'evaluation_reform'], needs: ['arts'] },
  'school-shishi-chengfei': { strengths: ['information_technology'], needs: ['physics', 'cadre_training'] },
  'school-chengdu-7': { strengths: ['mathematics', 'physics', 'smart_education'], needs: ['labour_education'] },
  'school-yingshan-jiguan-kindergarten': { strengths: ['labour_education'], needs: ['early_childhood', 'curriculum'] },
  'school-tongxin': { strengths: ['chinese', 'smart_education'], needs: ['english'] },
  'school-tianfu-huayang-primary': { strengths: ['english', 'science'], needs: ['chinese'] },
};
