import type { EventNotificationKind } from '../../../../common/events.ts';
import type { Locale } from '../../../../common/locales.ts';

declare module '../../platform/notifications/notification-kinds.ts' {
  interface NotificationKinds extends Record<EventNotificationKind, true> {}
}

/**
 * The texts of the events module's notifications. Every kind takes `title` (the event's title); `startsAt`
 * is the event's start as the reader should read it (deployment time, formatted by the caller); `reason` why.
 */
export const eventsNotifications = {
  event_registration_confirmed: {
    'zh-CN': { title: '报名成功', body: '您已报名「{title}」（{startsAt}），签到二维码见“我的活动”。' },
    'en-US': { title: 'Registration confirmed', body: 'You are registered for "{title}" ({startsAt}); your check-in QR code is in My events.' },
  },
  event_registration_waitlisted: {
    'zh-CN': { title: '已进入候补', body: '「{title}」名额已满，您已进入候补名单，有空位时将自动递补并通知您。' },
    'en-US': { title: 'On the waitlist', body: '"{title}" is full; you are on the waitlist and will be moved up automatically when a seat frees.' },
  },
  event_promoted: {
    'zh-CN': { title: '候补成功', body: '「{title}」有空位，您已由候补转为正式报名（{startsAt}）。' },
    'en-US': { title: 'Moved up from the waitlist', body: 'A seat freed at "{title}": your registration is now confirmed ({startsAt}).' },
  },
  event_cancelled: {
    'zh-CN': { title: '活动已取消', body: '您报名的「{title}」已取消：{reason}' },
    'en-US': { title: 'Event cancelled', body: '"{title}", which you registered for, has been cancelled: {reason}' },
  },
  event_rescheduled: {
    'zh-CN': { title: '活动时间调整', body: '您报名的「{title}」改为 {startsAt} 举行。' },
    'en-US': { title: 'Event rescheduled', body: '"{title}", which you registered for, now takes place at {startsAt}.' },
  },
  event_certificate_issued: {
    'zh-CN': { title: '证书已发放', body: '「{title}」的参会证明已发放，可在“我的活动”中下载。' },
    'en-US': { title: 'Certificate issued', body: 'Your certificate of attendance for "{title}" is ready to download in My events.' },
  },
} as const satisfies Record<EventNotificationKind, Record<Locale, { title: string; body: string }>>;
