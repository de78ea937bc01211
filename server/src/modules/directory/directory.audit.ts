import type { Localised } from '../../platform/modules/module-contract.ts';

export const directoryAuditActions: Record<string, Localised> = {
  'organization.create': { 'zh-CN': '新建机构', 'en-US': 'Organization created' },
  'organization.update': { 'zh-CN': '修改机构', 'en-US': 'Organization changed' },
  'organization.import': { 'zh-CN': '导入学校', 'en-US': 'Schools imported' },
  'organization.export': { 'zh-CN': '导出学校', 'en-US': 'Schools exported' },
};
