/**
 * The families of the enrollment demonstration: Sichuan parents working in Jiangbei who apply for a grade-1
 * seat for their child. Invented people: names, numbers, employers and addresses are drawn from these
 * pools by a seeded generator (../enrollment-applications-demo/families.ts); any likeness to real persons is a coincidence.
 */
import type { ApplicationStatus, WorkKind } from '../../../../../common/enrollment-application.ts';
import type { Material } from '../../../../../common/enrollment.ts';

/** A hukou place in Sichuan (GB/T 2260 county-level code). Nearby cities send the most families to Chongqing. */
export interface OriginSeed {
  divisionCode: string;
  placeZh: string;
  /** Rural counties get a 镇/村/组 address, city districts a street address. */
  isRural: boolean;
  /** Relative share of the demo families. */
  weight: number;
}

export const originSeeds: OriginSeed[] = [
  { divisionCode: '510106', placeZh: '四川省成都市金牛区', isRural: false, weight: 2 },
  { divisionCode: '510107', placeZh: '四川省成都市武侯区', isRural: false, weight: 1 },
  { divisionCode: '510116', placeZh: '四川省成都市双流区', isRural: false, weight: 1 },
  { divisionCode: '510185', placeZh: '四川省成都市简阳市', isRural: true, weight: 1 },
  { divisionCode: '510603', placeZh: '四川省德阳市旌阳区', isRural: false, weight: 1 },
  { divisionCode: '510623', placeZh: '四川省德阳市中江县', isRural: true, weight: 1 },
  { divisionCode: '511902', placeZh: '四川省巴中市巴州区', isRural: false, weight: 1 },
  { divisionCode: '511923', placeZh: '四川省巴中市平昌县', isRural: true, weight: 2 },
  { divisionCode: '511921', placeZh: '四川省巴中市通江县', isRural: true, weight: 1 },
  { divisionCode: '510502', placeZh: '四川省泸州市江阳区', isRural: false, weight: 1 },
  { divisionCode: '510521', placeZh: '四川省泸州市泸县', isRural: true, weight: 1 },
  { divisionCode: '511302', placeZh: '四川省南充市顺庆区', isRural: false, weight: 1 },
  { divisionCode: '511321', placeZh: '四川省南充市南部县', isRural: true, weight: 2 },
  { divisionCode: '511322', placeZh: '四川省南充市营山县', isRural: true, weight: 2 },
  { divisionCode: '511381', placeZh: '四川省南充市阆中市', isRural: true, weight: 1 },
  { divisionCode: '511602', placeZh: '四川省广安市广安区', isRural: false, weight: 2 },
  { divisionCode: '511623', placeZh: '四川省广安市邻水县', isRural: true, weight: 3 },
  { divisionCode: '511622', placeZh: '四川省广安市武胜县', isRural: true, weight: 2 },
  { divisionCode: '511621', placeZh: '四川省广安市岳池县', isRural: true, weight: 2 },
  { divisionCode: '511725', placeZh: '四川省达州市渠县', isRural: true, weight: 2 },
  { divisionCode: '511502', placeZh: '四川省宜宾市翠屏区', isRural: false, weight: 1 },
  { divisionCode: '510781', placeZh: '四川省绵阳市江油市', isRural: true, weight: 1 },
];

export const TOWNS = ['新华', '永安', '太平', '石桥', '白鹤', '龙凤', '金山', '双河', '观音', '三合'];
export const VILLAGES = ['和平', '红岩', '青杠', '柏林', '桂花', '凉水', '长岭', '大湾', '石堰', '新房'];
export const CITY_ROADS = ['人民路', '滨江路', '建设路', '文化路', '解放路', '新华路', '北环路', '学府路'];

/** Common surnames in Sichuan, with a few typical of the province (苟, 蒲, 冉, 母). */
export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '何', '罗', '唐', '蒋', '谢', '曾', '邓', '彭', '冯',
  '袁', '任', '向', '雷', '廖', '苟', '蒲', '冉', '母', '文',
];
export const BOY_NAMES = ['子墨', '宇轩', '浩宇', '梓睿', '俊熙', '沐宸', '铭泽', '奕辰', '锦程', '皓轩', '承泽', '一鸣', '思远', '嘉树', '明哲', '天佑'];
export const GIRL_NAMES = ['若汐', '梓涵', '欣怡', '语桐', '诗涵', '可馨', '雨萱', '芷若', '安然', '思妍', '一诺', '佳怡', '梦瑶', '书瑶', '紫萱', '晨曦'];
export const MEN_NAMES = ['建华', '志强', '海军', '明亮', '国平', '小兵', '德明', '俊', '勇', '超', '磊', '涛', '洪波', '正权', '家富', '文斌'];
export const WOMEN_NAMES = ['丽', '娟', '敏', '燕', '霞', '晓梅', '春燕', '秀英', '静', '琴', '芳', '婷', '红梅', '小琴', '玉兰', '雪'];

