import type { Kysely } from 'kysely';

// Frozen once landed. What the hourly enrollment job has already done, so that a second run does nothing:
// the reminder sent for an offer about to expire, and a supplement request whose deadline passed unanswered
// (its application went back to the reviewers, flagged as overdue).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('enrollment_offers').addColumn('reminded_at', 'text').execute();
  await db.schema.alterTable('enrollment_supplement_requests').addColumn('overdue_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('enrollment_supplement_requests').dropColumn('overdue_at').execute();
  await db.schema.alterTable('enrollment_offers').dropColumn('reminded_at').execute();
}
