import type { Locale } from '../../../../../common/locales.ts';
import { formatMessage } from '../../../platform/i18n/error-messages.ts';
import type { FieldError } from '../../../platform/http/errors.ts';

/** What can be wrong with a policy, field by field: listed all at once so a bureau fixes everything in one go. */
const problemTexts = {
  duplicate: { 'zh-CN': '与前面的条目重复', 'en-US': 'repeats an earlier entry' },
  school_unknown: { 'zh-CN': '找不到该学校', 'en-US': 'no such school' },
  school_outside_region: { 'zh-CN': '该学校不在本政策所属区县', 'en-US': 'the school is not in the host district' },
  school_stage: { 'zh-CN': '该学校没有入学年级所属的学段', 'en-US': 'the school does not offer the stage of the entry grade' },
  options_required: { 'zh-CN': '选项类积分项需要选项', 'en-US': 'a choice item needs options' },
  options_forbidden: { 'zh-CN': '按月计分的积分项不能有选项', 'en-US': 'a per-month item has no options' },
  age_rule_pair: { 'zh-CN': '最低年龄和截止日期须同时填写或同时留空', 'en-US': 'give both the minimum age and the cut-off day, or neither' },
  month_day: { 'zh-CN': '不是有效的月-日', 'en-US': 'not a valid month-day' },
  routes_required: { 'zh-CN': '至少需要一个报名途径', 'en-US': 'at least one route is needed' },
  mandatory_material_required: { 'zh-CN': '每个报名途径至少需要一项必交材料', 'en-US': 'every route needs at least one mandatory material' },
  seats_required: { 'zh-CN': '至少需要一所有学位的指定学校', 'en-US': 'at least one designated school with seats is needed' },
  window_order: { 'zh-CN': '报名截止时间须晚于开始时间', 'en-US': 'the window must close after it opens' },
  window_past: { 'zh-CN': '报名截止时间已过', 'en-US': 'the window has already closed' },
  max_preferences_schools: { 'zh-CN': '志愿数不能多于指定学校数（{count}）', 'en-US': 'more preferences than designated schools ({count})' },
  points_items_required: { 'zh-CN': '积分入学途径需要积分项', 'en-US': 'a points route needs points items' },
  points_items_unused: { 'zh-CN': '没有积分入学途径，不应设置积分项', 'en-US': 'no route uses points, so there should be no points items' },
  months_as_of_required: {
    'zh-CN': '设有最低月数时，须写明月数计算截止日期',
    'en-US': 'a route with minimum months must say up to which date months are counted',
  },
  report_date_required: { 'zh-CN': '请填写报到日期（印在入学通知书上）', 'en-US': 'give the report date (printed on the admission notice)' },
  window_shortened: { 'zh-CN': '只能延后截止时间', 'en-US': 'the window can only be extended' },
  unknown_item: { 'zh-CN': '本政策没有该积分项', 'en-US': 'the policy has no such item' },
  not_months: { 'zh-CN': '应为 0 到 1200 之间的整月数', 'en-US': 'give whole months from 0 to 1200' },
  verified_reason_required: {
    'zh-CN': '核定值与申报值不同，请填写原因（申请人会看到）',
    'en-US': 'the verified value differs from the declared one: give the reason (the family reads it)',
  },
  unknown_option: { 'zh-CN': '不是该积分项的选项', 'en-US': 'not an option of this item' },
} as const satisfies Record<string, Record<Locale, string>>;

export type ProblemKey = keyof typeof problemTexts;

export interface Problem {
  field: string;
  key: ProblemKey;
  params?: Record<string, string | number>;
}

export const toFieldErrors = (problems: Problem[], locale: Locale): FieldError[] =>
  problems.map((p) => ({ field: p.field, message: formatMessage(problemTexts[p.key][locale], p.params) }));
