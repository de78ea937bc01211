import type { Localised } from '../../platform/modules/module-contract.ts';

/** Cooperation's error codes, each with its message in every locale (`{name}` placeholders from the error's params). */
export const cooperationErrors = {
  'cooperation.organization_unknown': { 'zh-CN': '找不到机构 {id}', 'en-US': 'There is no organization {id}' },
  'cooperation.not_a_school': { 'zh-CN': '「{name}」不是学校', 'en-US': '"{name}" is not a school' },
  'cooperation.dates_invalid': { 'zh-CN': '结束日期不能早于开始日期', 'en-US': 'The end date cannot be before the start date' },
  'cooperation.agreement_unknown': { 'zh-CN': '找不到所选的合作协议', 'en-US': 'The chosen agreement does not exist' },
  'cooperation.pairing_same_region': { 'zh-CN': '结对学校须来自不同地区', 'en-US': 'Paired schools must be in different regions' },
  'cooperation.pairing_exists': { 'zh-CN': '这些学校之间已有进行中的结对或结对申请', 'en-US': 'These schools already have a pairing or a pending proposal' },
  'cooperation.pairing_status_invalid': {
    'zh-CN': '结对当前状态为「{pairingStatus}」，不能进行此操作',
    'en-US': 'The pairing is {pairingStatus}; this step is not possible now',
  },
  'cooperation.pairing_already_accepted': { 'zh-CN': '贵校已经接受了该结对', 'en-US': 'Your school has already accepted this pairing' },
  'cooperation.pairing_side_unknown': { 'zh-CN': '该结对没有这一地区的学校', 'en-US': 'The pairing has no school in this region' },
  'cooperation.pairing_side_approved': { 'zh-CN': '您所辖一方已经审批过该结对', 'en-US': 'Your side of this pairing has already been approved' },
  'cooperation.pairing_side_ambiguous': {
    'zh-CN': '您管辖该结对的多方，请选择审批哪一方',
    'en-US': 'You cover several sides of this pairing; choose the side you approve',
  },
  'cooperation.pairing_same_approver': {
    'zh-CN': '结对的每一方须由各自的教育局审批，同一单位或同一人不能审批两方',
    'en-US': 'Each side of a pairing is approved by its own bureau; one bureau or person cannot approve two sides',
  },
  'cooperation.agreement_status_invalid': {
    'zh-CN': '协议当前状态为「{agreementStatus}」，不能进行此操作',
    'en-US': 'The agreement is {agreementStatus}; this step is not possible now',
  },
  'cooperation.agreement_parties_invalid': {
    'zh-CN': '协议须由两个或以上的教育局、机构或学校签订',
    'en-US': 'An agreement needs two or more bureaus, bodies or schools as parties',
  },
  'cooperation.agreement_already_confirmed': { 'zh-CN': '贵单位已经确认过该协议', 'en-US': 'Your organization has already confirmed this agreement' },
  'cooperation.agreement_start_missing': {
    'zh-CN': '协议尚未填写开始日期，不能确认生效：请先编辑协议填写开始日期',
    'en-US': 'The agreement has no start date and cannot be confirmed: edit it and set the start date first',
  },
  'cooperation.agreement_document_missing': {
    'zh-CN': '尚未上传签署文本：请先上传签署的 PDF，或确认本协议没有签署文本',
    'en-US': 'No signed document is attached: upload the signed PDF first, or state that this agreement has none',
  },
  'cooperation.name_taken': { 'zh-CN': '名称「{name}」已被使用', 'en-US': 'The name "{name}" is already in use' },
  'cooperation.membership_exists': { 'zh-CN': '该单位已是成员或已提出申请', 'en-US': 'This organization is already a member or has asked to join' },
  'cooperation.membership_status_invalid': {
    'zh-CN': '成员资格当前状态为「{membershipStatus}」，不能进行此操作',
    'en-US': 'The membership is {membershipStatus}; this step is not possible now',
  },
  'cooperation.lead_cannot_leave': {
    'zh-CN': '牵头学校不能退出共同体，请先更换牵头学校',
    'en-US': 'The lead school cannot leave the community; appoint another lead school first',
  },
  'cooperation.community_member_not_school': { 'zh-CN': '共同体的成员须为学校', 'en-US': 'Members of a community must be schools' },
  'cooperation.chair_required': { 'zh-CN': '联盟须有一个理事长单位', 'en-US': 'An alliance needs one chair organization' },
  'cooperation.exchange_link_invalid': {
    'zh-CN': '交流活动所属的结对、共同体或联盟须包含至少一个参与单位',
    'en-US': 'The pairing, community or alliance of an exchange must include at least one of its organizations',
  },
  'cooperation.exchange_link_multiple': {
    'zh-CN': '交流活动只能属于一个结对、共同体或联盟',
    'en-US': 'An exchange belongs to one pairing, community or alliance at most',
  },
  'cooperation.participants_invalid': {
    'zh-CN': '具名参与人须为参与单位的工作人员',
    'en-US': "Named participants must be staff of the exchange's organizations",
  },
  'cooperation.participant_count_too_small': {
    'zh-CN': '参与人数不能少于具名参与人数（{named}）',
    'en-US': 'The number of participants cannot be below the named participants ({named})',
  },
  'cooperation.file_limit': { 'zh-CN': '最多上传 {max} 个文件', 'en-US': 'At most {max} files can be uploaded' },
  'cooperation.document_not_pdf': { 'zh-CN': '协议文本须为 PDF 文件', 'en-US': 'The signed agreement must be a PDF file' },
  'cooperation.import_invalid': { 'zh-CN': '文件有 {count} 处错误，未导入任何数据', 'en-US': 'Errors in the file: {count}; nothing was imported' },
  'cooperation.scope_required': { 'zh-CN': '您管辖多个地区，请选择一个', 'en-US': 'You cover several regions; choose one' },
  'cooperation.map_tile_unavailable': { 'zh-CN': '在线地图暂时无法加载', 'en-US': 'The online map cannot be loaded at the moment' },
} as const satisfies Record<`cooperation.${string}`, Localised>;

declare module '../../platform/i18n/error-messages.ts' {
  interface ErrorCatalogue extends Record<keyof typeof cooperationErrors, true> {}
}
