import type { Localised } from '../modules/module-contract.ts';

/** Audit actions the platform itself records (refusals), with their localised labels. */
export const platformAuditActions: Record<string, Localised> = {
  'access.denied': { 'zh-CN': '越权访问被拒绝', 'en-US': 'Access refused' },
  'upload.refused': { 'zh-CN': '上传被拒绝', 'en-US': 'Upload refused' },
  'backup.create': { 'zh-CN': '数据备份', 'en-US': 'Backup made' },
  'backup.restore': { 'zh-CN': '数据恢复（已核验）', 'en-US': 'Backup restored and verified' },
};
