import type { Locale } from '../../../../../common/locales.ts';
import { formatMessage } from '../../../platform/i18n/error-messages.ts';

/** Texts of the per-cell problems a cooperation import lists (the `fields` of cooperation.import_invalid). */
export const importMessages = {
  required: { 'zh-CN': '必填', 'en-US': 'is required' },
  unknownValue: { 'zh-CN': '未知的取值「{value}」，可选：{allowed}', 'en-US': 'unknown value "{value}"; allowed: {allowed}' },
  length: { 'zh-CN': '长度应为 {min}–{max} 个字符，实际为 {length} 个', 'en-US': 'must have {min}–{max} characters, not {length}' },
  count: { 'zh-CN': '应为 {min} 到 {max} 之间的整数，实际为「{value}」', 'en-US': 'must be a whole number from {min} to {max}, not "{value}"' },
  date: { 'zh-CN': '「{value}」不是有效日期，请写作 2025-09-01', 'en-US': '"{value}" is not a valid date; write it as 2025-09-01' },
  organizationUnknown: { 'zh-CN': '找不到「{value}」，请填写学校标识码或准确的名称', 'en-US': 'no organization "{value}"; give its school code or exact name' },
  organizationAmbiguous: {
    'zh-CN': '「{value}」对应多个机构，请改填学校标识码',
    'en-US': '"{value}" names several organizations; give the school code instead',
  },
  notASchool: { 'zh-CN': '「{value}」不是学校', 'en-US': '"{value}" is not a school' },
  repeated: { 'zh-CN': '「{value}」重复出现', 'en-US': '"{value}" appears twice' },
  tooFewSchools: { 'zh-CN': '至少需要两所学校', 'en-US': 'needs at least two schools' },
  sameRegion: { 'zh-CN': '结对学校须来自不同地区', 'en-US': 'the schools must be in different regions' },
  proposerNotInPairing: { 'zh-CN': '发起学校须是结对学校之一', 'en-US': 'the proposing school must be one of the schools' },
  endBeforeStart: { 'zh-CN': '结束日期不能早于开始日期', 'en-US': 'the end date cannot be before the start date' },
  endReasonRequired: { 'zh-CN': '已结束的结对须填写结束原因', 'en-US': 'an ended pairing needs a reason' },
  pairingExists: {
    'zh-CN': '这些学校之间已有同一天开始的结对或进行中的结对',
    'en-US': 'these schools already have a pairing starting that day, or a live one',
  },
  duplicateRow: { 'zh-CN': '与第 {row} 行重复', 'en-US': 'repeats row {row}' },
  outsideJurisdiction: { 'zh-CN': '没有一所学校在您的管辖范围内', 'en-US': 'none of its schools is in your jurisdiction' },
  otherSideMustApprove: {
    'zh-CN': '有学校不在您的管辖范围内：已结束的结对须由各方教育局导入，进行中的结对导入后待对方审批',
    'en-US': 'some schools are outside your jurisdiction: an ended pairing must be imported by each side, a live one then waits for the other side',
  },
  leadOutsideJurisdiction: { 'zh-CN': '牵头学校不在您的管辖范围内', 'en-US': 'the lead school is outside your jurisdiction' },
  nameTaken: { 'zh-CN': '名称「{value}」已被使用', 'en-US': 'the name "{value}" is already in use' },
  agreementUnknown: { 'zh-CN': '找不到标题为「{value}」的协议', 'en-US': 'no agreement titled "{value}"' },
  bodyUnknown: { 'zh-CN': '找不到「{value}」', 'en-US': 'nothing named "{value}"' },
  pairingUnknown: { 'zh-CN': '这些学校之间没有结对', 'en-US': 'these schools have no pairing' },
  linkMultiple: { 'zh-CN': '只能填写结对、共同体、联盟中的一项', 'en-US': 'fill in at most one of pairing, community and alliance' },
  linkWithoutParticipant: {
    'zh-CN': '所属的结对、共同体或联盟不包含任何参与单位',
    'en-US': 'the pairing, community or alliance includes none of its organizations',
  },
  exchangeOutsideJurisdiction: { 'zh-CN': '主办和参与单位均不在您的管辖范围内', 'en-US': 'neither the host nor a partner is in your jurisdiction' },
  alreadyImported: { 'zh-CN': '此行已从同一文件导入过', 'en-US': 'this row was already imported from the same file' },
  unknownColumn: { 'zh-CN': '未知的列「{value}」，可识别的列：{allowed}', 'en-US': 'unknown column "{value}"; known columns: {allowed}' },
  duplicateColumn: { 'zh-CN': '列「{value}」出现了多次', 'en-US': 'column "{value}" appears more than once' },
  missingColumn: { 'zh-CN': '缺少必填列', 'en-US': 'required column is missing' },
} as const satisfies Record<string, Record<Locale, string>>;

export type ImportMessage = keyof typeof importMessages;

export interface Problem {
  key: ImportMessage;
  params?: Record<string, string | number>;
}

export const importMessage = (locale: Locale, problem: Problem): string => formatMessage(importMessages[problem.key][locale], problem.params ?? {});
