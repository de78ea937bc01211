import type { Localised } from '../../platform/modules/module-contract.ts';

/** Users's error codes, each with its message in every locale (`{name}` placeholders from the error's params). */
export const usersErrors = {
  'users.username_taken': { 'zh-CN': '账号 {username} 已存在', 'en-US': 'The account {username} already exists' },
  'users.mobile_taken': { 'zh-CN': '该手机号已被使用', 'en-US': 'This mobile number is already in use' },
  'users.grant_scope_invalid': { 'zh-CN': '角色 {role} 需要指定{scope}', 'en-US': 'Role {role} needs a {scope}' },
  'users.grant_exists': { 'zh-CN': '该用户已有此角色', 'en-US': 'The user already has this role' },
  'users.no_password': { 'zh-CN': '家长账号使用短信验证码登录，没有密码', 'en-US': 'Guardian accounts sign in with SMS codes and have no password' },
  'users.cannot_disable_self': { 'zh-CN': '不能停用自己的账号', 'en-US': 'You cannot disable your own account' },
} as const satisfies Record<`users.${string}`, Localised>;

declare module '../../platform/i18n/error-messages.ts' {
  interface ErrorCatalogue extends Record<keyof typeof usersErrors, true> {}
}
