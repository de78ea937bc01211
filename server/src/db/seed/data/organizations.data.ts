/**
 * Organizations used by the demonstration seed: education bureaus, the Liangjiang–Tianfu coordination
 * body, teaching-research institutes and schools.
 *
 * Bureaus, bodies and schools are the ones named in the two source reports (../shared/context beside the checkout),
 * plus a few plausible Jiangbei schools so that the district has a realistic set of designated schools.
 * School codes are invented 10-digit 学校标识码-like values ('2' + the region's division code + a serial;
 * '2509901…' and '2519901…' for the Liangjiang and Tianfu new areas). Addresses, coordinates, pupil and
 * teacher counts and seats are approximate demonstration values, not official figures.
 */
import type { Grade, OrganizationKind, Stage } from '../../../../../common/directory.ts';

export interface OrganizationSeed {
  /** Stable slug, unique, e.g. 'bureau-jiangbei', 'school-xincun-shiyan'. */
  key: string;
  kind: OrganizationKind;
  nameZh: string;
  nameEn: string;
  /** An id from regionSeeds. */
  regionId: string;
  /** 10-digit 学校标识码-like code for schools; null otherwise. */
  code: string | null;
  /** Schools only; null otherwise. */
  ownership: 'public' | 'private' | null;
  /** Schools only; [] otherwise. */
  stages: Stage[];
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  pupilCount: number | null;
  teacherCount: number | null;
  /** Entry-grade seats (k1, g1, g7, g10), schools only; {} otherwise. */
  seatsPerGrade: Partial<Record<Grade, number>>;
  website: string | null;
}

