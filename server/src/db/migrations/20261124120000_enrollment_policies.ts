import type { Kysely } from 'kysely';

// Frozen once landed: write a new migration instead of editing this one.
// Enrollment policies (招生政策) and their rules; JSON is stored as text, timestamps as ISO text.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('enrollment_policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('bureau_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('host_region_id', 'text', (c) => c.notNull().references('regions.id'))
    // Copied from the region so that jurisdiction filters are one prefix match.
    .addColumn('host_region_path', 'text', (c) => c.notNull())
    .addColumn('school_year', 'integer', (c) => c.notNull())
    .addColumn('entry_grade', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('window_opens_at', 'text', (c) => c.notNull())
    .addColumn('window_closes_at', 'text', (c) => c.notNull())
    .addColumn('max_preferences', 'integer', (c) => c.notNull())
    .addColumn('age_min_years', 'integer')
    .addColumn('age_cutoff_month_day', 'text')
    .addColumn('public_notice_days', 'integer', (c) => c.notNull())
    .addColumn('appeal_days', 'integer', (c) => c.notNull())
    .addColumn('offer_response_days', 'integer', (c) => c.notNull())
    // SHA-256 of the canonical rules, set when published: what families and allocation cite.
    .addColumn('rules_hash', 'text')
    .addColumn('published_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('enrollment_policies_region_idx').on('enrollment_policies').columns(['host_region_path', 'status']).execute();
  await db.schema.createIndex('enrollment_policies_year_idx').on('enrollment_policies').columns(['status', 'school_year', 'entry_grade']).execute();

  await db.schema
    .createTable('enrollment_policy_routes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull().references('enrollment_policies.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('description_zh', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('admission_basis', 'text', (c) => c.notNull())
    .addColumn('eligibility', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('enrollment_policy_routes_code_uq', ['policy_id', 'code'])
    .execute();

  await db.schema
    .createTable('enrollment_policy_materials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull().references('enrollment_policies.id').onDelete('cascade'))
    .addColumn('route_id', 'text', (c) => c.notNull().references('enrollment_policy_routes.id').onDelete('cascade'))
    .addColumn('material', 'text', (c) => c.notNull())
    .addColumn('requirement', 'text', (c) => c.notNull())
    .addColumn('description_zh', 'text', (c) => c.notNull())
    .addColumn('description_en', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('enrollment_policy_materials_route_idx').on('enrollment_policy_materials').columns(['policy_id', 'route_id']).execute();

  await db.schema
    .createTable('enrollment_policy_schools')
    .addColumn('policy_id', 'text', (c) => c.notNull().references('enrollment_policies.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('enrollment_policy_schools_pk', ['policy_id', 'school_id'])
    .execute();

  await db.schema
    .createTable('enrollment_points_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('policy_id', 'text', (c) => c.notNull().references('enrollment_policies.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('cap', 'double precision', (c) => c.notNull())
    .addColumn('options', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('enrollment_points_items_key_uq', ['policy_id', 'key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'enrollment_points_items',
    'enrollment_policy_schools',
    'enrollment_policy_materials',
    'enrollment_policy_routes',
    'enrollment_policies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
