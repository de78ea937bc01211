import type { Generated } from 'kysely';
import type { Locale } from '../../../../common/locales.ts';
import type { Role } from '../../../../common/roles.ts';
import type { NotificationKind } from '../notifications/notification-kinds.ts';

// Row shapes of the platform's own tables: identity, sessions, audit, notifications, idempotency.
// Nullable columns are `T | null`, never optional; timestamps are ISO-8601 UTC strings on both dialects.
// Each module declares its own tables in `<module>.tables.ts` and adds them to `Database` there
// (TypeScript merges the declarations), so the platform names no module's table.

export interface Database {
  users: UserTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  sms_codes: SmsCodeTable;
  throttle_events: ThrottleEventTable;
  audit_log: AuditLogTable;
  notifications: NotificationTable;
  idempotency_keys: IdempotencyKeyTable;
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

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: NotificationKind;
  /** JSON parameters of the localised text. */
  params: string;
  object_type: string | null;
  object_id: string | null;
  created_at: string;
  read_at: string | null;
  sms_status: 'none' | 'pending' | 'sent' | 'failed';
  sms_attempts: Generated<number>;
  sms_sent_at: string | null;
  /** An instance's lease on sending the SMS (see the SMS outbox). */
  sms_claimed_at: string | null;
}

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  scope: string;
  request_hash: string;
  status_code: number;
  response: string;
  created_at: string;
}
