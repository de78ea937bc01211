import type { Locale } from '../../../../../common/locales.ts';
import type { FieldError } from '../../../platform/http/errors.ts';
import { formatMessage } from '../../../platform/i18n/error-messages.ts';
import { materialNames } from '../enrollment.names.ts';

/** What can be wrong with an application, field by field: all listed at once, so a family fixes everything in one go. */
const problemTexts = {
  duplicate: { 'zh-CN': '与前面的志愿重复', 'en-US': 'repeats an earlier preference' },
  school_not_designated: { 'zh-CN': '不是本招生政策的指定学校', 'en-US': 'not a designated school of this policy' },
  too_many_preferences: { 'zh-CN': '最多填报 {max} 个志愿', 'en-US': 'at most {max} preferences' },
  preferences_required: { 'zh-CN': '至少填报一个志愿学校', 'en-US': 'choose at least one preferred school' },
  points_not_used: { 'zh-CN': '该报名途径不计积分，请不要申报积分项', 'en-US': 'this route does not use points; declare no points items' },
  unknown_item: { 'zh-CN': '本政策没有该积分项', 'en-US': 'the policy has no such item' },
  not_months: { 'zh-CN': '应为 0 到 1200 之间的整月数', 'en-US': 'give whole months from 0 to 1200' },
  unknown_option: { 'zh-CN': '不是该积分项的选项', 'en-US': 'not an option of this item' },
  region_outside_host: { 'zh-CN': '居住地须在招生政策所属区县内', 'en-US': 'the residence must be in the host district' },
  required: { 'zh-CN': '必填', 'en-US': 'is required' },
  employer_required: { 'zh-CN': '受雇或自营时请填写工作单位', 'en-US': 'give the employer when employed or self-employed' },
  material_missing: { 'zh-CN': '请上传必交材料「{material}」', 'en-US': 'upload the mandatory "{material}"' },
  material_resupply: { 'zh-CN': '请按补充要求重新上传「{material}」', 'en-US': 'upload "{material}" again, as the reviewer asked' },
  residence_months_below: {
    'zh-CN': '该报名途径要求居住证满 {min} 个月，申报为 {months} 个月',
    'en-US': 'the route requires {min} months of residence permit; {months} declared',
  },
  social_insurance_months_below: {
    'zh-CN': '该报名途径要求社保缴费满 {min} 个月，申报为 {months} 个月',
    'en-US': 'the route requires {min} months of social insurance; {months} declared',
  },
  employment_required: {
    'zh-CN': '该报名途径要求父母一方就业（受雇、自营或灵活就业）并提供就业证明',
    'en-US': 'the route requires a working parent (employed, self-employed or flexible) with proof of work',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type ProblemKey = keyof typeof problemTexts;

export interface Problem {
  field: string;
  key: ProblemKey;
  params?: Record<string, string | number>;
}

/** Problems as field errors in the reader's language; a `material` param is a Material key, named in that language. */
export function toFieldErrors(problems: Problem[], locale: Locale): FieldError[] {
  return problems.map((p) => {
    const params = { ...p.params };
    if (typeof params.material === 'string' && params.material in materialNames)
      params.material = materialNames[params.material as keyof typeof materialNames][locale];
    return { field: p.field, message: formatMessage(problemTexts[p.key][locale], params) };
  });
}