export const organizationSeeds: OrganizationSeed[] = [
  // Education bureaus: province and municipality
  {
    key: 'bureau-chongqing', kind: 'bureau',
    nameZh: '重庆市教育委员会',
    nameEn: 'Chongqing Municipal Education Commission',
    regionId: '500000', code: null, ownership: null, stages: [],
    address: '重庆市渝北区人和街道',
    latitude: 29.6530, longitude: 106.5210, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: 'https://jw.cq.gov.cn',
  },
  {
    key: 'bureau-sichuan', kind: 'bureau',
    nameZh: '四川省教育厅',
    nameEn: 'Sichuan Provincial Department of Education',
    regionId: '510000', code: null, ownership: null, stages: [],
    address: '四川省成都市青羊区陕西街26号',
    latitude: 30.6622, longitude: 104.0638, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: 'https://edu.sc.gov.cn',
  },

  // Education bureaus: Chongqing
  {
    key: 'bureau-jiangbei', kind: 'bureau',
    nameZh: '重庆市江北区教育委员会',
    nameEn: 'Chongqing Jiangbei District Education Commission',
    regionId: '500105', code: null, ownership: null, stages: [],
    address: '重庆市江北区建新北路',
    latitude: 29.5772, longitude: 106.5336, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-yuzhong', kind: 'bureau',
    nameZh: '重庆市渝中区教育委员会',
    nameEn: 'Chongqing Yuzhong District Education Commission',
    regionId: '500103', code: null, ownership: null, stages: [],
    address: '重庆市渝中区人民路',
    latitude: 29.5619, longitude: 106.5531, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  // named as the lead unit of the 2025 Liangjiang–Tianfu report
  {
    key: 'bureau-liangjiang', kind: 'bureau',
    nameZh: '重庆两江新区教育局',
    nameEn: 'Chongqing Liangjiang New Area Education Bureau',
    regionId: 'X50001', code: null, ownership: null, stages: [],
    address: '重庆市渝北区金开大道',
    latitude: 29.6486, longitude: 106.5560, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },

  // Education bureaus: Sichuan
  // named as the partner unit of the 2025 Liangjiang–Tianfu report
  {
    key: 'bureau-tianfu', kind: 'bureau',
    nameZh: '四川天府新区教育和卫生健康局',
    nameEn: 'Sichuan Tianfu New Area Bureau of Education and Health',
    regionId: 'X51001', code: null, ownership: null, stages: [],
    address: '四川省成都市天府新区华阳街道',
    latitude: 30.4119, longitude: 104.0703, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-chengdu', kind: 'bureau',
    nameZh: '成都市教育局',
    nameEn: 'Chengdu Municipal Education Bureau',
    regionId: '510100', code: null, ownership: null, stages: [],
    address: '四川省成都市高新区锦城大道366号',
    latitude: 30.5712, longitude: 104.0632, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: 'https://edu.chengdu.gov.cn',
  },
  {
    key: 'bureau-qingyang', kind: 'bureau',
    nameZh: '成都市青羊区教育局',
    nameEn: 'Chengdu Qingyang District Education Bureau',
    regionId: '510105', code: null, ownership: null, stages: [],
    address: '四川省成都市青羊区光华北三路',
    latitude: 30.6700, longitude: 104.0200, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-jinjiang', kind: 'bureau',
    nameZh: '成都市锦江区教育局',
    nameEn: 'Chengdu Jinjiang District Education Bureau',
    regionId: '510104', code: null, ownership: null, stages: [],
    address: '四川省成都市锦江区工农院街',
    latitude: 30.6370, longitude: 104.0960, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-wuhou', kind: 'bureau',
    nameZh: '成都市武侯区教育局',
    nameEn: 'Chengdu Wuhou District Education Bureau',
    regionId: '510107', code: null, ownership: null, stages: [],
    address: '四川省成都市武侯区武侯祠大街',
    latitude: 30.6430, longitude: 104.0440, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-longquanyi', kind: 'bureau',
    nameZh: '成都市龙泉驿区教育局',
    nameEn: 'Chengdu Longquanyi District Education Bureau',
    regionId: '510112', code: null, ownership: null, stages: [],
    address: '四川省成都市龙泉驿区龙泉街道',
    latitude: 30.5607, longitude: 104.2692, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-deyang', kind: 'bureau',
    nameZh: '德阳市教育局',
    nameEn: 'Deyang Municipal Education Bureau',
    regionId: '510600', code: null, ownership: null, stages: [],
    address: '四川省德阳市旌阳区岷江西路',
    latitude: 31.1280, longitude: 104.3987, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  // the report names it 巴中市教育和体育局
  {
    key: 'bureau-bazhong', kind: 'bureau',
    nameZh: '巴中市教育和体育局',
    nameEn: 'Bazhong Municipal Bureau of Education and Sports',
    regionId: '511900', code: null, ownership: null, stages: [],
    address: '四川省巴中市巴州区江北大道',
    latitude: 31.8700, longitude: 106.7450, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-pingchang', kind: 'bureau',
    nameZh: '平昌县教育科技局',
    nameEn: 'Pingchang County Bureau of Education and Science',
    regionId: '511923', code: null, ownership: null, stages: [],
    address: '四川省巴中市平昌县江口镇',
    latitude: 31.5628, longitude: 107.1019, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-luzhou', kind: 'bureau',
    nameZh: '泸州市教育和体育局',
    nameEn: 'Luzhou Municipal Bureau of Education and Sports',
    regionId: '510500', code: null, ownership: null, stages: [],
    address: '四川省泸州市江阳区酒城大道',
    latitude: 28.8891, longitude: 105.4433, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-nanchong', kind: 'bureau',
    nameZh: '南充市教育和体育局',
    nameEn: 'Nanchong Municipal Bureau of Education and Sports',
    regionId: '511300', code: null, ownership: null, stages: [],
    address: '四川省南充市顺庆区',
    latitude: 30.7953, longitude: 106.0830, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-yingshan', kind: 'bureau',
    nameZh: '营山县教育科技体育局',
    nameEn: 'Yingshan County Bureau of Education, Science and Sports',
    regionId: '511322', code: null, ownership: null, stages: [],
    address: '四川省南充市营山县朗池镇',
    latitude: 31.0759, longitude: 106.5649, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  // its delegation visited Jiangbei (2023 Jiangbei report)
  {
    key: 'bureau-youxian', kind: 'bureau',
    nameZh: '绵阳市游仙区教育和体育局',
    nameEn: 'Mianyang Youxian District Bureau of Education and Sports',
    regionId: '510704', code: null, ownership: null, stages: [],
    address: '四川省绵阳市游仙区',
    latitude: 31.4848, longitude: 104.7700, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-beichuan', kind: 'bureau',
    nameZh: '北川羌族自治县教育和体育局',
    nameEn: 'Beichuan Qiang Autonomous County Bureau of Education and Sports',
    regionId: '510726', code: null, ownership: null, stages: [],
    address: '四川省绵阳市北川羌族自治县永昌镇',
    latitude: 31.6159, longitude: 104.4681, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'bureau-linshui', kind: 'bureau',
    nameZh: '邻水县教育和体育局',
    nameEn: 'Linshui County Bureau of Education and Sports',
    regionId: '511623', code: null, ownership: null, stages: [],
    address: '四川省广安市邻水县鼎屏镇',
    latitude: 30.3343, longitude: 106.9350, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },

  // Coordination bodies
  // set up jointly by Liangjiang and Tianfu new areas as their coordination body (2025 report, item 三)
  {
    key: 'coordination-liangjiang-tianfu', kind: 'coordination_body',
    nameZh: '两江天府教育改革中心',
    nameEn: 'Liangjiang–Tianfu Education Reform Centre',
    regionId: 'X50001', code: null, ownership: null, stages: [],
    address: '重庆市渝北区金开大道',
    latitude: 29.6486, longitude: 106.5560, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },

  // Teaching-research institutes
  {
    key: 'research-jiangbei', kind: 'research_institute',
    nameZh: '重庆市江北区教师进修学院',
    nameEn: 'Chongqing Jiangbei District Teachers’ College',
    regionId: '500105', code: null, ownership: null, stages: [],
    address: '重庆市江北区观音桥街道',
    latitude: 29.5760, longitude: 106.5350, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  // the report mentions the two new areas’ teaching-research bodies without naming them; demonstration name
  {
    key: 'research-liangjiang', kind: 'research_institute',
    nameZh: '重庆两江新区教师发展中心',
    nameEn: 'Chongqing Liangjiang New Area Teacher Development Centre',
    regionId: 'X50001', code: null, ownership: null, stages: [],
    address: '重庆市渝北区金开大道',
    latitude: 29.6470, longitude: 106.5540, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  // demonstration name, see research-liangjiang
  {
    key: 'research-tianfu', kind: 'research_institute',
    nameZh: '四川天府新区教育科学研究院',
    nameEn: 'Sichuan Tianfu New Area Institute of Education Sciences',
    regionId: 'X51001', code: null, ownership: null, stages: [],
    address: '四川省成都市天府新区华阳街道',
    latitude: 30.4930, longitude: 104.0720, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },
  {
    key: 'research-qingyang', kind: 'research_institute',
    nameZh: '成都市青羊区教育科学研究院',
    nameEn: 'Chengdu Qingyang District Institute of Education Sciences',
    regionId: '510105', code: null, ownership: null, stages: [],
    address: '四川省成都市青羊区',
    latitude: 30.6690, longitude: 104.0450, pupilCount: null, teacherCount: null,
    seatsPerGrade: {}, website: null,
  },

  // Schools: Chongqing Jiangbei (the 2023 Jiangbei report)
  // paired with 德阳实验学校 and 成都市泡桐树小学
  {
    key: 'school-xincun-shiyan', kind: 'school',
    nameZh: '重庆市江北区新村实验小学',
    nameEn: 'Chongqing Jiangbei Xincun Experimental Primary School',
    regionId: '500105', code: '2500105001', ownership: 'public', stages: ['primary'],
    address: '重庆市江北区建新北路二支路',
    latitude: 29.5785, longitude: 106.5392, pupilCount: 2600, teacherCount: 152,
    seatsPerGrade: { g1: 405 }, website: null,
  },
  // paired with 巴中市第一实验小学 and 平昌县第六小学
  {
    key: 'school-huaxin-shiyan', kind: 'school',
    nameZh: '重庆市江北区华新实验小学',
    nameEn: 'Chongqing Jiangbei Huaxin Experimental Primary School',
    regionId: '500105', code: '2500105002', ownership: 'public', stages: ['primary'],
    address: '重庆市江北区华新街',
    latitude: 29.5715, longitude: 106.5462, pupilCount: 1850, teacherCount: 108,
    seatsPerGrade: { g1: 315 }, website: null,
  },
  // admits Sichuan migrant children, e.g. a first-grader from Yibin in the report
  {
    key: 'school-guanyinqiao', kind: 'school',
    nameZh: '重庆市江北区观音桥小学',
    nameEn: 'Chongqing Jiangbei Guanyinqiao Primary School',
    regionId: '500105', code: '2500105003', ownership: 'public', stages: ['primary'],
    address: '重庆市江北区观音桥建新南路',
    latitude: 29.5748, longitude: 106.5331, pupilCount: 2200, teacherCount: 128,
    seatsPerGrade: { g1: 360 }, website: null,
  },
  // lead of 江北新村幼教集团; paired with 营山县机关幼儿园
  {
    key: 'school-xincun-kindergarten', kind: 'school',
    nameZh: '重庆市江北区新村幼儿园',
    nameEn: 'Chongqing Jiangbei Xincun Kindergarten',
    regionId: '500105', code: '2500105004', ownership: 'public', stages: ['kindergarten'],
    address: '重庆市江北区建新北路',
    latitude: 29.5792, longitude: 106.5381, pupilCount: 620, teacherCount: 72,
    seatsPerGrade: { k1: 180 }, website: null,
  },
  // friendly school of 成都石室联合中学 and 德阳市第二中学
  {
    key: 'school-xubeihong', kind: 'school',
    nameZh: '重庆市徐悲鸿中学',
    nameEn: 'Chongqing Xu Beihong Middle School',
    regionId: '500105', code: '2500105005', ownership: 'public', stages: ['junior', 'senior'],
    address: '重庆市江北区盘溪路',
    latitude: 29.5928, longitude: 106.5232, pupilCount: 3100, teacherCount: 265,
    seatsPerGrade: { g7: 500, g10: 450 }, website: null,
  },
  // paired with 成都石室成飞中学 (Jiangbei–Qingyang 8 pairs)
  {
    key: 'school-chongqing-18', kind: 'school',
    nameZh: '重庆市第十八中学',
    nameEn: 'Chongqing No. 18 Middle School',
    regionId: '500105', code: '2500105006', ownership: 'public', stages: ['junior', 'senior'],
    address: '重庆市江北区建新东路',
    latitude: 29.5768, longitude: 106.5478, pupilCount: 4600, teacherCount: 380,
    seatsPerGrade: { g7: 600, g10: 750 }, website: null,
  },
  // base school receiving 成都七中 full-day remote dual-teacher classes since 2020
  {
    key: 'school-zishui', kind: 'school',
    nameZh: '重庆市字水中学',
    nameEn: 'Chongqing Zishui Middle School',
    regionId: '500105', code: '2500105007', ownership: 'public', stages: ['junior', 'senior'],
    address: '重庆市江北区大石坝',
    latitude: 29.5905, longitude: 106.5108, pupilCount: 3300, teacherCount: 255,
    seatsPerGrade: { g7: 450, g10: 500 }, website: null,
  },
  // 九年一贯制; hosted a Sichuan young principals’ delegation
  {
    key: 'school-jiangbeizui-shiyan', kind: 'school',
    nameZh: '重庆市江北区江北嘴实验学校',
    nameEn: 'Chongqing Jiangbei Jiangbeizui Experimental School',
    regionId: '500105', code: '2500105008', ownership: 'public', stages: ['primary', 'junior'],
    address: '重庆市江北区江北城',
    latitude: 29.5688, longitude: 106.5795, pupilCount: 1900, teacherCount: 135,
    seatsPerGrade: { g1: 225, g7: 200 }, website: null,
  },
  // co-founder of the twin-city vocational schools’ new-energy-vehicle alliance
  {
    key: 'school-liangjiang-vocational', kind: 'school',
    nameZh: '重庆市两江职业教育中心',
    nameEn: 'Chongqing Liangjiang Vocational Education Centre',
    regionId: '500105', code: '2500105009', ownership: 'public', stages: ['vocational'],
    address: '重庆市江北区复盛镇',
    latitude: 29.6210, longitude: 106.6880, pupilCount: 4000, teacherCount: 270,
    seatsPerGrade: { g10: 1400 }, website: null,
  },
  // leads the 中职教育分会 of the Chongqing brand-building association
  {
    key: 'school-cq-women-vocational', kind: 'school',
    nameZh: '重庆市女子职业高级中学',
    nameEn: 'Chongqing Women’s Vocational High School',
    regionId: '500105', code: '2500105010', ownership: 'public', stages: ['vocational'],
    address: '重庆市江北区红石路',
    latitude: 29.5818, longitude: 106.5312, pupilCount: 2800, teacherCount: 205,
    seatsPerGrade: { g10: 950 }, website: null,
  },
  {
    key: 'school-liyuchi', kind: 'school',
    nameZh: '重庆市江北区鲤鱼池小学',
    nameEn: 'Chongqing Jiangbei Liyuchi Primary School',
    regionId: '500105', code: '2500105011', ownership: 'public', stages: ['primary'],
    address: '重庆市江北区鲤鱼池',
    latitude: 29.5822, longitude: 106.5298, pupilCount: 1450, teacherCount: 86,
    seatsPerGrade: { g1: 225 }, website: null,
  },
  {
    key: 'school-yudaishan', kind: 'school',
    nameZh: '重庆市江北区玉带山小学',
    nameEn: 'Chongqing Jiangbei Yudaishan Primary School',
    regionId: '500105', code: '2500105012', ownership: 'public', stages: ['primary'],
    address: '重庆市江北区玉带山',
    latitude: 29.5868, longitude: 106.5352, pupilCount: 1700, teacherCount: 98,
    seatsPerGrade: { g1: 270 }, website: null,
  },
  {
    key: 'school-peixin', kind: 'school',
    nameZh: '重庆市江北区培新小学',
    nameEn: 'Chongqing Jiangbei Peixin Primary School',
    regionId: '500105', code: '2500105013', ownership: 'public', stages: ['primary'],
    address: '重庆市江北区五里店',
    latitude: 29.5818, longitude: 106.5630, pupilCount: 1150, teacherCount: 72,
    seatsPerGrade: { g1: 180 }, website: null,
  },
  {
    key: 'school-jiangbei-middle', kind: 'school',
    nameZh: '重庆市江北中学校',
    nameEn: 'Chongqing Jiangbei Middle School',
    regionId: '500105', code: '2500105014', ownership: 'public', stages: ['junior', 'senior'],
    address: '重庆市江北区建新北路',
    latitude: 29.5852, longitude: 106.5488, pupilCount: 3700, teacherCount: 300,
    seatsPerGrade: { g7: 450, g10: 600 }, website: null,
  },
  // invented private kindergarten for demonstration
  {
    key: 'school-qimingxing-kindergarten', kind: 'school',
    nameZh: '重庆市江北区启明星幼儿园',
    nameEn: 'Chongqing Jiangbei Qimingxing Kindergarten',
    regionId: '500105', code: '2500105015', ownership: 'private', stages: ['kindergarten'],
    address: '重庆市江北区北滨一路',
    latitude: 29.5668, longitude: 106.5598, pupilCount: 280, teacherCount: 34,
    seatsPerGrade: { k1: 90 }, website: null,
  },

  // Schools: Liangjiang and Tianfu new areas (the 2025 report)
  // hosted the twin-city family-education seminar
  {
    key: 'school-chongguang', kind: 'school',
    nameZh: '重庆两江新区重光小学校',
    nameEn: 'Chongqing Liangjiang New Area Chongguang Primary School',
    regionId: 'X50001', code: '2509901001', ownership: 'public', stages: ['primary'],
    address: '重庆市渝北区大竹林街道',
    latitude: 29.6318, longitude: 106.5072, pupilCount: 1650, teacherCount: 102,
    seatsPerGrade: { g1: 270 }, website: null,
  },
  // lead school of 童心小学教育集团; hosted the twin-city principals’ studio forum
  {
    key: 'school-tongxin', kind: 'school',
    nameZh: '重庆两江新区童心小学校',
    nameEn: 'Chongqing Liangjiang New Area Tongxin Primary School',
    regionId: 'X50001', code: '2509901002', ownership: 'public', stages: ['primary'],
    address: '重庆市渝北区金山街道',
    latitude: 29.6620, longitude: 106.5530, pupilCount: 2100, teacherCount: 128,
    seatsPerGrade: { g1: 315 }, website: null,
  },
  // not named in the report; added as a Tianfu partner school
  {
    key: 'school-tianfu-no1', kind: 'school',
    nameZh: '四川天府新区第一中学',
    nameEn: 'Sichuan Tianfu New Area No. 1 Middle School',
    regionId: 'X51001', code: '2519901001', ownership: 'public', stages: ['junior', 'senior'],
    address: '四川省成都市天府新区华阳街道',
    latitude: 30.4955, longitude: 104.0745, pupilCount: 3600, teacherCount: 290,
    seatsPerGrade: { g7: 550, g10: 600 }, website: null,
  },
  // The report counts 23 Liangjiang–Tianfu school development communities of 46 schools without naming
  // them: the following schools carry demonstration names, so that the communities have members.
  {
    key: 'school-liangjiang-jinshan', kind: 'school',
    nameZh: '重庆两江新区金山小学校',
    nameEn: 'Chongqing Liangjiang New Area Jinshan Primary School',
    regionId: 'X50001', code: '2509901003', ownership: 'public', stages: ['primary'],
    address: '重庆市渝北区金山街道',
    latitude: 29.6585, longitude: 106.5450, pupilCount: 1500, teacherCount: 92,
    seatsPerGrade: { g1: 225 }, website: null,
  },
  {
    key: 'school-liangjiang-shiyan-middle', kind: 'school',
    nameZh: '重庆两江新区第一实验中学校',
    nameEn: 'Chongqing Liangjiang New Area No. 1 Experimental Middle School',
    regionId: 'X50001', code: '2509901004', ownership: 'public', stages: ['junior', 'senior'],
    address: '重庆市渝北区礼嘉街道',
    latitude: 29.6280, longitude: 106.4920, pupilCount: 2900, teacherCount: 230,
    seatsPerGrade: { g7: 450, g10: 450 }, website: null,
  },
  {
    key: 'school-liangjiang-kindergarten', kind: 'school',
    nameZh: '重庆两江新区第一幼儿园',
    nameEn: 'Chongqing Liangjiang New Area No. 1 Kindergarten',
    regionId: 'X50001', code: '2509901005', ownership: 'public', stages: ['kindergarten'],
    address: '重庆市渝北区人和街道',
    latitude: 29.6420, longitude: 106.5300, pupilCount: 450, teacherCount: 48,
    seatsPerGrade: { k1: 150 }, website: null,
  },
  {
    key: 'school-tianfu-huayang-primary', kind: 'school',
    nameZh: '四川天府新区华阳小学',
    nameEn: 'Sichuan Tianfu New Area Huayang Primary School',
    regionId: 'X51001', code: '2519901002', ownership: 'public', stages: ['primary'],
    address: '四川省成都市天府新区华阳街道',
    latitude: 30.4980, longitude: 104.0610, pupilCount: 1900, teacherCount: 115,
    seatsPerGrade: { g1: 315 }, website: null,
  },
  {
    key: 'school-tianfu-shiyan-primary', kind: 'school',
    nameZh: '四川天府新区第一实验小学',
    nameEn: 'Sichuan Tianfu New Area No. 1 Experimental Primary School',
    regionId: 'X51001', code: '2519901003', ownership: 'public', stages: ['primary'],
    address: '四川省成都市天府新区正兴街道',
    latitude: 30.4480, longitude: 104.0860, pupilCount: 1600, teacherCount: 98,
    seatsPerGrade: { g1: 270 }, website: null,
  },
  {
    key: 'school-tianfu-no2', kind: 'school',
    nameZh: '四川天府新区第二中学',
    nameEn: 'Sichuan Tianfu New Area No. 2 Middle School',
    regionId: 'X51001', code: '2519901004', ownership: 'public', stages: ['junior', 'senior'],
    address: '四川省成都市天府新区煎茶街道',
    latitude: 30.4210, longitude: 104.1930, pupilCount: 2500, teacherCount: 200,
    seatsPerGrade: { g7: 400, g10: 400 }, website: null,
  },
  {
    key: 'school-tianfu-kindergarten', kind: 'school',
    nameZh: '四川天府新区第一幼儿园',
    nameEn: 'Sichuan Tianfu New Area No. 1 Kindergarten',
    regionId: 'X51001', code: '2519901005', ownership: 'public', stages: ['kindergarten'],
    address: '四川省成都市天府新区华阳街道',
    latitude: 30.5010, longitude: 104.0690, pupilCount: 420, teacherCount: 45,
    seatsPerGrade: { k1: 140 }, website: null,
  },

  // Schools: Chengdu
  {
    key: 'school-paotongshu', kind: 'school',
    nameZh: '成都市泡桐树小学',
    nameEn: 'Chengdu Paotongshu Primary School',
    regionId: '510105', code: '2510105001', ownership: 'public', stages: ['primary'],
    address: '四川省成都市青羊区泡桐树街',
    latitude: 30.6695, longitude: 104.0568, pupilCount: 1750, teacherCount: 112,
    seatsPerGrade: { g1: 270 }, website: null,
  },
  {
    key: 'school-shishi-lianzhong', kind: 'school',
    nameZh: '成都石室联合中学',
    nameEn: 'Chengdu Shishi Union Middle School',
    regionId: '510105', code: '2510105002', ownership: 'public', stages: ['junior'],
    address: '四川省成都市青羊区蜀华街',
    latitude: 30.6712, longitude: 104.0436, pupilCount: 3900, teacherCount: 265,
    seatsPerGrade: { g7: 1300 }, website: null,
  },
  {
    key: 'school-shishi-chengfei', kind: 'school',
    nameZh: '成都石室成飞中学',
    nameEn: 'Chengdu Shishi Chengfei Middle School',
    regionId: '510105', code: '2510105003', ownership: 'public', stages: ['junior', 'senior'],
    address: '四川省成都市青羊区黄田坝',
    latitude: 30.6685, longitude: 103.9905, pupilCount: 2300, teacherCount: 185,
    seatsPerGrade: { g7: 400, g10: 400 }, website: null,
  },
  // streams full-day remote dual-teacher classes to 重庆市字水中学 (东方闻道网校)
  {
    key: 'school-chengdu-7', kind: 'school',
    nameZh: '成都市第七中学',
    nameEn: 'Chengdu No. 7 High School',
    regionId: '510107', code: '2510107001', ownership: 'public', stages: ['senior'],
    address: '四川省成都市武侯区林荫中街1号',
    latitude: 30.6349, longitude: 104.0668, pupilCount: 4500, teacherCount: 400,
    seatsPerGrade: { g10: 1500 }, website: 'https://www.cdqz.net',
  },
  {
    key: 'school-chengdu-auto-vocational', kind: 'school',
    nameZh: '成都汽车职业技术学校',
    nameEn: 'Chengdu Automobile Vocational and Technical School',
    regionId: '510112', code: '2510112001', ownership: 'public', stages: ['vocational'],
    address: '四川省成都市龙泉驿区大面街道',
    latitude: 30.5880, longitude: 104.2350, pupilCount: 3200, teacherCount: 210,
    seatsPerGrade: { g10: 1100 }, website: null,
  },

  // Schools: Deyang
  // named 四川德阳实验学校 in the report; partner of 江北区新村实验小学
  {
    key: 'school-deyang-shiyan', kind: 'school',
    nameZh: '德阳实验学校',
    nameEn: 'Deyang Experimental School',
    regionId: '510603', code: '2510603001', ownership: 'public', stages: ['primary', 'junior'],
    address: '四川省德阳市旌阳区长江西路',
    latitude: 31.1318, longitude: 104.3862, pupilCount: 2400, teacherCount: 160,
    seatsPerGrade: { g1: 270, g7: 300 }, website: null,
  },
  {
    key: 'school-deyang-2', kind: 'school',
    nameZh: '德阳市第二中学',
    nameEn: 'Deyang No. 2 Middle School',
    regionId: '510603', code: '2510603002', ownership: 'public', stages: ['junior', 'senior'],
    address: '四川省德阳市旌阳区泰山北路',
    latitude: 31.1365, longitude: 104.3975, pupilCount: 3400, teacherCount: 270,
    seatsPerGrade: { g7: 450, g10: 650 }, website: null,
  },

  // Schools: Bazhong
  {
    key: 'school-bazhong-shiyan-1', kind: 'school',
    nameZh: '巴中市第一实验小学',
    nameEn: 'Bazhong No. 1 Experimental Primary School',
    regionId: '511902', code: '2511902001', ownership: 'public', stages: ['primary'],
    address: '四川省巴中市巴州区江北大道',
    latitude: 31.8660, longitude: 106.7470, pupilCount: 2800, teacherCount: 165,
    seatsPerGrade: { g1: 450 }, website: null,
  },
  {
    key: 'school-pingchang-6', kind: 'school',
    nameZh: '平昌县第六小学',
    nameEn: 'Pingchang County No. 6 Primary School',
    regionId: '511923', code: '2511923001', ownership: 'public', stages: ['primary'],
    address: '四川省巴中市平昌县江口镇',
    latitude: 31.5590, longitude: 107.1060, pupilCount: 1600, teacherCount: 95,
    seatsPerGrade: { g1: 270 }, website: null,
  },
  {
    key: 'school-pingchang-vocational', kind: 'school',
    nameZh: '四川省平昌县职业中学',
    nameEn: 'Sichuan Pingchang County Vocational Middle School',
    regionId: '511923', code: '2511923002', ownership: 'public', stages: ['vocational'],
    address: '四川省巴中市平昌县江口镇',
    latitude: 31.5710, longitude: 107.0950, pupilCount: 3000, teacherCount: 190,
    seatsPerGrade: { g10: 1000 }, website: null,
  },

  // Schools: Nanchong, Mianyang, Guang'an
  {
    key: 'school-yingshan-jiguan-kindergarten', kind: 'school',
    nameZh: '营山县机关幼儿园',
    nameEn: 'Yingshan County Government Kindergarten',
    regionId: '511322', code: '2511322001', ownership: 'public', stages: ['kindergarten'],
    address: '四川省南充市营山县朗池镇',
    latitude: 31.0775, longitude: 106.5655, pupilCount: 520, teacherCount: 55,
    seatsPerGrade: { k1: 150 }, website: null,
  },
  // co-founder of the new-energy-vehicle vocational alliance
  {
    key: 'school-beichuan-qiyi-vocational', kind: 'school',
    nameZh: '北川羌族自治县七一职业中学',
    nameEn: 'Beichuan Qiyi Vocational Middle School',
    regionId: '510726', code: '2510726001', ownership: 'public', stages: ['vocational'],
    address: '四川省绵阳市北川羌族自治县永昌镇',
    latitude: 31.6185, longitude: 104.4620, pupilCount: 2200, teacherCount: 150,
    seatsPerGrade: { g10: 800 }, website: null,
  },
  {
    key: 'school-linshui-vocational', kind: 'school',
    nameZh: '四川省邻水县职业中学',
    nameEn: 'Sichuan Linshui County Vocational Middle School',
    regionId: '511623', code: '2511623001', ownership: 'public', stages: ['vocational'],
    address: '四川省广安市邻水县鼎屏镇',
    latitude: 30.3380, longitude: 106.9300, pupilCount: 3500, teacherCount: 220,
    seatsPerGrade: { g10: 1200 }, website: null,
  },
];
