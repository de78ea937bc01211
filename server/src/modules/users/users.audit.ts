import type { Localised } from '../../platform/modules/module-contract.ts';

export const usersAuditActions: Record<string, Localised> = {
  'user.create': { 'zh-CN': '创建用户', 'en-US': 'User created' },
  'user.create_guardian': { 'zh-CN': '创建家长账号', 'en-US': 'Parent account created' },
  'user.update': { 'zh-CN': '修改用户', 'en-US': 'User changed' },
  'user.disable': { 'zh-CN': '停用用户', 'en-US': 'User disabled' },
  'user.enable': { 'zh-CN': '启用用户', 'en-US': 'User enabled' },
  'user.password_reset': { 'zh-CN': '重置密码', 'en-US': 'Password reset' },
  'user.grant': { 'zh-CN': '授予角色', 'en-US': 'Role granted' },
  'user.revoke': { 'zh-CN': '移除角色', 'en-US': 'Role removed' },
};
