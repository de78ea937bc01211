import { deploymentDay } from '../../../platform/time/deployment-time.ts';
import type { Grade } from '../../../../../common/directory.ts';
import type { Material } from '../../../../../common/enrollment.ts';
import type { Locale } from '../../../../../common/locales.ts';

// Names the server prints itself (the admission notice, the statistics file); the web has its own in locales/.

export const GRADE_NAMES: Record<Grade, Record<Locale, string>> = {
  k1: { 'zh-CN': '幼儿园小班', 'en-US': 'Kindergarten year 1' },
  k2: { 'zh-CN': '幼儿园中班', 'en-US': 'Kindergarten year 2' },
  k3: { 'zh-CN': '幼儿园大班', 'en-US': 'Kindergarten year 3' },
  g1: { 'zh-CN': '一年级', 'en-US': 'Grade 1' },
  g2: { 'zh-CN': '二年级', 'en-US': 'Grade 2' },
  g3: { 'zh-CN': '三年级', 'en-US': 'Grade 3' },
  g4: { 'zh-CN': '四年级', 'en-US': 'Grade 4' },
  g5: { 'zh-CN': '五年级', 'en-US': 'Grade 5' },
  g6: { 'zh-CN': '六年级', 'en-US': 'Grade 6' },
  g7: { 'zh-CN': '七年级', 'en-US': 'Grade 7' },
  g8: { 'zh-CN': '八年级', 'en-US': 'Grade 8' },
  g9: { 'zh-CN': '九年级', 'en-US': 'Grade 9' },
  g10: { 'zh-CN': '高一', 'en-US': 'Grade 10' },
  g11: { 'zh-CN': '高二', 'en-US': 'Grade 11' },
  g12: { 'zh-CN': '高三', 'en-US': 'Grade 12' },
};

export const MATERIAL_NAMES_ZH: Record<Material, string> = {
  residence_permit: '居住证',
  employment_proof: '工作证明',
  labour_contract: '劳动合同',
  business_licence: '营业执照',
  social_insurance_record: '社保缴费证明',
  hukou_register: '户口簿',
  birth_certificate: '出生医学证明',
  housing_proof: '住房证明',
  other: '其他材料',
};

/** '2027-08-30' → '2027年8月30日'. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The calendar day of an instant in the deployment's time zone: what a notice issued at that instant is dated. */
export const chinaDay = (iso: string): string => deploymentDay(iso);
