import type { Locale } from '../../../../common/locales.ts';
import { onModulesInstalled } from '../modules/installed-modules.ts';
import type { Localised, ParamNames } from '../modules/module-contract.ts';

/**
 * The closed set of error codes, each with its message in every locale: the platform's own here, each
 * module's in its `<name>.errors.ts` (listed in its descriptor and merged into `ErrorCatalogue`), so that
 * `new AppError(code)` only compiles for a code that has its texts. `{name}` placeholders are filled from
 * the error's params.
 */
export const platformErrors = {
  'request.invalid': { 'zh-CN': '请求内容有误，请检查标出的字段', 'en-US': 'The request is invalid; check the marked fields' },
  'request.malformed_json': { 'zh-CN': '请求内容不是有效的 JSON', 'en-US': 'The request body is not valid JSON' },
  'request.too_large': { 'zh-CN': '请求内容过大', 'en-US': 'The request body is too large' },
  'request.unsupported_media_type': { 'zh-CN': '不支持的内容类型', 'en-US': 'Unsupported content type' },
  'request.csrf_failed': { 'zh-CN': '页面已过期，请刷新后重试', 'en-US': 'The page has expired; reload it and try again' },
  'request.rate_limited': { 'zh-CN': '操作过于频繁，请 {seconds} 秒后再试', 'en-US': 'Too many attempts; try again in {seconds} seconds' },
  'request.idempotency_key_reused': {
    'zh-CN': '该请求标识（Idempotency-Key）已用于另一个请求，请刷新页面后重试',
    'en-US': 'This Idempotency-Key was already used for a different request; reload the page and try again',
  },
  'route.not_found': { 'zh-CN': '找不到请求的地址', 'en-US': 'No such address' },
  'resource.not_found': { 'zh-CN': '找不到该记录', 'en-US': 'The record does not exist' },
  'resource.conflict': { 'zh-CN': '该记录已被他人修改，请刷新后重试', 'en-US': 'Someone else changed this record; reload and try again' },
  'server.internal': {
    'zh-CN': '服务器出现错误，请稍后重试（编号 {requestId}）',
    'en-US': 'Something went wrong on our side; try again later (reference {requestId})',
  },
  'server.unavailable': { 'zh-CN': '服务暂不可用', 'en-US': 'The service is unavailable' },
  'auth.busy': {
    'zh-CN': '此刻登录的人太多，请 {seconds} 秒后重试',
    'en-US': 'Too many people are signing in right now; please try again in {seconds} seconds',
  },
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
  'files.rejected': { 'zh-CN': '文件「{file}」未通过检查：{reason}', 'en-US': 'The file "{file}" was refused: {reason}' },
  'files.infected': {
    'zh-CN': '文件「{file}」含有恶意代码，已被拒绝，请勿再上传此文件',
    'en-US': 'The file "{file}" contains malware and was refused; do not upload it again',
  },
  'files.scan_unavailable': {
    'zh-CN': '病毒扫描暂时不可用，文件未保存，请稍后重试',
    'en-US': 'Malware scanning is unavailable right now; the file was not saved. Please try again shortly',
  },
  'files.too_large': { 'zh-CN': '文件「{file}」超过 {maxMb} MB', 'en-US': 'The file "{file}" is larger than {maxMb} MB' },
} as const satisfies Record<string, Record<Locale, string>>;

export interface ErrorCatalogue extends Record<keyof typeof platformErrors, true> {}

export type ErrorCode = keyof ErrorCatalogue & string;

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

let catalogue: Record<string, Localised> = { ...platformErrors };
// Localised params: `<param>:<key>` names one text of the table for that param (statuses, materials, reasons).
let paramTables: ParamNames = { reason: fileRejectionReasons };

onModulesInstalled((modules) => {
  catalogue = { ...platformErrors };
  paramTables = { reason: { ...fileRejectionReasons } };
  for (const m of modules) {
    for (const [code, texts] of Object.entries(m.errors ?? {})) {
      if (Object.hasOwn(catalogue, code)) throw new Error(`error code ${code} is declared twice`);
      catalogue[code] = texts;
    }
    // Tables of one param from several modules merge; their keys never overlap, so `reason:<key>` names one text.
    for (const [param, table] of Object.entries(m.errorParamNames ?? {})) paramTables[param] = { ...paramTables[param], ...table };
  }
});

/** The message of an error code in a locale, before its params are filled in. */
export function errorText(code: ErrorCode, locale: Locale): string {
  const texts = catalogue[code];
  if (!texts) throw new Error(`error code ${code} has no texts: is its module in the module list?`);
  return texts[locale];
}

/** Every code with its texts (the locale-completeness test and the web's error table read it). */
export const allErrorTexts = (): Readonly<Record<string, Localised>> => catalogue;

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
