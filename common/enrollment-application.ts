/**
 * The life of an application (入学申请), shared by server and web. Each status change goes through
 * `canTransition`, so the service, the timeline and the web's buttons agree on what may happen next.
 */
export const APPLICATION_STATUSES = [
  'draft', // kept while the family fills it in
  'submitted', // in the reviewers' inbox
  'supplement_requested', // a reviewer asked for documents; the family re-uploads and resubmits
  'approved', // eligible (资格审核通过), points verified: goes to the public list and allocation
  'rejected', // not eligible; may be appealed within the policy's appeal days
  'appealed', // 复核 pending, decided by a reviewer other than the one who rejected
  'placed', // an offer is open at a school (allocation or 统筹安排)
  'unplaced', // the allocation found no seat: waits for the bureau's manual placement or a next round
  'accepted', // the family accepted the offer; the admission notice can be downloaded
  'declined', // the family declined; the seat goes to the next round
  'enrolled', // 报到: the school recorded the arrival
  'no_show', // the school recorded that the pupil did not come
  'withdrawn', // the family withdrew it (before a decision)
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ['submitted', 'withdrawn'],
  submitted: ['supplement_requested', 'approved', 'rejected', 'withdrawn'],
  supplement_requested: ['submitted', 'rejected', 'withdrawn'],
  approved: ['placed', 'unplaced', 'withdrawn'],
  rejected: ['appealed'],
  // An appeal granted for documents that were missing goes back to the family for them (supplement request).
  appealed: ['approved', 'rejected', 'supplement_requested'],
  placed: ['accepted', 'declined'],
  unplaced: ['placed'],
  accepted: ['enrolled', 'no_show'],
  declined: [],
  enrolled: [],
  no_show: [],
  withdrawn: [],
};

export const canTransition = (from: ApplicationStatus, to: ApplicationStatus): boolean => TRANSITIONS[from].includes(to);

/** Statuses a reviewer must act on: the inbox. */
export const AWAITING_REVIEW: readonly ApplicationStatus[] = ['submitted', 'appealed'];

/** Where an application counts in the funnel applied → verified → placed → enrolled (statistics). */
export const FUNNEL_STAGES = ['applied', 'verified', 'placed', 'enrolled'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
const REACHED: Record<ApplicationStatus, FunnelStage | null> = {
  draft: null,
  withdrawn: null,
  submitted: 'applied',
  supplement_requested: 'applied',
  rejected: 'applied',
  appealed: 'applied',
  approved: 'verified',
  unplaced: 'verified',
  placed: 'placed',
  accepted: 'placed',
  declined: 'placed',
  no_show: 'placed',
  enrolled: 'enrolled',
};
/** The furthest funnel stage an application in this status has reached (null: not counted). */
export const funnelStageOf = (status: ApplicationStatus): FunnelStage | null => REACHED[status];

export const WORK_KINDS = ['employed', 'self_employed', 'flexible', 'other'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export const DOCUMENT_STATUSES = ['pending', 'accepted', 'rejected', 'superseded'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const APPEAL_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export const OFFER_STATUSES = ['open', 'accepted', 'declined', 'expired'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const PLACEMENT_KINDS = ['allocation', 'manual'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

export const ALLOCATION_RUN_KINDS = ['dry_run', 'final'] as const;
export type AllocationRunKind = (typeof ALLOCATION_RUN_KINDS)[number];

/** What the timeline shows; one per event the family can read. */
export const APPLICATION_EVENT_KINDS = [
  'created',
  'submitted',
  'assisted_filing',
  'document_accepted',
  'document_rejected',
  'supplement_requested',
  'resubmitted',
  'points_verified',
  'approved',
  'rejected',
  'appealed',
  'appeal_upheld',
  'appeal_dismissed',
  'publicly_listed',
  'placed',
  'unplaced',
  'offer_accepted',
  'offer_declined',
  'offer_expired',
  'enrolled',
  'no_show',
  'withdrawn',
  'personal_data_deleted',
  'supplement_overdue',
] as const;
export type ApplicationEventKind = (typeof APPLICATION_EVENT_KINDS)[number];

/** Kinds of in-app notification (each has zh-CN and en-US text, also used for the SMS). */
export const NOTIFICATION_KINDS = [
  'application_submitted',
  'document_rejected',
  'supplement_requested',
  'application_approved',
  'application_rejected',
  'appeal_decided',
  'placed',
  'unplaced',
  'offer_expiring',
  'enrolled',
  'offer_expired',
  'appeal_filed',
  'supplement_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
