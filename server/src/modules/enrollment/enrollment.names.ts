import type { IdNumberProblem } from '../../../../common/id-number.ts';
import type { ApplicationStatus } from '../../../../common/enrollment-application.ts';
import type { Material } from '../../../../common/enrollment.ts';
import type { Locale } from '../../../../common/locales.ts';

/** Why a resident ID number was refused (the problems of common/id-number.ts), sent as `reason:<key>`. */
export const idNumberProblems = {
  length: { 'zh-CN': '应为 18 位', 'en-US': 'it must have 18 characters' },
  characters: { 'zh-CN': '前 17 位应为数字，最后一位为数字或 X', 'en-US': 'the first 17 characters must be digits and the last a digit or X' },
  checksum: { 'zh-CN': '校验位不正确，请逐位核对', 'en-US': 'the check character does not match; check each digit' },
  birth_date: { 'zh-CN': '其中的出生日期不存在或晚于今天', 'en-US': 'the date of birth in it does not exist or is in the future' },
  division: { 'zh-CN': '前两位不是有效的省级行政区划代码', 'en-US': 'the first two digits are not a valid province code' },
} as const satisfies Record<IdNumberProblem, Record<Locale, string>>;

/** The names of application statuses, for a `status` param of the form `status:<key>`. */
export const applicationStatusNames = {
  draft: { 'zh-CN': '草稿', 'en-US': 'draft' },
  submitted: { 'zh-CN': '已提交', 'en-US': 'submitted' },
  supplement_requested: { 'zh-CN': '待补充材料', 'en-US': 'waiting for documents' },
  approved: { 'zh-CN': '审核通过', 'en-US': 'approved' },
  rejected: { 'zh-CN': '未通过', 'en-US': 'rejected' },
  appealed: { 'zh-CN': '复核中', 'en-US': 'under appeal' },
  placed: { 'zh-CN': '已派位', 'en-US': 'placed' },
  unplaced: { 'zh-CN': '待统筹安排', 'en-US': 'waiting for a placement' },
  accepted: { 'zh-CN': '已确认入学', 'en-US': 'accepted' },
  declined: { 'zh-CN': '已放弃学位', 'en-US': 'declined' },
  enrolled: { 'zh-CN': '已报到', 'en-US': 'enrolled' },
  no_show: { 'zh-CN': '未报到', 'en-US': 'did not report' },
  withdrawn: { 'zh-CN': '已撤回', 'en-US': 'withdrawn' },
} as const satisfies Record<ApplicationStatus, Record<Locale, string>>;

/** The names of enrollment materials, for a `material` param of the form `material:<key>`. */
export const materialNames = {
  residence_permit: { 'zh-CN': '居住证', 'en-US': 'residence permit' },
  employment_proof: { 'zh-CN': '工作证明', 'en-US': 'employment proof' },
  labour_contract: { 'zh-CN': '劳动合同', 'en-US': 'labour contract' },
  business_licence: { 'zh-CN': '营业执照', 'en-US': 'business licence' },
  social_insurance_record: { 'zh-CN': '社保缴费证明', 'en-US': 'social insurance record' },
  hukou_register: { 'zh-CN': '户口簿', 'en-US': 'household register' },
  birth_certificate: { 'zh-CN': '出生医学证明', 'en-US': 'birth certificate' },
  housing_proof: { 'zh-CN': '住房证明', 'en-US': 'housing proof' },
  other: { 'zh-CN': '其他材料', 'en-US': 'other document' },
} as const satisfies Record<Material, Record<Locale, string>>;
