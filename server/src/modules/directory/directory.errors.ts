import type { Localised } from '../../platform/modules/module-contract.ts';

/** Directory's error codes, each with its message in every locale (`{name}` placeholders from the error's params). */
export const directoryErrors = {
  'directory.region_unknown': { 'zh-CN': '未知的行政区划 {region}', 'en-US': 'Unknown region {region}' },
  'directory.school_code_taken': { 'zh-CN': '学校标识码 {code} 已被使用', 'en-US': 'School code {code} is already in use' },
  'directory.not_a_school': { 'zh-CN': '该机构不是学校', 'en-US': 'This organization is not a school' },
  'directory.import_invalid': { 'zh-CN': '文件有 {count} 处错误，未导入任何数据', 'en-US': 'Errors in the file: {count}; nothing was imported' },
  'directory.import_unreadable': { 'zh-CN': '无法读取文件，请上传 .xlsx 或 .csv 文件', 'en-US': 'The file cannot be read; upload an .xlsx or .csv file' },
  'directory.import_empty': { 'zh-CN': '文件中没有数据行', 'en-US': 'The file has no data rows' },
  'directory.import_too_many_rows': { 'zh-CN': '文件最多 {max} 行', 'en-US': 'The file can have at most {max} rows' },
} as const satisfies Record<`directory.${string}`, Localised>;

declare module '../../platform/i18n/error-messages.ts' {
  interface ErrorCatalogue extends Record<keyof typeof directoryErrors, true> {}
}
