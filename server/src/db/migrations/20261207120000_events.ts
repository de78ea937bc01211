import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../../platform/db/database.ts';

// Frozen once landed. Events (活动): joint research sessions, forums, seminars, open days, trainings and
// competitions, with their organizers, agenda, seat quotas, audience, registrations (waitlist included)
// and attendance per session, and attendance certificates. Region paths use the "C" collation on PostgreSQL (bytewise prefix ranges).
export async function up(db: Kysely<any>): Promise<void> {
  const pathType = dialectOf(db) === 'postgres' ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('stage', 'text')
    .addColumn('description', 'text')
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addColumn('address', 'text')
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('meeting_url', 'text')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('registration_deadline', 'text')
    .addColumn('next_seq', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('cancel_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('events_status_idx').on('events').columns(['status', 'starts_at']).execute();

  await db.schema
    .createTable('event_organizers')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('region_path', pathType, (c) => c.notNull())
    .addPrimaryKeyConstraint('event_organizers_pk', ['event_id', 'organization_id'])
    .execute();
  await db.schema.createIndex('event_organizers_org_idx').on('event_organizers').columns(['organization_id']).execute();

  await db.schema
    .createTable('event_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('room', 'text')
    .addColumn('meeting_url', 'text')
    .addColumn('speakers', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_sessions_event_idx').on('event_sessions').columns(['event_id', 'position']).execute();

  await db.schema
    .createTable('event_quotas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('region_id', 'text', (c) => c.references('regions.id'))
    .addColumn('region_path', pathType)
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('seats', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_quotas_event_idx').on('event_quotas').columns(['event_id']).execute();

  await db.schema
    .createTable('event_audience')
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('region_id', 'text', (c) => c.references('regions.id'))
    .addColumn('region_path', pathType)
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .execute();
  await db.schema.createIndex('event_audience_event_idx').on('event_audience').columns(['event_id']).execute();

  await db.schema
    .createTable('event_registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('region_path', pathType)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('quota_id', 'text', (c) => c.references('event_quotas.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('check_in_token', 'text', (c) => c.notNull().unique())
    .addColumn('registered_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('cancelled_at', 'text')
    .execute();
  // One registration per person and event: a retried request finds the one it made.
  await db.schema.createIndex('event_registrations_user_idx').on('event_registrations').columns(['event_id', 'user_id']).unique().execute();
  await db.schema.createIndex('event_registrations_seq_idx').on('event_registrations').columns(['event_id', 'status', 'seq']).execute();
  await db.schema.createIndex('event_registrations_mine_idx').on('event_registrations').columns(['user_id']).execute();

  await db.schema
    .createTable('event_attendance')
    .addColumn('registration_id', 'text', (c) => c.notNull().references('event_registrations.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull().references('event_sessions.id').onDelete('cascade'))
    .addColumn('checked_in_at', 'text', (c) => c.notNull())
    .addColumn('checked_in_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_attendance_pk', ['registration_id', 'session_id'])
    .execute();

  // Attendance certificates (学时证明): one per registration, only for those who attended; a public code verifies them.
  await db.schema
    .createTable('event_certificates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('registration_id', 'text', (c) => c.notNull().unique().references('event_registrations.id').onDelete('cascade'))
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('holder_name', 'text', (c) => c.notNull())
    .addColumn('hours', 'real', (c) => c.notNull())
    .addColumn('verification_code', 'text', (c) => c.notNull().unique())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
    .addColumn('revoke_reason', 'text')
    .execute();
  await db.schema.createIndex('event_certificates_user_idx').on('event_certificates').columns(['user_id']).execute();
  await db.schema.createIndex('event_certificates_event_idx').on('event_certificates').columns(['event_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'event_certificates',
    'event_attendance',
    'event_registrations',
    'event_audience',
    'event_quotas',
    'event_sessions',
    'event_organizers',
    'events',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
