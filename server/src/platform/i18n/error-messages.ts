import type { IdNumberProblem } from '../../../../common/id-number.ts';
import type { ApplicationStatus } from '../../../../common/enrollment-application.ts';
import type { Material } from '../../../../common/enrollment.ts';
import type { Locale } from '../../../../common/locales.ts';
import { agreementStatusNames, membershipStatusNames, pairingStatusNames } from './cooperation-names.ts';

/**
 * The closed set of error codes, each with its message in every locale. Adding a code here is the only
 * way to make a new one; `{name}` placeholders are filled from the error's params.
 */
export const errorMessages = {
  'request.invalid': { 'zh-CN': '请求内容有误，请检查标出的字段', 'en-US': 'The request is invalid; check the marked fields' },
  'request.malformed_json': { 'zh-CN': '请求内容不是有效的 JSON', 'en-US': 'The request body is not valid JSON' },
  'request.too_large': { 'zh-CN': '请求内容过大', 'en-US': 'The request body is too large' },
  'request.unsupported_media_type': { 'zh-CN': '不支持的内容类型', 'en-US': 'Unsupported content type' },
  'request.csrf_failed': { 'zh-CN': '页面已过期，请刷新后重试', 'en-US': 'The page has expired; reload it and try again' },
  'request.rate_limited': { 'zh-CN': '操作过于频繁，请 {seconds} 秒后再试', 'en-US': 'Too many attempts; try again in {seconds} seconds' },
  'route.not_found': { 'zh-CN': '找不到请求的地址', 'en-US': 'No such address' },
  'resource.not_found': { 'zh-CN': '找不到该记录', 'en-US': 'The record does not exist' },
  'resource.conflict': { 'zh-CN': '该记录已被他人修改，请刷新后重试', 'en-US': 'Someone else changed this record; reload and try again' },
  'server.internal': { 'zh-CN': '服务器出现错误，请稍后重试（编号 {requestId}）', 'en-US': 'Something went wrong on our side; try again later (reference {requestId})' },
  'server.unavailable': { 'zh-CN': '服务暂不可用', 'en-US': 'The service is unavailable' },

  'auth.required': { 'zh-CN': '请先登录', 'en-US': 'Please sign in' },
  'auth.forbidden': { 'zh-CN': '您没有权限执行此操作', 'en-US': 'You are not allowed to do this' },
  'auth.invalid_credentials': { 'zh-CN': '账号或密码错误', 'en-US': 'Wrong account or password' },
  'auth.mfa_required': { 'zh-CN': '请输入动态验证码', 'en-US': 'Enter the code from your authenticator app' },
  'auth.mfa_enrollment_required': { 'zh-CN': '平台管理员必须先绑定动态验证码', 'en-US': 'Platform administrators must set up an authenticator first' },
  'auth.totp_invalid': { 'zh-CN': '动态验证码错误', 'en-US': 'The authenticator code is wrong' },
  'auth.totp_already_enabled': { 'zh-CN': '已绑定动态验证码', 'en-US': 'An authenticator is already set up' },
  'auth.totp_not_started': { 'zh-CN': '请先生成绑定二维码', 'en-US': 'Start the authenticator set-up first' },
  'auth.code_invalid': { 'zh-CN': '验证码错误或已失效，请重新获取', 'en-US': 'The code is wrong, used or expired; request a new one' },
  'auth.mobile_invalid': { 'zh-CN': '请输入有效的中国大陆手机号', 'en-US': 'Enter a valid mainland China mobile number' },
  'auth.sms_unavailable': { 'zh-CN': '短信暂时无法发送，请稍后重试', 'en-US': 'The text message could not be sent; try again later' },
  'auth.password_too_short': { 'zh-CN': '密码至少 {min} 个字符', 'en-US': 'The password needs at least {min} characters' },
  'auth.password_too_long': { 'zh-CN': '密码最多 {max} 个字符', 'en-US': 'The password can have at most {max} characters' },
  'auth.password_common': { 'zh-CN': '该密码过于常见，请换一个', 'en-US': 'This password is too common; choose another' },
  'auth.password_wrong': { 'zh-CN': '当前密码错误', 'en-US': 'The current password is wrong' },

  'directory.region_unknown': { 'zh-CN': '未知的行政区划 {region}', 'en-US': 'Unknown region {region}' },
  'directory.school_code_taken': { 'zh-CN': '学校标识码 {code} 已被使用', 'en-US': 'School code {code} is already in use' },
  'directory.not_a_school': { 'zh-CN': '该机构不是学校', 'en-US': 'This organization is not a school' },
  'directory.import_invalid': { 'zh-CN': '文件有 {count} 处错误，未导入任何数据', 'en-US': 'Errors in the file: {count}; nothing was imported' },
  'directory.import_unreadable': { 'zh-CN': '无法读取文件，请上传 .xlsx 或 .csv 文件', 'en-US': 'The file cannot be read; upload an .xlsx or .csv file' },
  'directory.import_empty': { 'zh-CN': '文件中没有数据行', 'en-US': 'The file has no data rows' },
  'directory.import_too_many_rows': { 'zh-CN': '文件最多 {max} 行', 'en-US': 'The file can have at most {max} rows' },

  'users.username_taken': { 'zh-CN': '账号 {username} 已存在', 'en-US': 'The account {username} already exists' },
  'users.mobile_taken': { 'zh-CN': '该手机号已被使用', 'en-US': 'This mobile number is already in use' },
  'users.grant_scope_invalid': { 'zh-CN': '角色 {role} 需要指定{scope}', 'en-US': 'Role {role} needs a {scope}' },
  'users.grant_exists': { 'zh-CN': '该用户已有此角色', 'en-US': 'The user already has this role' },
  'users.no_password': { 'zh-CN': '家长账号使用短信验证码登录，没有密码', 'en-US': 'Guardian accounts sign in with SMS codes and have no password' },
  'users.cannot_disable_self': { 'zh-CN': '不能停用自己的账号', 'en-US': 'You cannot disable your own account' },

  'files.rejected': { 'zh-CN': '文件「{file}」未通过检查：{reason}', 'en-US': 'The file "{file}" was refused: {reason}' },
  'files.too_large': { 'zh-CN': '文件「{file}」超过 {maxMb} MB', 'en-US': 'The file "{file}" is larger than {maxMb} MB' },

  'cooperation.organization_unknown': { 'zh-CN': '找不到机构 {id}', 'en-US': 'There is no organization {id}' },
  'cooperation.not_a_school': { 'zh-CN': '「{name}」不是学校', 'en-US': '"{name}" is not a school' },
  'cooperation.dates_invalid': { 'zh-CN': '结束日期不能早于开始日期', 'en-US': 'The end date cannot be before the start date' },
  'cooperation.agreement_unknown': { 'zh-CN': '找不到所选的合作协议', 'en-US': 'The chosen agreement does not exist' },
  'cooperation.pairing_same_region': { 'zh-CN': '结对学校须来自不同地区', 'en-US': 'Paired schools must be in different regions' },
  'cooperation.pairing_exists': { 'zh-CN': '这些学校之间已有进行中的结对或结对申请', 'en-US': 'These schools already have a pairing or a pending proposal' },
  'cooperation.pairing_status_invalid': { 'zh-CN': '结对当前状态为「{pairingStatus}」，不能进行此操作', 'en-US': 'The pairing is {pairingStatus}; this step is not possible now' },
  'cooperation.pairing_already_accepted': { 'zh-CN': '贵校已经接受了该结对', 'en-US': 'Your school has already accepted this pairing' },
  'cooperation.pairing_side_unknown': { 'zh-CN': '该结对没有这一地区的学校', 'en-US': 'The pairing has no school in this region' },
  'cooperation.pairing_side_approved': { 'zh-CN': '您所辖一方已经审批过该结对', 'en-US': 'Your side of this pairing has already been approved' },
  'cooperation.pairing_side_ambiguous': { 'zh-CN': '您管辖该结对的多方，请选择审批哪一方', 'en-US': 'You cover several sides of this pairing; choose the side you approve' },
  'cooperation.pairing_same_approver': {
    'zh-CN': '结对的每一方须由各自的教育局审批，同一单位或同一人不能审批两方',
    'en-US': "Each side of a pairing is approved by its own bureau; one bureau or person cannot approve two sides",
  },
  'cooperation.agreement_status_invalid': { 'zh-CN': '协议当前状态为「{agreementStatus}」，不能进行此操作', 'en-US': 'The agreement is {agreementStatus}; this step is not possible now' },
  'cooperation.agreement_parties_invalid': { 'zh-CN': '协议须由两个或以上的教育局、机构或学校签订', 'en-US': 'An agreement needs two or more bureaus, bodies or schools as parties' },
  'cooperation.agreement_already_confirmed': { 'zh-CN': '贵单位已经确认过该协议', 'en-US': 'Your organization has already confirmed this agreement' },
  'cooperation.name_taken': { 'zh-CN': '名称「{name}」已被使用', 'en-US': 'The name "{name}" is already in use' },
  'cooperation.membership_exists': { 'zh-CN': '该单位已是成员或已提出申请', 'en-US': 'This organization is already a member or has asked to join' },
  'cooperation.membership_status_invalid': { 'zh-CN': '成员资格当前状态为「{membershipStatus}」，不能进行此操作', 'en-US': 'The membership is {membershipStatus}; this step is not possible now' },
  'cooperation.lead_cannot_leave': { 'zh-CN': '牵头学校不能退出共同体，请先更换牵头学校', 'en-US': 'The lead school cannot leave the community; appoint another lead school first' },
  'cooperation.community_member_not_school': { 'zh-CN': '共同体的成员须为学校', 'en-US': 'Members of a community must be schools' },
  'cooperation.chair_required': { 'zh-CN': '联盟须有一个理事长单位', 'en-US': 'An alliance needs one chair organization' },
  'cooperation.exchange_link_invalid': {
    'zh-CN': '交流活动所属的结对、共同体或联盟须包含至少一个参与单位',
    'en-US': 'The pairing, community or alliance of an exchange must include at least one of its organizations',
  },
  'cooperation.exchange_link_multiple': { 'zh-CN': '交流活动只能属于一个结对、共同体或联盟', 'en-US': 'An exchange belongs to one pairing, community or alliance at most' },
  'cooperation.participants_invalid': { 'zh-CN': '具名参与人须为参与单位的工作人员', 'en-US': "Named participants must be staff of the exchange's organizations" },
  'cooperation.participant_count_too_small': { 'zh-CN': '参与人数不能少于具名参与人数（{named}）', 'en-US': 'The number of participants cannot be below the named participants ({named})' },
  'cooperation.file_limit': { 'zh-CN': '最多上传 {max} 个文件', 'en-US': 'At most {max} files can be uploaded' },
  'cooperation.document_not_pdf': { 'zh-CN': '协议文本须为 PDF 文件', 'en-US': 'The signed agreement must be a PDF file' },
  'cooperation.import_invalid': { 'zh-CN': '文件有 {count} 处错误，未导入任何数据', 'en-US': 'Errors in the file: {count}; nothing was imported' },
  'cooperation.scope_required': { 'zh-CN': '您管辖多个地区，请选择一个', 'en-US': 'You cover several regions; choose one' },
  'cooperation.map_tile_unavailable': { 'zh-CN': '在线地图暂时无法加载', 'en-US': 'The online map cannot be loaded at the moment' },

  'enrollment.id_number_invalid': { 'zh-CN': '身份证号有误：{reason}', 'en-US': 'The ID number is wrong: {reason}' },
  'enrollment.id_number_mismatch': { 'zh-CN': '出生日期和性别须与身份证号一致', 'en-US': 'The date of birth and sex must agree with the ID number' },
  'enrollment.child_exists': { 'zh-CN': '该身份证号已有孩子档案，请核对号码', 'en-US': 'A child profile with this ID number already exists; check the number' },
  'enrollment.consent_outdated': {
    'zh-CN': '同意书已更新为 {version} 版，请阅读新版本后再同意',
    'en-US': 'The consent text has changed to version {version}; read the new text before agreeing',
  },
  'enrollment.policy_invalid': { 'zh-CN': '招生政策有 {count} 处错误，未保存', 'en-US': 'The enrollment policy has {count} errors; nothing was saved' },
  'enrollment.policy_incomplete': { 'zh-CN': '招生政策尚不完整（{count} 处问题），未发布', 'en-US': 'The enrollment policy is incomplete ({count} problems); it was not published' },
  'enrollment.policy_frozen': { 'zh-CN': '招生政策已发布，规则不能再修改', 'en-US': 'The enrollment policy is published; its rules can no longer change' },
  'enrollment.policy_not_draft': { 'zh-CN': '只有草稿可以发布', 'en-US': 'Only a draft can be published' },
  'enrollment.policy_not_published': { 'zh-CN': '只有已发布的招生政策可以关闭或延长报名', 'en-US': 'Only a published enrollment policy can be closed or have its window extended' },
  'enrollment.window_shortened': { 'zh-CN': '报名截止时间只能延后，不能提前', 'en-US': 'The application window can only be extended, never shortened' },
  'enrollment.bureau_invalid': { 'zh-CN': '请选择一个教育行政部门', 'en-US': 'Choose an education bureau' },
  'enrollment.route_unknown': { 'zh-CN': '该招生政策没有报名途径「{route}」', 'en-US': 'The policy has no route "{route}"' },
  'enrollment.route_not_points': { 'zh-CN': '报名途径「{route}」不计积分', 'en-US': 'The route "{route}" does not use points' },
  'enrollment.application_status_invalid': { 'zh-CN': '申请当前状态为「{status}」，不能进行此操作', 'en-US': 'The application is {status}; this step is not possible now' },
  'enrollment.points_declared_invalid': { 'zh-CN': '申报的积分项有 {count} 处错误', 'en-US': 'The declared points items have {count} errors' },
  // Allocation, offers and placement (派位、录取、统筹安排).
  'enrollment.allocation_policy_not_published': { 'zh-CN': '只有已发布且未关闭的招生政策可以派位或统筹安排', 'en-US': 'Only a published enrollment policy that is not closed can allocate or place' },
  'enrollment.lottery_seed_missing': { 'zh-CN': '第 {round} 轮的摇号种子尚未公布，请先公布再派位', 'en-US': 'The lottery seed of round {round} is not published yet; publish it before the run' },
  'enrollment.lottery_seed_published': { 'zh-CN': '第 {round} 轮的摇号种子已公布，不能更改', 'en-US': 'The lottery seed of round {round} is already published and cannot change' },
  'enrollment.allocation_final_exists': { 'zh-CN': '第 {round} 轮已正式派位，每轮只能正式派位一次', 'en-US': 'Round {round} already has its final run; each round runs only once' },
  'enrollment.allocation_previous_round_missing': { 'zh-CN': '第 {round} 轮尚未正式派位，不能进入下一轮', 'en-US': 'Round {round} has no final run yet; the next round must wait for it' },
  'enrollment.allocation_points_missing': { 'zh-CN': '有 {count} 份积分途径的申请尚未核定积分，不能派位', 'en-US': '{count} applications on a points route have no verified points; the allocation cannot run' },
  'enrollment.allocation_input_invalid': { 'zh-CN': '派位数据不一致，未派位：{detail}', 'en-US': 'The allocation data is inconsistent; nothing was allocated: {detail}' },
  'enrollment.allocation_inputs_changed': { 'zh-CN': '第 {round} 轮派位计算期间，申请、积分、志愿或学位发生了变化，未派位；请重新正式派位', 'en-US': 'Applications, points, preferences or seats changed while round {round} was being computed; nothing was allocated. Run the final allocation again' },
  'enrollment.allocation_not_run': { 'zh-CN': '该申请尚未参加正式派位', 'en-US': 'This application has not been part of a final allocation run yet' },
  'enrollment.offer_none': { 'zh-CN': '该申请没有待确认的学位', 'en-US': 'This application has no open offer to answer' },
  'enrollment.offer_deadline_passed': { 'zh-CN': '确认截止时间（{deadline}）已过，学位已不再保留', 'en-US': 'The deadline to answer ({deadline}) has passed; the seat is no longer held' },
  'enrollment.placement_school_invalid': { 'zh-CN': '只能安排到本政策的指定学校或本区开设该学段的学校', 'en-US': 'Place only at a designated school of the policy or a school of the host district teaching that stage' },
  'enrollment.placement_no_free_seat': { 'zh-CN': '{school}已没有空余学位', 'en-US': '{school} has no free seat left' },
  // Applications, the family side (入学申请).
  'request.idempotency_key_reused': {
    'zh-CN': '该请求标识（Idempotency-Key）已用于另一个请求，请刷新页面后重试',
    'en-US': 'This Idempotency-Key was already used for a different request; reload the page and try again',
  },
  'enrollment.policy_not_open': { 'zh-CN': '该招生政策目前不接受报名', 'en-US': 'This enrollment policy is not taking applications' },
  'enrollment.window_closed': {
    'zh-CN': '现在不在报名时间内。报名时间为 {opensAt} 至 {closesAt}（北京时间）',
    'en-US': 'Applications are not being taken now. The application window is {opensAt} to {closesAt} (Beijing time)',
  },
  'enrollment.supplement_overdue': { 'zh-CN': '补充材料的截止时间 {deadline}（北京时间）已过', 'en-US': 'The deadline for the documents, {deadline} (Beijing time), has passed' },
  'enrollment.application_exists': {
    'zh-CN': '该孩子已有本招生政策的有效申请（编号 {reference}），不能重复申请',
    'en-US': 'The child already has an active application to this policy ({reference}); there can be only one',
  },
  'enrollment.application_invalid': { 'zh-CN': '申请有 {count} 处错误，未保存', 'en-US': 'The application has {count} errors; nothing was saved' },
  'enrollment.application_incomplete': { 'zh-CN': '申请尚不完整（{count} 处），未提交', 'en-US': 'The application is incomplete ({count} problems); it was not submitted' },
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
  'enrollment.not_assisted': { 'zh-CN': '只有窗口代办的申请可以由工作人员上传材料', 'en-US': 'Staff may upload documents only to applications filed at a counter' },
  'enrollment.guardian_mobile_unavailable': {
    'zh-CN': '该手机号属于工作人员账号或已停用的账号，不能用作家长账号',
    'en-US': 'This mobile number belongs to a staff account or a disabled account and cannot be used for a guardian',
  },
  // Review, appeals and the public list (复核, 公示).
  'enrollment.reason_required': { 'zh-CN': '请填写理由，申请人会看到它', 'en-US': 'Give a reason; the family will read it' },
  'enrollment.document_superseded': { 'zh-CN': '该材料已被新上传的文件替换或已删除', 'en-US': 'This document was replaced by a newer upload or erased' },
  'enrollment.material_not_of_route': { 'zh-CN': '只能要求补充该申请报名途径所列的材料', 'en-US': "Only materials of the application's route can be asked for" },
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
  'enrollment.appeal_already_filed': { 'zh-CN': '该申请已提出过复核，复核结果为最终结果', 'en-US': "This application has already been appealed; the appeal's outcome is final" },
  'enrollment.appeal_not_open': { 'zh-CN': '该复核已有结果', 'en-US': 'This appeal has already been decided' },
  'enrollment.appeal_own_decision': {
    'zh-CN': '复核须由作出原审核决定以外的审核人员处理',
    'en-US': 'An appeal is decided by a reviewer other than the one who rejected the application',
  },
  'enrollment.appeal_evidence_limit': { 'zh-CN': '每次复核最多上传 {max} 份证明材料', 'en-US': 'At most {max} evidence files per appeal' },
  'enrollment.policy_draft': { 'zh-CN': '招生政策尚未发布', 'en-US': 'The enrollment policy is not published yet' },
  'enrollment.public_list_empty': { 'zh-CN': '还没有审核通过的申请，无可公示', 'en-US': 'No application has been approved yet; there is nothing to publish' },
} as const satisfies Record<string, Record<Locale, string>>;

