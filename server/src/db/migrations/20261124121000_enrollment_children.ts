import type { Kysely } from 'kysely';

// Frozen once landed. Child profiles (随迁子女档案), their guardians, and consents to process their data.
// The ID number is only ever stored sealed (AES-256-GCM), with a keyed hash for uniqueness and a masked copy.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('children')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('id_number_enc', 'text', (c) => c.notNull())
    // One profile per child nationwide.
    .addColumn('id_number_hash', 'text', (c) => c.notNull().unique())
    .addColumn('id_number_masked', 'text', (c) => c.notNull())
    .addColumn('hukou_division_code', 'text', (c) => c.notNull())
    .addColumn('hukou_address_enc', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('child_guardians')
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('child_guardians_pk', ['child_id', 'user_id'])
    .execute();
  await db.schema.createIndex('child_guardians_user_idx').on('child_guardians').columns(['user_id', 'child_id']).execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('child_id', 'text', (c) => c.notNull().references('children.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('text_version', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('given_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('consents_child_idx').on('consents').columns(['child_id', 'purpose']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consents').execute();
  await db.schema.dropTable('child_guardians').execute();
  await db.schema.dropTable('children').execute();
}
