import type { Locale } from '../../../../common/locales.ts';
import { formatMessage } from '../../platform/i18n/error-messages.ts';

/** Texts of the per-cell problems an import lists (the `fields` of directory.import_invalid), in every locale. */
export const cellMessages = {
  required: { 'zh-CN': '必填', 'en-US': 'is required' },
  unknownValue: { 'zh-CN': '未知的取值「{value}」，可选：{allowed}', 'en-US': 'unknown value "{value}"; allowed: {allowed}' },
  code: { 'zh-CN': '应为 10 位数字，实际为「{value}」', 'en-US': 'must be 10 digits, not "{value}"' },
  length: { 'zh-CN': '长度应为 {min}–{max} 个字符，实际为 {length} 个', 'en-US': 'must have {min}–{max} characters, not {length}' },
  number: { 'zh-CN': '「{value}」不是数字', 'en-US': '"{value}" is not a number' },
  range: { 'zh-CN': '应在 {min} 到 {max} 之间，实际为 {value}', 'en-US': 'must be between {min} and {max}, not {value}' },
  count: { 'zh-CN': '应为 0 到 {max} 之间的整数，实际为「{value}」', 'en-US': 'must be a whole number from 0 to {max}, not "{value}"' },
  url: { 'zh-CN': '应以 http:// 或 https:// 开头，实际为「{value}」', 'en-US': 'must start with http:// or https://, not "{value}"' },
  regionUnknown: {
    'zh-CN': '未知的行政区划「{value}」，请填写区划代码（如 500105）或准确的名称',
    'en-US': 'unknown region "{value}"; give its division code (e.g. 500105) or its exact name',
  },
  regionAmbiguous: {
    'zh-CN': '「{value}」对应多个行政区划（{candidates}），请改填区划代码',
    'en-US': '"{value}" names several regions ({candidates}); give the division code instead',
  },
  outsideJurisdiction: { 'zh-CN': '不在您的管辖范围内', 'en-US': 'is outside your jurisdiction' },
  schoolOutsideJurisdiction: { 'zh-CN': '该学校现属{region}，不在您的管辖范围内', 'en-US': 'this school is in {region}, outside your jurisdiction' },
  notASchool: { 'zh-CN': '该标识码属于一个非学校机构', 'en-US': 'this code belongs to an organization that is not a school' },
  duplicateCode: { 'zh-CN': '与第 {row} 行的学校标识码重复', 'en-US': 'repeats the code of row {row}' },
  unknownColumn: { 'zh-CN': '未知的列「{value}」，可识别的列：{allowed}', 'en-US': 'unknown column "{value}"; known columns: {allowed}' },
  duplicateColumn: { 'zh-CN': '列「{value}」出现了多次', 'en-US': 'column "{value}" appears more than once' },
  missingColumn: { 'zh-CN': '缺少必填列', 'en-US': 'required column is missing' },
} as const satisfies Record<string, Record<Locale, string>>;

export type CellMessage = keyof typeof cellMessages;

/** What is wrong with one cell, worded when the reader's locale is known. */
export interface Problem {
  key: CellMessage;
  params?: Record<string, string | number>;
}

export const cellMessage = (locale: Locale, key: CellMessage, params: Record<string, string | number> = {}): string =>
  formatMessage(cellMessages[key][locale], params);

/** The `field` of one problem: the spreadsheet row (header = row 1) and the column as the caller reads it. */
export const cellLabel = (locale: Locale, row: number, column: string): string => (locale === 'zh-CN' ? `第 ${row} 行 / ${column}` : `Row ${row} / ${column}`);

/** A list of values as the locale writes it: 幼儿园、小学 / kindergarten, primary. */
export const listOf = (locale: Locale, values: readonly string[]): string => values.join(locale === 'zh-CN' ? '、' : ', ');