export type ErrorCode = keyof typeof errorMessages;

/** Messages for validation failures of one field (the `fields` of a 400). */
export const fieldMessages = {
  required: { 'zh-CN': '必填', 'en-US': 'is required' },
  type: { 'zh-CN': '类型不正确，应为 {type}', 'en-US': 'must be of type {type}' },
  format: { 'zh-CN': '格式不正确', 'en-US': 'has the wrong format' },
  pattern: { 'zh-CN': '格式不正确', 'en-US': 'has the wrong format' },
  enum: { 'zh-CN': '取值必须是 {values} 之一', 'en-US': 'must be one of {values}' },
  minLength: { 'zh-CN': '至少 {limit} 个字符', 'en-US': 'must have at least {limit} characters' },
  maxLength: { 'zh-CN': '最多 {limit} 个字符', 'en-US': 'must have at most {limit} characters' },
  minimum: { 'zh-CN': '不能小于 {limit}', 'en-US': 'must be at least {limit}' },
  maximum: { 'zh-CN': '不能大于 {limit}', 'en-US': 'must be at most {limit}' },
  minItems: { 'zh-CN': '至少 {limit} 项', 'en-US': 'must have at least {limit} items' },
  maxItems: { 'zh-CN': '最多 {limit} 项', 'en-US': 'must have at most {limit} items' },
  additionalProperties: { 'zh-CN': '不允许的字段', 'en-US': 'is not an allowed field' },
  invalid: { 'zh-CN': '无效', 'en-US': 'is invalid' },
} as const satisfies Record<string, Record<Locale, string>>;

