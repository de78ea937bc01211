import type { Generated } from 'kysely';
import type { Grade, OrganizationKind, Ownership, RegionLevel, Stage } from '../../../../common/directory.ts';
import type { Locale } from '../../../../common/locales.ts';
import type { Role } from '../../../../common/roles.ts';

// Row shapes of every table. Nullable columns are `T | null`, never optional.
// Timestamps are ISO-8601 UTC strings on both dialects.

export interface RegionTable {
  id: string;
  division_code: string | null;
  parent_id: string | null;
  level: RegionLevel;
  name_zh: string;
  name_en: string;
  path: string;
  latitude: number | null;
  longitude: number | null;
}

export interface OrganizationTable {
  id: string;
  kind: OrganizationKind;
  code: string | null;
  name_zh: string;
  name_en: string;
  region_id: string;
  region_path: string;
  ownership: Ownership | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  pupil_count: number | null;
  teacher_count: number | null;
  website: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface SchoolStageTable {
  organization_id: string;
  stage: Stage;
}

export interface SchoolGradeSeatTable {
  organization_id: string;
  grade: Grade;
  seats: number;
}

export interface UserTable {
  id: string;
  display_name: string;
  username: string | null;
  mobile: string | null;
  password_hash: string | null;
  totp_secret_enc: string | null;
  totp_enabled_at: string | null;
  locale: Generated<Locale>;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface RoleGrantTable {
  id: string;
  user_id: string;
  role: Role;
  organization_id: string | null;
  region_id: string | null;
  created_at: string;
  granted_by: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  stage: 'active' | 'mfa';
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface SmsCodeTable {
  id: string;
  mobile: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  consumed_at: string | null;
  failed_attempts: Generated<number>;
}

export interface ThrottleEventTable {
  id: string;
  bucket: string;
  subject: string;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  result: 'success' | 'denied' | 'failure';
  request_id: string | null;
  ip: string | null;
  detail: string | null;
}

export interface Database {
  regions: RegionTable;
  organizations: OrganizationTable;
  school_stages: SchoolStageTable;
  school_grade_seats: SchoolGradeSeatTable;
  users: UserTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  sms_codes: SmsCodeTable;
  throttle_events: ThrottleEventTable;
  audit_log: AuditLogTable;
}
