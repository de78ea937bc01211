import { Type, type Static } from 'typebox';
import { SUBJECTS } from '../../../../common/cooperation.ts';
import { STAGES } from '../../../../common/directory.ts';
import { CHECK_IN_METHODS, EVENT_AUDIENCES, EVENT_KINDS, EVENT_MODES, EVENT_STATUSES, EVENT_STEPS, REGISTRATION_STATUSES } from '../../../../common/events.ts';
import { Id, Nullable, Page, PageQuery, StrictObject } from '../../platform/http/schemas.ts';

/** An instant with its offset, e.g. 2026-12-18T09:00:00+08:00 (stored as UTC). */
const Instant = Type.String({ format: 'date-time', maxLength: 40 });
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Url = Type.String({ minLength: 8, maxLength: 500, pattern: '^https?://' });
const Version = Type.Integer({ minimum: 1 });
const Named = Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() });

export const SessionInput = StrictObject({
  title: Text(200),
  startsAt: Instant,
  endsAt: Instant,
  room: Type.Optional(Nullable(Text(200))),
  meetingUrl: Type.Optional(Nullable(Url)),
  speakers: Type.Optional(Type.Array(Text(100), { maxItems: 20 })),
});

/** Seats reserved for a district (regionId) or an organization (organizationId): exactly one of them. */
export const QuotaInput = StrictObject({
  regionId: Type.Optional(Id),
  organizationId: Type.Optional(Id),
  seats: Type.Integer({ minimum: 1, maximum: 100_000 }),
});

export const EventInput = StrictObject({
  kind: Type.Enum(EVENT_KINDS),
  title: Text(200),
  subject: Type.Optional(Nullable(Type.Enum(SUBJECTS))),
  stage: Type.Optional(Nullable(Type.Enum(STAGES))),
  description: Type.Optional(Nullable(Text(5000))),
  organizerIds: Type.Array(Id, { minItems: 1, maxItems: 10, uniqueItems: true }),
  mode: Type.Enum(EVENT_MODES),
  venue: Type.Optional(Nullable(Text(200))),
  address: Type.Optional(Nullable(Text(300))),
  latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
  meetingUrl: Type.Optional(Nullable(Url)),
  startsAt: Instant,
  endsAt: Instant,
  capacity: Type.Integer({ minimum: 1, maximum: 100_000 }),
  registrationDeadline: Type.Optional(Nullable(Instant)),
  audience: Type.Enum(EVENT_AUDIENCES),
  /** With audience 'regions': the regions whose staff may register; with 'invited_schools': the schools. */
  audienceIds: Type.Optional(Type.Array(Id, { maxItems: 200, uniqueItems: true })),
  quotas: Type.Optional(Type.Array(QuotaInput, { maxItems: 50 })),
  sessions: Type.Optional(Type.Array(SessionInput, { maxItems: 50 })),
});
export type EventInput = Static<typeof EventInput>;

export const UpdateEventBody = StrictObject({ ...EventInput.properties, version: Version });
export type UpdateEventBody = Static<typeof UpdateEventBody>;

export const EventStepBody = StrictObject({ status: Type.Enum(EVENT_STEPS), version: Version });
export type EventStepBody = Static<typeof EventStepBody>;

export const CancelEventBody = StrictObject({ reason: Text(500), version: Version });
export type CancelEventBody = Static<typeof CancelEventBody>;

export const RescheduleEventBody = StrictObject({
  startsAt: Instant,
  endsAt: Instant,
  sessions: Type.Optional(Type.Array(SessionInput, { maxItems: 50 })),
  version: Version,
});
export type RescheduleEventBody = Static<typeof RescheduleEventBody>;

export const SessionView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
  room: Nullable(Type.String()),
  meetingUrl: Nullable(Type.String()),
  speakers: Type.Array(Type.String()),
});

export const QuotaView = Type.Object({
  id: Type.String(),
  region: Nullable(Named),
  organization: Nullable(Named),
  seats: Type.Integer(),
  taken: Type.Integer(),
});

export const MyRegistration = Type.Object({
  id: Type.String(),
  status: Type.Enum(REGISTRATION_STATUSES),
  /** Place on the waitlist (1 = next), null when not waitlisted. */
  waitlistPosition: Nullable(Type.Integer()),
});

/** What the caller may do now (the web shows these buttons). */
export const EventPermissions = Type.Object({
  canUpdate: Type.Boolean(),
  canPublish: Type.Boolean(),
  canOpenRegistration: Type.Boolean(),
  canCloseRegistration: Type.Boolean(),
  canMarkHeld: Type.Boolean(),
  canClose: Type.Boolean(),
  canCancel: Type.Boolean(),
  canReschedule: Type.Boolean(),
  canRegister: Type.Boolean(),
  canCancelRegistration: Type.Boolean(),
  canRegisterTeachers: Type.Boolean(),
  canManageRegistrations: Type.Boolean(),
  /** Held (or closed): certificates for those who attended. */
  canIssueCertificates: Type.Boolean(),
});