/** Why an uploaded file was refused: sent as the param `reason:<key>` and worded for the reader's locale. */
export const fileRejectionReasons = {
  empty: { 'zh-CN': '文件是空的', 'en-US': 'the file is empty' },
  not_allowed_type: {
    'zh-CN': '只接受 PDF、JPEG 或 PNG 文件（按文件内容判断，与扩展名无关）',
    'en-US': 'only PDF, JPEG and PNG files are accepted (judged by their content, not their name)',
  },
  unreadable: { 'zh-CN': '文件已损坏或无法读取', 'en-US': 'the file is damaged or cannot be read' },
  too_many_pixels: {
    'zh-CN': '图片尺寸过大（最多 4000 万像素，每边不超过 10000 像素）',
    'en-US': 'the image is too large (at most 40 megapixels and 10 000 pixels per side)',
  },
  pdf_active_content: {
    'zh-CN': 'PDF 含有脚本、自动执行的操作或附件，请另存为普通 PDF 或扫描后再上传',
    'en-US': 'the PDF contains scripts, automatic actions or attached files; save it as a plain PDF or scan it, then upload again',
  },
  pdf_encrypted: {
    'zh-CN': 'PDF 已加密或设有密码，请去除后再上传',
    'en-US': 'the PDF is encrypted or password-protected; remove the protection and upload again',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type FileRejectionReason = keyof typeof fileRejectionReasons;

/** Why a resident ID number was refused (the problems of common/id-number.ts), sent as `reason:<key>`. */
export const idNumberProblems = {
  length: { 'zh-CN': '应为 18 位', 'en-US': 'it must have 18 characters' },
  characters: { 'zh-CN': '前 17 位应为数字，最后一位为数字或 X', 'en-US': 'the first 17 characters must be digits and the last a digit or X' },
  checksum: { 'zh-CN': '校验位不正确，请逐位核对', 'en-US': 'the check character does not match; check each digit' },
  birth_date: { 'zh-CN': '其中的出生日期不存在或晚于今天', 'en-US': 'the date of birth in it does not exist or is in the future' },
  division: { 'zh-CN': '前两位不是有效的省级行政区划代码', 'en-US': 'the first two digits are not a valid province code' },
} as const satisfies Record<IdNumberProblem, Record<Locale, string>>;

// One table of reasons: their keys never overlap, so `reason:<key>` names exactly one text.
const reasonTexts: Record<string, Record<Locale, string>> = { ...fileRejectionReasons, ...idNumberProblems };

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

// Localised params: `<param>:<key>` names one text of the table for that param.
const paramTables: Record<string, Record<string, Record<Locale, string>>> = {
  reason: reasonTexts,
  status: applicationStatusNames,
  pairingStatus: pairingStatusNames,
  agreementStatus: agreementStatusNames,
  membershipStatus: membershipStatusNames,
  material: materialNames,
};

/**
 * A `reason` param of the form `reason:<key>` (or `status:<key>`) becomes that text in the given locale.
 * Only those params: others may carry what the client sent (a file named "reason:empty" stays as it is).
 */
export function localisedParams(params: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const out = { ...params };
  for (const [param, table] of Object.entries(paramTables)) {
    const value = params[param];
    const key = typeof value === 'string' && value.startsWith(`${param}:`) ? value.slice(param.length + 1) : undefined;
    if (key !== undefined && Object.hasOwn(table, key)) out[param] = table[key]![locale];
  }
  return out;
}

export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
