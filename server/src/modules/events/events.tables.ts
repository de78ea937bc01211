import type { Generated } from 'kysely';
import type { CheckInMethod, EventAudience, EventKind, EventMode, EventStatus, RegistrationStatus } from '../../../../common/events.ts';

// The events module's tables (migration 20261207120000_events), added to the platform's `Database`.
declare module '../../platform/db/schema.ts' {
  interface Database {
    events: EventTable;
    event_organizers: EventOrganizerTable;
    event_sessions: EventSessionTable;
    event_quotas: EventQuotaTable;
    event_audience: EventAudienceTable;
    event_registrations: EventRegistrationTable;
    event_attendance: EventAttendanceTable;
    event_certificates: EventCertificateTable;
  }
}

export interface EventTable {
  id: string;
  kind: EventKind;
  title: string;
  /** A joint research session's subject and stage (null for other kinds). */
  subject: string | null;
  stage: string | null;
  description: string | null;
  mode: EventMode;
  venue: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  meeting_url: string | null;
  starts_at: string;
  ends_at: string;
  status: EventStatus;
  audience: EventAudience;
  /** Seats in all; quotas reserve part of them, the rest is open to every eligible registrant. */
  capacity: number;
  registration_deadline: string | null;
  /** The next arrival number: registrations are ordered by it (the waitlist is served in arrival order). */
  next_seq: number;
  cancel_reason: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface EventOrganizerTable {
  event_id: string;
  organization_id: string;
  region_path: string;
}

export interface EventSessionTable {
  id: string;
  event_id: string;
  position: number;
  title: string;
  starts_at: string;
  ends_at: string;
  /** A room (offline) or a meeting link (online), or both. */
  room: string | null;
  meeting_url: string | null;
  /** JSON array of speaker names. */
  speakers: string;
}

/** Seats reserved for a district (region_id) or an organization. */
export interface EventQuotaTable {
  id: string;
  event_id: string;
  region_id: string | null;
  region_path: string | null;
  organization_id: string | null;
  seats: number;
}

/** Who may register when the audience is 'regions' (region rows) or 'invited_schools' (organization rows). */
export interface EventAudienceTable {
  event_id: string;
  region_id: string | null;
  region_path: string | null;
  organization_id: string | null;
}

export interface EventRegistrationTable {
  id: string;
  event_id: string;
  user_id: string;
  /** The registrant's name and organization when they registered. */
  display_name: string;
  organization_id: string | null;
  region_path: string | null;
  status: RegistrationStatus;
  /** The quota whose seat a confirmed registration holds; null: an open seat (or none). */
  quota_id: string | null;
  /** Arrival order within the event. */
  seq: number;
  /** What the QR code carries: secret, unique. */
  check_in_token: string;
  registered_by: string;
  created_at: string;
  updated_at: string;
  confirmed_at: string | null;
  cancelled_at: string | null;
}

export interface EventAttendanceTable {
  registration_id: string;
  session_id: string;
  checked_in_at: string;
  checked_in_by: string;
  method: CheckInMethod;
}

/** An attendance certificate: issued only to a registrant who attended, verified publicly by its code, revocable. */
export interface EventCertificateTable {
  id: string;
  registration_id: string;
  event_id: string;
  user_id: string;
  holder_name: string;
  /** 学时: the hours of the sessions attended. */
  hours: number;
  verification_code: string;
  issued_at: string;
  issued_by: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
}