/** Employers and kinds of work in Jiangbei (invented names). Self-employed families also show a business licence. */
export const EMPLOYERS: { name: string | null; workKind: WorkKind }[] = [
  { name: '重庆嘉陵印象餐饮管理有限公司', workKind: 'employed' },
  { name: '重庆江北明远物流有限公司', workKind: 'employed' },
  { name: '重庆鸿恩装饰工程有限公司', workKind: 'employed' },
  { name: '重庆北城商贸有限公司', workKind: 'employed' },
  { name: '重庆港城建筑劳务有限公司', workKind: 'employed' },
  { name: '重庆观音桥商圈物业服务有限公司', workKind: 'employed' },
  { name: '重庆寸滩港口装卸有限公司', workKind: 'employed' },
  { name: '重庆江北嘴金融服务外包有限公司', workKind: 'employed' },
  { name: '重庆五里店汽车维修有限公司', workKind: 'employed' },
  { name: '重庆鱼嘴智能制造有限公司', workKind: 'employed' },
  { name: '重庆石马河家政服务有限公司', workKind: 'employed' },
  { name: '江北区观音桥个体水果店', workKind: 'self_employed' },
  { name: '江北区大石坝个体小面馆', workKind: 'self_employed' },
  { name: '江北区华新街个体五金店', workKind: 'self_employed' },
  { name: null, workKind: 'flexible' },
];

/** Streets (街道) of Jiangbei District with some of their roads. */
export const JIANGBEI_STREETS: { street: string; roads: string[] }[] = [
  { street: '观音桥街道', roads: ['建新北路', '建新东路', '洋河路', '红石路'] },
  { street: '华新街街道', roads: ['华新街', '嘉陵一村', '北城一路'] },
  { street: '五里店街道', roads: ['五里店路', '港城路', '鸿恩路'] },
  { street: '石马河街道', roads: ['石马河路', '南桥寺路'] },
  { street: '大石坝街道', roads: ['大石坝正街', '石门路'] },
  { street: '寸滩街道', roads: ['寸滩路', '海尔路'] },
  { street: '江北城街道', roads: ['江北城西大街', '聚贤岩广场'] },
  { street: '郭家沱街道', roads: ['郭家沱正街', '望江路'] },
];

/** A moment of the story: `daysAgo` China days before today at a time of day, or `hoursAgo` hours before now. */
export type Moment = { daysAgo: number; at: string } | { hoursAgo: number };
export const day = (daysAgo: number, at: string): Moment => ({ daysAgo, at });
export const hoursAgo = (hours: number): Moment => ({ hoursAgo: hours });

/** How an application reached its status, where there is more than one way (default: the usual one). */
export type DemoPath =
  | 'usual'
  | 'assisted' // filed by the reviewer at the service counter (窗口代办)
  | 'after_supplement' // a supplement was asked for and supplied before the decision
  | 'appeal_upheld' // rejected by the colleague reviewer, appealed, approved by the demo reviewer
  | 'appeal_dismissed' // rejected by the demo reviewer, appealed, dismissed by the colleague
  | 'appeal_open' // rejected by the colleague reviewer and appealed: the demo reviewer may decide
  | 'manual_placement' // left without a seat by round 1, then placed by hand (统筹安排)
  | 'from_draft'; // withdrawn before it was submitted

/** What the people in the story wrote: reasons the family reads, the family's own words. */
export interface DemoTexts {
  /** Documents the reviewer rejected, with the reason shown to the family. */
  rejectedDocuments?: Partial<Record<Material, string>>;
  supplementMessage?: string;
  rejection?: string;
  appeal?: string;
  /** What the family attached to the appeal. */
  appealEvidence?: Material | 'appeal_evidence';
  appealDecision?: string;
  declineReason?: string;
}

/**
 * One demo application: where it ends and when each of its steps happened. Steps a path does not have are
 * left out; allocation (round 1), the offers' answers and arrivals happen at the seed's shared moments.
 */