export const EventView = Type.Object({
  id: Type.String(),
  kind: Type.Enum(EVENT_KINDS),
  title: Type.String(),
  subject: Nullable(Type.String()),
  stage: Nullable(Type.String()),
  description: Nullable(Type.String()),
  organizers: Type.Array(Named),
  mode: Type.Enum(EVENT_MODES),
  venue: Nullable(Type.String()),
  address: Nullable(Type.String()),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  meetingUrl: Nullable(Type.String()),
  startsAt: Type.String(),
  endsAt: Type.String(),
  status: Type.Enum(EVENT_STATUSES),
  audience: Type.Enum(EVENT_AUDIENCES),
  audienceRegions: Type.Array(Named),
  audienceSchools: Type.Array(Named),
  capacity: Type.Integer(),
  confirmed: Type.Integer(),
  waitlisted: Type.Integer(),
  registrationDeadline: Nullable(Type.String()),
  cancelReason: Nullable(Type.String()),
  quotas: Type.Array(QuotaView),
  sessions: Type.Array(SessionView),
  myRegistration: Nullable(MyRegistration),
  permissions: EventPermissions,
  version: Type.Integer(),
});
export type EventView = Static<typeof EventView>;

export const EventPage = Page(EventView);

export const EventListQuery = StrictObject({
  ...PageQuery,
  status: Type.Optional(Type.Enum(EVENT_STATUSES)),
  kind: Type.Optional(Type.Enum(EVENT_KINDS)),
  /** Only events one of the caller's organizations organizes. */
  organizing: Type.Optional(Type.Boolean()),
});
export type EventListQuery = Static<typeof EventListQuery>;

export const RegisterTeachersBody = StrictObject({ schoolId: Id, userIds: Type.Array(Id, { minItems: 1, maxItems: 200, uniqueItems: true }) });
export type RegisterTeachersBody = Static<typeof RegisterTeachersBody>;

export const RegistrationView = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  userId: Type.String(),
  displayName: Type.String(),
  organization: Nullable(Named),
  status: Type.Enum(REGISTRATION_STATUSES),
  quotaId: Nullable(Type.String()),
  seq: Type.Integer(),
  createdAt: Type.String(),
  confirmedAt: Nullable(Type.String()),
  cancelledAt: Nullable(Type.String()),
  /** Session ids the person was checked in to. */
  attended: Type.Array(Type.String()),
});
export type RegistrationView = Static<typeof RegistrationView>;

export const RegistrationListQuery = StrictObject({
  ...PageQuery,
  status: Type.Optional(Type.Enum(REGISTRATION_STATUSES)),
  q: Type.Optional(Type.String({ maxLength: 50 })),
});
export type RegistrationListQuery = Static<typeof RegistrationListQuery>;
export const RegistrationPage = Page(RegistrationView);

export const RegisterResult = Type.Object({ ...RegistrationView.properties });
export const RegisterTeachersResult = Type.Object({ items: Type.Array(RegistrationView) });

/** One of the caller's registrations with the event's essentials and the QR code to show at the door. */
export const MyEventView = Type.Object({
  registration: RegistrationView,
  waitlistPosition: Nullable(Type.Integer()),
  event: Type.Object({
    id: Type.String(),
    title: Type.String(),
    kind: Type.Enum(EVENT_KINDS),
    mode: Type.Enum(EVENT_MODES),
    status: Type.Enum(EVENT_STATUSES),
    startsAt: Type.String(),
    endsAt: Type.String(),
    venue: Nullable(Type.String()),
    meetingUrl: Nullable(Type.String()),
  }),
  /** The check-in code and its QR image (SVG); only for confirmed registrations. */
  checkInToken: Nullable(Type.String()),
  checkInQrSvg: Nullable(Type.String()),
});
export const MyEventsResponse = Type.Object({ items: Type.Array(MyEventView) });

export const CheckInBody = StrictObject({
  sessionId: Id,
  token: Type.Optional(Type.String({ minLength: 10, maxLength: 100, pattern: '^[A-Za-z0-9_-]+$' })),
  registrationId: Type.Optional(Id),
});
export type CheckInBody = Static<typeof CheckInBody>;
export const CheckInResult = Type.Object({
  registration: RegistrationView,
  method: Type.Enum(CHECK_IN_METHODS),
  /** false when the person had already been checked in to this session. */
  isNew: Type.Boolean(),
});
