import type { NotificationKind as EnrollmentNotificationKind } from '../../../../common/enrollment-application.ts';
import type { Locale } from '../../../../common/locales.ts';

declare module '../../platform/notifications/notification-kinds.ts' {
  interface NotificationKinds extends Record<EnrollmentNotificationKind, true> {}
}

/**
 * The text of every notification kind, in-app and by SMS, in each locale. Parameters (what callers of
 * notify() pass): every kind takes `reference` (the application reference); `deadline` is an ISO time,
 * shown in Beijing time; `school` is given as `schoolZh` and `schoolEn` and shown in the reader's language.
 *   document_rejected: material (a Material key, named in the reader's language), reason · supplement_requested: deadline · placed: schoolZh, schoolEn, deadline · offer_expiring: deadline · enrolled: schoolZh, schoolEn
 *   offer_expired: schoolZh, schoolEn, deadline · supplement_overdue: deadline
 * Texts never hold personal data beyond the reference: an SMS may be read by anyone holding the phone.
 */
export const enrollmentNotifications = {
  application_submitted: {
    'zh-CN': { title: '申请已提交', body: '您的入学申请 {reference} 已提交，请等待审核结果。' },
    'en-US': { title: 'Application submitted', body: 'Your application {reference} has been submitted and is waiting for review.' },
  },
  document_rejected: {
    'zh-CN': { title: '材料未通过审核', body: '入学申请 {reference} 的材料「{material}」未通过审核：{reason}' },
    'en-US': { title: 'Document not accepted', body: 'The {material} of application {reference} was not accepted: {reason}' },
  },
  supplement_requested: {
    'zh-CN': { title: '请补充材料', body: '入学申请 {reference} 需要补充材料，请在 {deadline} 前登录上传。' },
    'en-US': { title: 'Documents needed', body: 'Application {reference} needs more documents; sign in and upload them before {deadline}.' },
  },
  application_approved: {
    'zh-CN': { title: '审核通过', body: '入学申请 {reference} 已通过资格审核。' },
    'en-US': { title: 'Application approved', body: 'Application {reference} has passed the eligibility review.' },
  },
  application_rejected: {
    'zh-CN': { title: '审核未通过', body: '入学申请 {reference} 未通过审核，请登录查看原因；如有异议，可在规定期限内申请复核。' },
    'en-US': { title: 'Application not approved', body: 'Application {reference} was not approved; sign in to read why. You may appeal within the set time.' },
  },
  appeal_decided: {
    'zh-CN': { title: '复核已有结果', body: '入学申请 {reference} 的复核已有结果，请登录查看。' },
    'en-US': { title: 'Appeal decided', body: 'The appeal on application {reference} has been decided; sign in to read the outcome.' },
  },
  placed: {
    'zh-CN': { title: '已派位', body: '入学申请 {reference} 已派位至{school}，请在 {deadline} 前登录确认是否接受。' },
    'en-US': { title: 'School place offered', body: 'Application {reference} has been offered a place at {school}; accept or decline before {deadline}.' },
  },
  unplaced: {
    'zh-CN': { title: '待统筹安排', body: '入学申请 {reference} 本轮未派到志愿学校，教育部门将统筹安排学位。' },
    'en-US': {
      title: 'Waiting for a placement',
      body: 'Application {reference} got no place at a preferred school this round; the bureau will arrange a place.',
    },
  },
  offer_expiring: {
    'zh-CN': { title: '学位即将过期', body: '入学申请 {reference} 的学位将于 {deadline} 过期，请尽快登录确认。' },
    'en-US': { title: 'Offer expiring', body: 'The place offered to application {reference} expires at {deadline}; accept or decline soon.' },
  },
  enrolled: {
    'zh-CN': { title: '已报到', body: '入学申请 {reference}：孩子已在{school}报到，欢迎入学！' },
    'en-US': { title: 'Reported at school', body: 'Application {reference}: your child has reported at {school}. Welcome!' },
  },
  offer_expired: {
    'zh-CN': { title: '学位已过期', body: '入学申请 {reference} 在{school}的学位未在 {deadline} 前确认，已过期。' },
    'en-US': { title: 'Offer expired', body: 'The place at {school} offered to application {reference} was not answered by {deadline} and has expired.' },
  },
  appeal_filed: {
    'zh-CN': { title: '复核申请已收到', body: '入学申请 {reference} 的复核申请已收到，将由另一位审核人员处理，结果会通知您。' },
    'en-US': {
      title: 'Appeal received',
      body: 'The appeal on application {reference} has been received; another reviewer will decide it and you will be told.',
    },
  },
  supplement_overdue: {
    'zh-CN': { title: '补充材料已逾期', body: '入学申请 {reference} 未在 {deadline} 前补充材料，已按现有材料交由审核人员处理。' },
    'en-US': {
      title: 'Documents not received in time',
      body: 'Application {reference} received no documents by {deadline}; the reviewers will decide on what it has.',
    },
  },
} as const satisfies Record<EnrollmentNotificationKind, Record<Locale, { title: string; body: string }>>;
