/** Events (活动): kinds, modes and statuses shared by the server and the web (identifiers from ../shared/GLOSSARY.md). */
export const EVENT_KINDS = ['joint_research', 'forum', 'seminar', 'open_day', 'training', 'competition', 'award_ceremony'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Offline (线下, a venue), online (线上, a meeting link) or both (线上线下). */
export const EVENT_MODES = ['offline', 'online', 'hybrid'] as const;
export type EventMode = (typeof EVENT_MODES)[number];

/** draft → published → registration_open ⇄ registration_closed → held → closed; cancelled from any step before held. */
export const EVENT_STATUSES = ['draft', 'published', 'registration_open', 'registration_closed', 'held', 'closed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const EVENT_TRANSITIONS: Record<EventStatus, readonly EventStatus[]> = {
  draft: ['published', 'cancelled'],
  published: ['registration_open', 'cancelled'],
  registration_open: ['registration_closed', 'cancelled'],
  registration_closed: ['registration_open', 'held', 'cancelled'],
  held: ['closed'],
  closed: [],
  cancelled: [],
};
export const canEventTransition = (from: EventStatus, to: EventStatus): boolean => EVENT_TRANSITIONS[from].includes(to);
/** Statuses the organizer moves to with the status route (cancelling has its own, with a reason). */
export const EVENT_STEPS = ['published', 'registration_open', 'registration_closed', 'held', 'closed'] as const;
export type EventStep = (typeof EVENT_STEPS)[number];

/** Who may register: any staff member signed in, teachers of given regions, or invited schools only. */
export const EVENT_AUDIENCES = ['staff', 'regions', 'invited_schools'] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

/** A registration holds a seat (confirmed), waits for one (waitlisted, 候补) or was cancelled. */
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const CHECK_IN_METHODS = ['qr', 'list'] as const;
export type CheckInMethod = (typeof CHECK_IN_METHODS)[number];

export const EVENT_NOTIFICATION_KINDS = [
  'event_registration_confirmed',
  'event_registration_waitlisted',
  'event_promoted',
  'event_cancelled',
  'event_rescheduled',
  'event_certificate_issued',
] as const;
export type EventNotificationKind = (typeof EVENT_NOTIFICATION_KINDS)[number];
