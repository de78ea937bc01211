import type { Localised } from '../../platform/modules/module-contract.ts';

export const eventsAuditActions: Record<string, Localised> = {
  'event.create': { 'zh-CN': '新建活动', 'en-US': 'Event created' },
  'event.update': { 'zh-CN': '修改活动', 'en-US': 'Event changed' },
  'event.status': { 'zh-CN': '变更活动状态', 'en-US': 'Event status changed' },
  'event.cancel': { 'zh-CN': '取消活动', 'en-US': 'Event cancelled' },
  'event.reschedule': { 'zh-CN': '活动改期', 'en-US': 'Event rescheduled' },
  'event.register': { 'zh-CN': '活动报名', 'en-US': 'Registered for an event' },
  'event.register_school': { 'zh-CN': '为本校教师报名', 'en-US': "Registered a school's teachers" },
  'event.registration.cancel': { 'zh-CN': '取消报名', 'en-US': 'Registration cancelled' },
  'event.check_in': { 'zh-CN': '活动签到', 'en-US': 'Checked in' },
  'event.certificates.issue': { 'zh-CN': '发放活动证书', 'en-US': 'Event certificates issued' },
  'event.certificate.revoke': { 'zh-CN': '撤销活动证书', 'en-US': 'Event certificate revoked' },
  'event.certificate.download': { 'zh-CN': '下载活动证书', 'en-US': 'Event certificate downloaded' },
};