export interface DemoCase {
  status: ApplicationStatus;
  path: DemoPath;
  route: 'points' | 'non_points';
  /** First preference, a designated school of the demo policy. */
  school: string;
  created: Moment;
  submitted?: Moment;
  /** A supplement request (after_supplement, supplement_requested). */
  supplement?: Moment;
  /** The family's answer to it (after_supplement). */
  resupplied?: Moment;
  /** The reviewer's approval or rejection. */
  decided?: Moment;
  appealed?: Moment;
  appealDecided?: Moment;
  withdrawn?: Moment;
  /** For accepted and later: the family's answer to the offer; for a manual placement: when it was made. */
  responded?: Moment;
  /** Points lower than the others (the unplaced). */
  isLowPoints?: boolean;
  /** A draft's documents not uploaded yet. */
  missingDocuments?: Material[];
  texts?: DemoTexts;
}

const XINCUN = 'school-xincun-shiyan';
const GUANYINQIAO = 'school-guanyinqiao';
const HUAXIN = 'school-huaxin-shiyan';
const LIYUCHI = 'school-liyuchi';
const YUDAISHAN = 'school-yudaishan';
const PEIXIN = 'school-peixin';

/** Every status of common/enrollment-application.ts at least once; 新村实验小学 gets the admitted pupils its school admin sees. */
export const demoCases: DemoCase[] = [
  // Round 1 of the allocation placed these (their review ended before the 公示).
  { status: 'enrolled', path: 'usual', route: 'points', school: XINCUN, created: day(9, '19:40'), submitted: day(9, '20:15'), decided: day(7, '10:20'), responded: day(2, '19:30') },
  { status: 'enrolled', path: 'usual', route: 'points', school: XINCUN, created: day(9, '08:05'), submitted: day(9, '08:30'), decided: day(6, '09:40'), responded: day(2, '08:50') },
  { status: 'enrolled', path: 'usual', route: 'non_points', school: XINCUN, created: day(8, '12:10'), submitted: day(8, '12:35'), decided: day(6, '11:05'), responded: day(2, '13:15') },
  { status: 'no_show', path: 'usual', route: 'points', school: XINCUN, created: day(9, '21:00'), submitted: day(9, '21:30'), decided: day(7, '15:10'), responded: day(2, '21:40') },
  { status: 'accepted', path: 'usual', route: 'points', school: XINCUN, created: day(8, '20:00'), submitted: day(8, '20:45'), decided: day(6, '14:30'), responded: day(2, '09:15') },
  { status: 'accepted', path: 'usual', route: 'points', school: XINCUN, created: day(8, '07:50'), submitted: day(8, '07:55'), decided: day(6, '16:00'), responded: day(2, '12:40') },
  {
    status: 'accepted', path: 'after_supplement', route: 'points', school: XINCUN, created: day(9, '10:00'), submitted: day(9, '10:25'),
    supplement: day(8, '15:00'), resupplied: day(7, '19:30'), decided: day(6, '10:10'), responded: day(1, '18:20'),
    texts: { rejectedDocuments: { employment_proof: '在职证明缺少单位公章' }, supplementMessage: '请上传加盖单位公章的在职证明。' },
  },
  { status: 'accepted', path: 'usual', route: 'points', school: GUANYINQIAO, created: day(7, '13:00'), submitted: day(7, '13:20'), decided: day(6, '15:45'), responded: day(2, '20:05') },
  { status: 'declined', path: 'usual', route: 'points', school: HUAXIN, created: day(9, '18:30'), submitted: day(9, '18:50'), decided: day(7, '11:30'), responded: day(2, '10:00'),
    texts: { declineReason: '家庭工作调动，孩子随父母回户籍地入学' } },
  { status: 'declined', path: 'usual', route: 'points', school: LIYUCHI, created: day(7, '09:00'), submitted: day(7, '09:10'), decided: day(6, '09:20'), responded: day(1, '11:45'),
    texts: { declineReason: '已被离家更近的学校录取' } },
  { status: 'placed', path: 'usual', route: 'points', school: GUANYINQIAO, created: day(8, '21:10'), submitted: day(8, '21:40'), decided: day(6, '10:50') },
  { status: 'placed', path: 'usual', route: 'points', school: YUDAISHAN, created: day(7, '19:00'), submitted: day(7, '19:35'), decided: day(6, '16:40') },
  { status: 'placed', path: 'usual', route: 'non_points', school: PEIXIN, created: day(7, '11:00'), submitted: day(7, '11:30'), decided: day(6, '17:10') },
  // Approved late, after the 公示; round 1 left them without a seat.
  { status: 'unplaced', path: 'usual', route: 'points', school: GUANYINQIAO, created: day(8, '20:20'), submitted: day(8, '20:40'), decided: day(4, '10:30'), isLowPoints: true },
  { status: 'unplaced', path: 'usual', route: 'points', school: HUAXIN, created: day(7, '21:15'), submitted: day(7, '21:50'), decided: day(4, '14:20'), isLowPoints: true },
  { status: 'placed', path: 'manual_placement', route: 'points', school: HUAXIN, created: day(8, '18:00'), submitted: day(8, '18:30'), decided: day(4, '15:30'), responded: day(1, '10:30'), isLowPoints: true },
  // Approved since round 1: they wait for round 2.
  { status: 'approved', path: 'usual', route: 'points', school: XINCUN, created: day(6, '20:30'), submitted: day(6, '21:00'), decided: day(2, '10:15') },
  { status: 'approved', path: 'usual', route: 'points', school: GUANYINQIAO, created: day(5, '12:00'), submitted: day(5, '12:30'), decided: day(1, '09:50') },
  { status: 'approved', path: 'usual', route: 'non_points', school: HUAXIN, created: day(5, '08:30'), submitted: day(5, '09:00'), decided: day(1, '16:30') },
  {
    status: 'approved', path: 'appeal_upheld', route: 'points', school: LIYUCHI, created: day(8, '19:00'), submitted: day(8, '19:20'),
    decided: day(6, '11:40'), appealed: day(5, '20:10'), appealDecided: day(2, '15:00'),
    texts: {
      rejection: '在职证明的单位与社保缴费单位不一致，无法认定在本区稳定就业', appeal: '今年 3 月换了工作，新旧单位都在江北区，社保没有中断，附离职证明和新单位劳动合同。',
      appealEvidence: 'appeal_evidence', appealDecision: '新旧单位均在本区且社保连续缴纳，符合积分入学条件，撤销原决定。',
    },
  },
  // Rejected: the family may still appeal (the policy gives 10 days), or the appeal was dismissed.
  {
    status: 'rejected', path: 'usual', route: 'points', school: XINCUN, created: day(7, '20:00'), submitted: day(7, '20:30'), decided: day(4, '11:10'),
    texts: { rejectedDocuments: { residence_permit: '居住证为渝北区签发，不是本区居住证' }, rejection: '父母双方均未持有江北区居住证，不符合本区积分入学条件。' },
  },
  {
    status: 'rejected', path: 'usual', route: 'non_points', school: GUANYINQIAO, created: day(6, '19:10'), submitted: day(6, '19:30'), decided: day(3, '10:40'),
    texts: { rejectedDocuments: { other: '军人保障卡已过有效期' }, rejection: '照顾对象证明已过有效期，不符合政策性照顾条件，可改按积分入学申请。' },
  },
  {
    status: 'rejected', path: 'appeal_dismissed', route: 'points', school: YUDAISHAN, created: day(9, '12:00'), submitted: day(9, '12:20'),
    decided: day(7, '16:20'), appealed: day(6, '21:00'), appealDecided: day(3, '14:50'),
    texts: {
      rejectedDocuments: { social_insurance_record: '本市社保缴费仅 4 个月' }, rejection: '在本市连续缴纳社保不足 6 个月，不符合积分入学申请条件。',
      appeal: '来渝之前在成都连续缴纳社保两年，请一并计算缴费月数。', appealEvidence: 'appeal_evidence',
      appealDecision: '外省缴费月数不计入本市社保缴费月数，维持原决定。',
    },
  },
  // Appeals waiting for the demo reviewer (the colleague rejected them).
  {
    status: 'appealed', path: 'appeal_open', route: 'points', school: GUANYINQIAO, created: day(8, '09:30'), submitted: day(8, '09:50'), decided: day(5, '10:00'), appealed: day(3, '19:45'),
    texts: {
      rejection: '社保缴费单位注册地在渝中区，不能认定在本区就业。', appeal: '公司注册在渝中区，但我一直在江北区观音桥门店上班，附单位出具的工作地点证明。',
      appealEvidence: 'appeal_evidence',
    },
  },
  {
    status: 'appealed', path: 'appeal_open', route: 'points', school: PEIXIN, created: day(7, '18:10'), submitted: day(7, '18:40'), decided: day(4, '16:10'), appealed: day(2, '08:40'),
    texts: {
      rejectedDocuments: { residence_permit: '居住证已于上月过期' }, rejection: '居住证已过有效期，不符合申请条件。',
      appeal: '居住证上周已经续签，附新居住证照片，请重新审核。', appealEvidence: 'residence_permit',
    },
  },
  // The family has something to re-upload before the deadline.
  {
    status: 'supplement_requested', path: 'usual', route: 'points', school: HUAXIN, created: day(5, '20:00'), submitted: day(5, '20:20'), supplement: day(2, '10:30'),
    texts: { rejectedDocuments: { social_insurance_record: '缴费明细缺少最近 6 个月' }, supplementMessage: '请补充最近 12 个月的社保缴费明细（需社保经办机构盖章）。' },
  },
  {
    status: 'supplement_requested', path: 'usual', route: 'points', school: XINCUN, created: day(4, '21:10'), submitted: day(4, '21:30'), supplement: day(1, '14:15'),
    texts: {
      rejectedDocuments: { residence_permit: '只上传了居住证正面', employment_proof: '在职证明缺少单位公章' },
      supplementMessage: '请上传居住证正反面，以及加盖单位公章的在职证明。',
    },
  },
  {
    status: 'supplement_requested', path: 'usual', route: 'non_points', school: LIYUCHI, created: day(4, '07:40'), submitted: day(4, '08:00'), supplement: day(1, '16:45'),
    texts: { rejectedDocuments: { other: '复印件模糊，无法核实证件编号' }, supplementMessage: '请上传部队出具的军人身份证明原件扫描件。' },
  },
  // The reviewer's inbox: waiting from a few hours to nine days.
  { status: 'submitted', path: 'usual', route: 'points', school: GUANYINQIAO, created: day(9, '22:00'), submitted: day(9, '22:10') },
  { status: 'submitted', path: 'usual', route: 'points', school: XINCUN, created: day(7, '08:20'), submitted: day(7, '08:40') },
  { status: 'submitted', path: 'usual', route: 'non_points', school: YUDAISHAN, created: day(5, '18:00'), submitted: day(5, '18:30') },
  { status: 'submitted', path: 'usual', route: 'points', school: HUAXIN, created: day(3, '20:30'), submitted: day(3, '21:05') },
  { status: 'submitted', path: 'usual', route: 'points', school: LIYUCHI, created: day(2, '19:00'), submitted: day(2, '19:15') },
  { status: 'submitted', path: 'usual', route: 'points', school: PEIXIN, created: day(1, '12:10'), submitted: day(1, '12:30') },
  { status: 'submitted', path: 'usual', route: 'points', school: GUANYINQIAO, created: hoursAgo(5), submitted: hoursAgo(4) },
  { status: 'submitted', path: 'assisted', route: 'points', school: XINCUN, created: day(2, '10:40'), submitted: day(2, '10:40') },
  {
    status: 'submitted', path: 'after_supplement', route: 'points', school: YUDAISHAN, created: day(6, '20:00'), submitted: day(6, '20:40'),
    supplement: day(4, '09:30'), resupplied: day(1, '20:50'),
    texts: { rejectedDocuments: { hukou_register: '户口簿缺少儿童本人页' }, supplementMessage: '请补充上传户口簿中儿童本人的一页。' },
  },
  // Still being filled in.
  { status: 'draft', path: 'usual', route: 'points', school: XINCUN, created: day(2, '21:30'), missingDocuments: ['social_insurance_record', 'hukou_register'] },
  { status: 'draft', path: 'usual', route: 'non_points', school: GUANYINQIAO, created: day(1, '22:00'), missingDocuments: ['hukou_register', 'birth_certificate', 'other'] },
  // Withdrawn by the family.
  { status: 'withdrawn', path: 'usual', route: 'points', school: HUAXIN, created: day(8, '19:50'), submitted: day(8, '20:10'), withdrawn: day(5, '09:00') },
  { status: 'withdrawn', path: 'from_draft', route: 'points', school: LIYUCHI, created: day(6, '13:00'), withdrawn: day(4, '18:30') },
];

/** The demo guardian (周女士, 13800000001) and her twins, who both start school in 2027. */
export const demoGuardianCases: DemoCase[] = [
  {
    status: 'supplement_requested', path: 'usual', route: 'points', school: GUANYINQIAO, created: day(4, '20:30'), submitted: day(4, '21:05'), supplement: day(1, '15:20'),
    texts: { rejectedDocuments: { residence_permit: '照片反光，证件有效期看不清' }, supplementMessage: '居住证照片反光看不清有效期，请在光线充足处重新拍摄后上传。' },
  },
  { status: 'draft', path: 'usual', route: 'points', school: GUANYINQIAO, created: day(1, '21:40'), missingDocuments: ['birth_certificate'] },
];

/** Shared moments of the bureau's work. */
export const POLICY_PUBLISHED = day(12, '10:00');
export const PUBLIC_LIST_PUBLISHED = day(5, '17:00');
export const ROUND_ONE_RUN = day(3, '10:00');
export const ARRIVALS_RECORDED = day(1, '09:30');
