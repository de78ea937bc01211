import type { Localised } from '../../platform/modules/module-contract.ts';

/** The events module's error codes, each with its message in every locale. */
export const eventsErrors = {
  'events.organization_unknown': { 'zh-CN': '找不到机构 {id}', 'en-US': 'There is no organization {id}' },
  'events.region_unknown': { 'zh-CN': '找不到地区 {id}', 'en-US': 'There is no region {id}' },
  'events.times_invalid': { 'zh-CN': '结束时间须晚于开始时间', 'en-US': 'The end time must be after the start time' },
  'events.session_outside': { 'zh-CN': '日程须在活动时间之内', 'en-US': 'Agenda sessions must lie within the event' },
  'events.venue_required': { 'zh-CN': '线下活动须填写场地', 'en-US': 'An offline event needs a venue' },
  'events.meeting_url_required': { 'zh-CN': '线上活动须填写会议链接', 'en-US': 'An online event needs a meeting link' },
  'events.quotas_exceed_capacity': {
    'zh-CN': '各地区、单位的名额之和（{seats}）超过了总名额（{capacity}）',
    'en-US': 'The quotas add up to {seats} seats, more than the capacity of {capacity}',
  },
  'events.quota_duplicate': { 'zh-CN': '同一地区或单位只能设一个名额', 'en-US': 'A region or organization can have one quota only' },
  'events.audience_required': { 'zh-CN': '请选择可报名的地区或受邀学校', 'en-US': 'Choose the regions or the invited schools who may register' },
  'events.capacity_below_confirmed': {
    'zh-CN': '总名额不能少于已确认报名的人数（{confirmed}）',
    'en-US': 'The capacity cannot be below the confirmed registrations ({confirmed})',
  },
  'events.status_invalid': { 'zh-CN': '活动当前状态为「{eventStatus}」，不能进行此操作', 'en-US': 'The event is {eventStatus}; this step is not possible now' },
  'events.version_conflict': { 'zh-CN': '活动已被他人修改，请刷新后重试', 'en-US': 'The event was changed by someone else; reload and try again' },
  'events.registration_closed': { 'zh-CN': '该活动目前不接受报名', 'en-US': 'This event is not taking registrations' },
  'events.deadline_passed': { 'zh-CN': '报名已于 {deadline} 截止', 'en-US': 'Registration closed at {deadline}' },
  'events.not_eligible': { 'zh-CN': '您不在该活动的报名范围内', 'en-US': 'This event is not open to you' },
  'events.teacher_not_in_school': { 'zh-CN': '只能为本校教师报名', 'en-US': 'You can register teachers of your own school only' },
  'events.check_in_unknown': { 'zh-CN': '签到码无效或不属于本活动', 'en-US': 'The check-in code is not valid for this event' },
  'events.check_in_not_confirmed': {
    'zh-CN': '该报名尚未确认（候补或已取消），不能签到',
    'en-US': 'This registration is not confirmed (waitlisted or cancelled); it cannot be checked in',
  },
  'events.session_unknown': { 'zh-CN': '该活动没有这一场次', 'en-US': 'The event has no such session' },
  'events.certificates_not_yet': { 'zh-CN': '活动举行后才能发放证书', 'en-US': 'Certificates are issued once the event has been held' },
  'events.certificate_revoked': { 'zh-CN': '该证书已被撤销', 'en-US': 'This certificate has been revoked' },
} as const satisfies Record<`events.${string}`, Localised>;

declare module '../../platform/i18n/error-messages.ts' {
  interface ErrorCatalogue extends Record<keyof typeof eventsErrors, true> {}
}
