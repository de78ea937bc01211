import type { Localised } from '../modules/module-contract.ts';

/** Audit actions the platform itself records (refusals), with their localised labels. */
export const platformAuditActions: Record<string, Localised> = {
  'access.denied': { 'zh-CN': '越权访问被拒绝', 'en-US': 'Access refused' },
  'upload.refused': { 'zh-CN': '上传被拒绝', 'en-US': 'Upload refused' },
};
