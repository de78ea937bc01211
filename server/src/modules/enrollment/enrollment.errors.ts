import type { Localised } from '../../platform/modules/module-contract.ts';

/** Enrollment's error codes, each with its message in every locale (`{name}` placeholders from the error's params). */
export const enrollmentErrors = {
  'enrollment.id_number_invalid': { 'zh-CN': '身份证号有误：{reason}', 'en-US': 'The ID number is wrong: {reason}' },
  'enrollment.id_number_mismatch': { 'zh-CN': '出生日期和性别须与身份证号一致', 'en-US': 'The date of birth and sex must agree with the ID number' },
  'enrollment.child_exists': { 'zh-CN': '该身份证号已有孩子档案，请核对号码', 'en-US': 'A child profile with this ID number already exists; check the number' },
  'enrollment.child_has_applications': { 'zh-CN': '孩子已有入学申请，不能删除档案', 'en-US': 'The child has applications, so the profile cannot be deleted' },
  'enrollment.consent_outdated': {
    'zh-CN': '同意书已更新为 {version} 版，请阅读新版本后再同意',
    'en-US': 'The consent text has changed to version {version}; read the new text before agreeing',
  },
  'enrollment.policy_invalid': { 'zh-CN': '招生政策有 {count} 处错误，未保存', 'en-US': 'The enrollment policy has {count} errors; nothing was saved' },
  'enrollment.policy_incomplete': {
    'zh-CN': '招生政策尚不完整（{count} 处问题），未发布',
    'en-US': 'The enrollment policy is incomplete ({count} problems); it was not published',
  },
  'enrollment.policy_frozen': { 'zh-CN': '招生政策已发布，规则不能再修改', 'en-US': 'The enrollment policy is published; its rules can no longer change' },
  'enrollment.policy_not_draft': { 'zh-CN': '只有草稿可以发布', 'en-US': 'Only a draft can be published' },
  'enrollment.policy_not_published': {
    'zh-CN': '只有已发布的招生政策可以关闭或延长报名',
    'en-US': 'Only a published enrollment policy can be closed or have its window extended',
  },
  'enrollment.window_shortened': { 'zh-CN': '报名截止时间只能延后，不能提前', 'en-US': 'The application window can only be extended, never shortened' },
  'enrollment.bureau_invalid': { 'zh-CN': '请选择一个教育行政部门', 'en-US': 'Choose an education bureau' },
  'enrollment.route_unknown': { 'zh-CN': '该招生政策没有报名途径「{route}」', 'en-US': 'The policy has no route "{route}"' },
  'enrollment.route_not_points': { 'zh-CN': '报名途径「{route}」不计积分', 'en-US': 'The route "{route}" does not use points' },
  'enrollment.application_status_invalid': {
    'zh-CN': '申请当前状态为「{status}」，不能进行此操作',
    'en-US': 'The application is {status}; this step is not possible now',
  },
  'enrollment.points_declared_invalid': { 'zh-CN': '申报的积分项有 {count} 处错误', 'en-US': 'The declared points items have {count} errors' },
  // Allocation, offers and placement (派位、录取、统筹安排).
  'enrollment.allocation_policy_not_published': {
    'zh-CN': '只有已发布且未关闭的招生政策可以派位或统筹安排',
    'en-US': 'Only a published enrollment policy that is not closed can allocate or place',
  },
  'enrollment.lottery_seed_missing': {
    'zh-CN': '第 {round} 轮的摇号种子尚未公布，请先公布再派位',
    'en-US': 'The lottery seed of round {round} is not published yet; publish it before the run',
  },
  'enrollment.lottery_seed_published': {
    'zh-CN': '第 {round} 轮的摇号种子已公布，不能更改',
    'en-US': 'The lottery seed of round {round} is already published and cannot change',
  },
  'enrollment.allocation_final_exists': {
    'zh-CN': '第 {round} 轮已正式派位，每轮只能正式派位一次',
    'en-US': 'Round {round} already has its final run; each round runs only once',
  },
  'enrollment.allocation_previous_round_missing': {
    'zh-CN': '第 {round} 轮尚未正式派位，不能进入下一轮',
    'en-US': 'Round {round} has no final run yet; the next round must wait for it',
  },
  'enrollment.allocation_points_missing': {
    'zh-CN': '有 {count} 份积分途径的申请尚未核定积分，不能派位',
    'en-US': '{count} applications on a points route have no verified points; the allocation cannot run',
  },
  'enrollment.allocation_input_invalid': {
    'zh-CN': '派位数据不一致，未派位：{detail}',
    'en-US': 'The allocation data is inconsistent; nothing was allocated: {detail}',
  },
  'enrollment.allocation_inputs_changed': {
    'zh-CN': '第 {round} 轮派位计算期间，申请、积分、志愿或学位发生了变化，未派位；请重新正式派位',
    'en-US': 'Applications, points, preferences or seats changed while round {round} was being computed; nothing was allocated. Run the final allocation again',
  },
  'enrollment.allocation_not_run': { 'zh-CN': '该申请尚未参加正式派位', 'en-US': 'This application has not been part of a final allocation run yet' },
  'enrollment.offer_none': { 'zh-CN': '该申请没有待确认的学位', 'en-US': 'This application has no open offer to answer' },
  'enrollment.offer_deadline_passed': {
    'zh-CN': '确认截止时间（{deadline}）已过，学位已不再保留',
    'en-US': 'The deadline to answer ({deadline}) has passed; the seat is no longer held',
  },
  'enrollment.placement_school_invalid': {
    'zh-CN': '只能安排到本政策的指定学校或本区开设该学段的学校',
    'en-US': 'Place only at a designated school of the policy or a school of the host district teaching that stage',
  },
  'enrollment.placement_no_free_seat': { 'zh-CN': '{school}已没有空余学位', 'en-US': '{school} has no free seat left' },
  'enrollment.policy_not_open': { 'zh-CN': '该招生政策目前不接受报名', 'en-US': 'This enrollment policy is not taking applications' },
  'enrollment.window_closed': {
    'zh-CN': '现在不在报名时间内。报名时间为 {opensAt} 至 {closesAt}（北京时间）',
    'en-US': 'Applications are not being taken now. The application window is {opensAt} to {closesAt} (Beijing time)',
  },
  'enrollment.supplement_overdue': {
    'zh-CN': '补充材料的截止时间 {deadline}（北京时间）已过',
    'en-US': 'The deadline for the documents, {deadline} (Beijing time), has passed',
  },
  'enrollment.application_exists': {
    'zh-CN': '该孩子已有本招生政策的有效申请（编号 {reference}），不能重复申请',
    'en-US': 'The child already has an active application to this policy ({reference}); there can be only one',
  },
  'enrollment.application_invalid': { 'zh-CN': '申请有 {count} 处错误，未保存', 'en-US': 'The application has {count} errors; nothing was saved' },
  'enrollment.application_incomplete': {
    'zh-CN': '申请尚不完整（{count} 处），未提交',
    'en-US': 'The application is incomplete ({count} problems); it was not submitted',
  },
  'enrollment.eligibility_not_met': {
    'zh-CN': '不符合该报名途径的申请条件（{count} 项），未提交',
    'en-US': 'The application does not meet the conditions of the route ({count}); it was not submitted',
  },
  'enrollment.age_rule_not_met': {
    'zh-CN': '孩子须在 {cutoff} 前（含当日）年满 {years} 周岁，才能申请本招生政策',
    'en-US': 'The child must be {years} years old on or before {cutoff} to apply under this policy',
  },
  'enrollment.consent_required': {
    'zh-CN': '提交前，请先签署《处理儿童敏感个人信息单独同意书》',
    'en-US': "Before submitting, give the separate consent to processing the child's sensitive personal information",
  },
  'enrollment.material_not_in_route': { 'zh-CN': '该报名途径不需要材料「{material}」', 'en-US': 'The route does not ask for "{material}"' },
  'enrollment.document_locked': {
    'zh-CN': '材料「{material}」现在不能上传或更换：申请提交后，只能按审核人员的补充要求更换材料',
    'en-US': '"{material}" cannot be uploaded or replaced now: after submission, documents change only when a reviewer asks for them',
  },
  'enrollment.not_assisted': {
    'zh-CN': '只有窗口代办的申请可以由工作人员上传材料',
    'en-US': 'Staff may upload documents only to applications filed at a counter',
  },
  'enrollment.guardian_mobile_unavailable': {
    'zh-CN': '该手机号属于工作人员账号或已停用的账号，不能用作家长账号',
    'en-US': 'This mobile number belongs to a staff account or a disabled account and cannot be used for a guardian',
  },
  // Review, appeals and the public list (复核, 公示).
  'enrollment.reason_required': { 'zh-CN': '请填写理由，申请人会看到它', 'en-US': 'Give a reason; the family will read it' },
  'enrollment.document_superseded': { 'zh-CN': '该材料已被新上传的文件替换或已删除', 'en-US': 'This document was replaced by a newer upload or erased' },
  'enrollment.material_not_of_route': {
    'zh-CN': '只能要求补充该申请报名途径所列的材料',
    'en-US': "Only materials of the application's route can be asked for",
  },
  'enrollment.deadline_past': { 'zh-CN': '截止时间须晚于现在', 'en-US': 'The deadline must be in the future' },
  'enrollment.points_verified_invalid': { 'zh-CN': '核定的积分项有 {count} 处错误', 'en-US': 'The verified points items have {count} errors' },
  'enrollment.documents_not_accepted': {
    'zh-CN': '还有 {count} 项必交材料未审核通过，不能通过申请',
    'en-US': 'Mandatory materials not accepted yet: {count}; the application cannot be approved',
  },
  'enrollment.points_not_verified': { 'zh-CN': '积分入学途径须先核定积分，才能通过申请', 'en-US': 'On a points route, verify the points before approving' },
  'enrollment.appeal_window_closed': {
    'zh-CN': '复核须在审核结果作出后 {days} 天内提出，已超过期限',
    'en-US': 'An appeal must be filed within {days} days of the decision; that time has passed',
  },
  'enrollment.appeal_already_filed': {
    'zh-CN': '该申请已提出过复核，复核结果为最终结果',
    'en-US': "This application has already been appealed; the appeal's outcome is final",
  },
  'enrollment.appeal_not_open': { 'zh-CN': '该复核已有结果', 'en-US': 'This appeal has already been decided' },
  'enrollment.appeal_own_decision': {
    'zh-CN': '复核须由作出原审核决定以外的审核人员处理',
    'en-US': 'An appeal is decided by a reviewer other than the one who rejected the application',
  },
  'enrollment.appeal_nothing_missing': {
    'zh-CN': '必交材料均已审核通过，无需补充材料：请直接改判通过或维持原决定',
    'en-US': 'Every mandatory material is accepted; nothing is missing: uphold the appeal or dismiss it',
  },
  'enrollment.appeal_evidence_limit': { 'zh-CN': '每次复核最多上传 {max} 份证明材料', 'en-US': 'At most {max} evidence files per appeal' },
  'enrollment.policy_draft': { 'zh-CN': '招生政策尚未发布', 'en-US': 'The enrollment policy is not published yet' },
  'enrollment.public_list_empty': { 'zh-CN': '还没有审核通过的申请，无可公示', 'en-US': 'No application has been approved yet; there is nothing to publish' },
} as const satisfies Record<`enrollment.${string}`, Localised>;

declare module '../../platform/i18n/error-messages.ts' {
  interface ErrorCatalogue extends Record<keyof typeof enrollmentErrors, true> {}
}
