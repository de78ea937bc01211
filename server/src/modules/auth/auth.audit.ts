import type { Localised } from '../../platform/modules/module-contract.ts';

export const authAuditActions: Record<string, Localised> = {
  'auth.login': { 'zh-CN': '账号密码登录', 'en-US': 'Password sign-in' },
  'auth.login_sms': { 'zh-CN': '短信验证码登录', 'en-US': 'Text message sign-in' },
  'auth.register_guardian': { 'zh-CN': '家长注册', 'en-US': 'Parent registration' },
  'auth.logout': { 'zh-CN': '退出登录', 'en-US': 'Sign-out' },
  'auth.totp': { 'zh-CN': '动态验证码验证', 'en-US': 'Authenticator check' },
  'auth.totp_enable': { 'zh-CN': '绑定动态验证码', 'en-US': 'Authenticator set up' },
  'auth.password_change': { 'zh-CN': '修改密码', 'en-US': 'Password change' },
  'auth.sms_send': { 'zh-CN': '发送短信验证码', 'en-US': 'Text message code sent' },
};
