import type { Kysely } from 'kysely';

// Frozen once landed. The SMS outbox's lease: an instance claims a pending SMS by setting sms_claimed_at
// (a conditional update, so one instance wins); until the lease expires no other instance sends it, and
// after a failed attempt the lease doubles as the wait before the next one.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').addColumn('sms_claimed_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').dropColumn('sms_claimed_at').execute();
}
