import type { Kysely } from 'kysely';

// Frozen once landed. Applications (入学申请) and everything that happens to them: documents, review,
// supplements, the status timeline, public lists, allocation, offers, admission notices, appeals;
// plus two platform tables: notifications (in-app and SMS outbox) and idempotency keys.
export async function up(db: Kysely<any>): Promise<void> {
  // When families report to school (the notice prints it); set while drafting, frozen at publish like the rules.
  await db.schema.alterTable('enrollment_policies').addColumn('report_date', 'text').execute();
  await db.schema.alterTable('enrollment_policies').addColumn('report_note_zh', 'text').execute();
  await db.schema.alterTable('enrollment_policies').addColumn('report_note_en', 'text').execute();

  await db.schema
    .createTable('enrollment_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Human reference for counters, SMS and the public list, e.g. 'YD2027-7KQ4M2XH'.
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    .addColumn('policy_id', 'text', (c) => c.notNull().references('enrollment_policies.id'))
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id'))
    .addColumn('route_id', 'text', (c) => c.notNull().references('enrollment_policy_routes.id'))
    // The guardian account that owns it (also for assisted filing, where a reviewer typed it in).
    .addColumn('guardian_user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    // '<policy_id>:<child_id>' while the application is not withdrawn; null after. Unique: one active per child and policy.
    .addColumn('active_key', 'text', (c) => c.unique())
    // Copied from the policy, so that jurisdiction filters are one prefix match.
    .addColumn('host_region_path', 'text', (c) => c.notNull())
    // The child's hukou division (GB/T 2260, 6 digits): origin province = first 2, city = first 4.
    .addColumn('origin_division_code', 'text', (c) => c.notNull())
    .addColumn('guardian_name', 'text')
    .addColumn('residence_address_enc', 'text')
    .addColumn('residence_region_id', 'text', (c) => c.references('regions.id'))
    .addColumn('employer', 'text')
    .addColumn('work_kind', 'text')
    // JSON {itemKey: number | optionKey}; totals are kept for sorting and allocation.
    .addColumn('declared_points', 'text', (c) => c.notNull())
    .addColumn('points_declared', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('verified_points', 'text')
    .addColumn('points_verified', 'double precision')
    .addColumn('assisted_by', 'text', (c) => c.references('users.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('supplement_deadline', 'text')
    .addColumn('placed_school_id', 'text', (c) => c.references('organizations.id'))
    // 'allocation' | 'manual'
    .addColumn('placement_kind', 'text')
    .addColumn('placement_round', 'integer')
    .addColumn('arrival_recorded_by', 'text', (c) => c.references('users.id'))
    .addColumn('arrival_recorded_at', 'text')
    // Set when the retention job erased documents and personal fields after the cycle closed.
    .addColumn('personal_data_deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('enrollment_applications_policy_idx').on('enrollment_applications').columns(['policy_id', 'status']).execute();
  await db.schema
    .createIndex('enrollment_applications_region_idx')
    .on('enrollment_applications')
    .columns(['host_region_path', 'status', 'submitted_at'])
    .execute();
  await db.schema.createIndex('enrollment_applications_guardian_idx').on('enrollment_applications').columns(['guardian_user_id']).execute();
  await db.schema.createIndex('enrollment_applications_child_idx').on('enrollment_applications').columns(['child_id']).execute();
  await db.schema.createIndex('enrollment_applications_school_idx').on('enrollment_applications').columns(['placed_school_id', 'status']).execute();

  await db.schema
    .createTable('enrollment_application_preferences')
    .addColumn('application_id', 'text', (c) => c.notNull().references('enrollment_applications.id').onDelete('cascade'))
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('school_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addPrimaryKeyConstraint('enrollment_application_preferences_pk', ['application_id', 'rank'])
    .addUniqueConstraint('enrollment_application_preferences_school_uq', ['application_id', 'school_id'])
    .execute();
  await db.schema.createIndex('enrollment_application_preferences_school_idx').on('enrollment_application_preferences').columns(['school_id']).execute();

  await db.schema
    .createTable('enrollment_supplement_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('enrollment_applications.id').onDelete('cascade'))
    // JSON array of the materials asked for.
    .addColumn('materials', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('fulfilled_at', 'text')
    .execute();
  await db.schema.createIndex('enrollment_supplement_requests_app_idx').on('enrollment_supplement_requests').columns(['application_id']).execute();

  await db.schema
    .createTable('enrollment_appeals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('enrollment_applications.id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    // 'open' | 'upheld' (the rejection is reversed) | 'dismissed'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('filed_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('enrollment_appeals_app_idx').on('enrollment_appeals').columns(['application_id']).execute();

  await db.schema
    .createTable('enrollment_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('enrollment_applications.id').onDelete('cascade'))
    .addColumn('material', 'text', (c) => c.notNull())
    // Evidence of an appeal rather than a required material.
    .addColumn('appeal_id', 'text', (c) => c.references('enrollment_appeals.id'))
    .addColumn('supplement_request_id', 'text', (c) => c.references('enrollment_supplement_requests.id'))
    // The server-generated name in the file store; null once erased by the retention job.
    .addColumn('storage_key', 'text')
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    // 'pending' | 'accepted' | 'rejected' | 'superseded'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rejection_reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enrollment_documents_app_idx').on('enrollment_documents').columns(['application_id', 'material']).execute();

  // The status timeline a family reads; also the source of "waiting since".
  await db.schema
    .createTable('enrollment_application_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('enrollment_applications.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    // JSON of what the family may read (a reason, a deadline, a school); never personal data.
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('enrollment_application_events_app_idx').on('enrollment_application_events').columns(['application_id', 'at']).execute();

  // 公示: a frozen snapshot of the eligible applicants, masked names only.
  await db.schema
    .createTable('enrollment_public_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull().references('enrollment_policies.id'))
    .addColumn('published_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('entry_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('enrollment_public_list_entries')
    .addColumn('list_id', 'text', (c) => c.notNull().references('enrollment_public_lists.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('masked_name', 'text', (c) => c.notNull())
    .addColumn('route_code', 'text', (c) => c.notNull())
    .addColumn('points', 'double precision')
    .addPrimaryKeyConstraint('enrollment_public_list_entries_pk', ['list_id', 'seq'])
    .execute();

  // The lottery seed of a round, published before the run so that anyone can reproduce it.
  await db.schema
    .createTable('enrollment_lottery_seeds')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('enrollment_policies.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('enrollment_lottery_seeds_pk', ['policy_id', 'round'])
    .execute();

  await db.schema
    .createTable('enrollment_allocation_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull().references('enrollment_policies.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    // 'dry_run' | 'final'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('seed', 'text', (c) => c.notNull())
    .addColumn('input_hash', 'text', (c) => c.notNull())
    .addColumn('result_hash', 'text', (c) => c.notNull())
    .addColumn('applicant_count', 'integer', (c) => c.notNull())
    .addColumn('placed_count', 'integer', (c) => c.notNull())
    // JSON: per-school seats, placed and cut-off points.
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('run_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('run_at', 'text', (c) => c.notNull())
    // '<policy_id>:<round>' for a final run: one final run per round.
    .addColumn('final_key', 'text', (c) => c.unique())
    .execute();
  await db.schema.createIndex('enrollment_allocation_runs_policy_idx').on('enrollment_allocation_runs').columns(['policy_id', 'round']).execute();

  await db.schema
    .createTable('enrollment_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('enrollment_applications.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.references('enrollment_allocation_runs.id'))
    // The preference rank it fills; null for a manual placement outside the preferences.
    .addColumn('preference_rank', 'integer')
    // 'open' | 'accepted' | 'declined' | 'expired'
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('decline_reason', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enrollment_offers_app_idx').on('enrollment_offers').columns(['application_id', 'status']).execute();
  await db.schema.createIndex('enrollment_offers_school_idx').on('enrollment_offers').columns(['school_id', 'status']).execute();

  await db.schema
    .createTable('enrollment_admission_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) => c.notNull().references('enrollment_applications.id').onDelete('cascade'))
    .addColumn('offer_id', 'text', (c) => c.notNull().unique().references('enrollment_offers.id'))
    // The code printed on the notice and in its QR link; unguessable.
    .addColumn('verification_code', 'text', (c) => c.notNull().unique())
    .addColumn('school_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  // In-app notifications; sms_status makes the table the SMS outbox too, so any instance can send.
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // JSON parameters of the localised text; no personal data beyond what the recipient already has.
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('object_type', 'text')
    .addColumn('object_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    // 'none' | 'pending' | 'sent' | 'failed'
    .addColumn('sms_status', 'text', (c) => c.notNull())
    .addColumn('sms_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sms_sent_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('notifications_sms_idx').on('notifications').columns(['sms_status', 'created_at']).execute();

  // A retried request with the same Idempotency-Key gets the first answer back instead of a second write.
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_created_idx').on('idempotency_keys').columns(['created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'notifications',
    'enrollment_admission_notices',
    'enrollment_offers',
    'enrollment_allocation_runs',
    'enrollment_lottery_seeds',
    'enrollment_public_list_entries',
    'enrollment_public_lists',
    'enrollment_application_events',
    'enrollment_documents',
    'enrollment_appeals',
    'enrollment_supplement_requests',
    'enrollment_application_preferences',
    'enrollment_applications',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  for (const column of ['report_note_en', 'report_note_zh', 'report_date']) {
    await db.schema.alterTable('enrollment_policies').dropColumn(column).execute();
  }
}
