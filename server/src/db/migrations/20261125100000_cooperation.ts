import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../../platform/db/database.ts';

// Frozen once landed. The cooperation network: organization strengths and needs, agreements and their
// parties, pairings (结对) with their schools, approvals and timeline, communities and alliances with
// membership history, exchanges with their organizations and named participants, and uploaded files.
//
// Region paths copied into these tables are compared by prefix range ('/500000/' ≤ p < '/5000000'): on
// PostgreSQL they use the "C" collation so that the comparison is bytewise and the indexes serve it
// whatever the database's default collation; SQLite compares text bytewise already.
export async function up(db: Kysely<any>): Promise<void> {
  const pathType = dialectOf(db) === 'postgres' ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('cooperation_organization_tags')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull()) // 'strength' | 'need'
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cooperation_organization_tags_pk', ['organization_id', 'kind', 'tag'])
    .execute();
  await db.schema
    .createIndex('cooperation_organization_tags_tag_idx')
    .on('cooperation_organization_tags')
    .columns(['kind', 'tag', 'organization_id'])
    .execute();

  // Signed agreements, exchange photos and documents; the bytes live encrypted in the file store.
  await db.schema
    .createTable('cooperation_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_type', 'text', (c) => c.notNull()) // 'agreement' | 'exchange'
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull()) // 'document' | 'photo'
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cooperation_files_owner_idx').on('cooperation_files').columns(['owner_type', 'owner_id']).execute();

  await db.schema
    .createTable('cooperation_agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scope', 'text')
    .addColumn('focus_areas', 'text', (c) => c.notNull()) // JSON array of FocusArea
    .addColumn('signed_on', 'text') // 'YYYY-MM-DD'
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text') // null: open-ended
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('document_file_id', 'text', (c) => c.references('cooperation_files.id'))
    .addColumn('in_force_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text', (c) => c.references('users.id'))
    .addColumn('end_reason', 'text')
    // Chosen by the client for a create: a retried request finds the agreement it made.
    .addColumn('client_key', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('cooperation_agreements_client_key_idx').on('cooperation_agreements').columns(['created_by', 'client_key']).unique().execute();
  await db.schema.createIndex('cooperation_agreements_status_idx').on('cooperation_agreements').columns(['status', 'ends_on']).execute();

  await db.schema
    .createTable('cooperation_agreement_parties')
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('cooperation_agreements.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('region_path', pathType, (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('cooperation_agreement_parties_pk', ['agreement_id', 'organization_id'])
    .execute();
  await db.schema.createIndex('cooperation_agreement_parties_org_idx').on('cooperation_agreement_parties').columns(['organization_id']).execute();
  await db.schema.createIndex('cooperation_agreement_parties_path_idx').on('cooperation_agreement_parties').columns(['region_path', 'agreement_id']).execute();

  await db.schema
    .createTable('cooperation_pairings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('batch', 'integer') // 批次; null: not in a numbered batch
    .addColumn('focus_areas', 'text', (c) => c.notNull()) // JSON array of FocusArea
    .addColumn('agreement_id', 'text', (c) => c.references('cooperation_agreements.id'))
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('description', 'text')
    .addColumn('proposer_school_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('proposed_by', 'text', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    // The sorted school ids while proposed, accepted or active; null after. Unique: one live pairing per set of schools.
    .addColumn('live_key', 'text', (c) => c.unique())
    .addColumn('decision_reason', 'text') // why it was declined or rejected
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('activated_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text', (c) => c.references('users.id'))
    .addColumn('end_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('cooperation_pairings_status_idx').on('cooperation_pairings').columns(['status', 'batch']).execute();
  await db.schema.createIndex('cooperation_pairings_agreement_idx').on('cooperation_pairings').columns(['agreement_id']).execute();

  await db.schema
    .createTable('cooperation_pairing_schools')
    .addColumn('pairing_id', 'text', (c) => c.notNull().references('cooperation_pairings.id').onDelete('cascade'))
    .addColumn('school_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('region_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('region_path', pathType, (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('cooperation_pairing_schools_pk', ['pairing_id', 'school_id'])
    .execute();
  await db.schema.createIndex('cooperation_pairing_schools_school_idx').on('cooperation_pairing_schools').columns(['school_id', 'pairing_id']).execute();
  await db.schema.createIndex('cooperation_pairing_schools_path_idx').on('cooperation_pairing_schools').columns(['region_path', 'pairing_id']).execute();

  // One approval per side: a side is a region of the pairing's schools, approved by a bureau covering it.
  await db.schema
    .createTable('cooperation_pairing_approvals')
    .addColumn('pairing_id', 'text', (c) => c.notNull().references('cooperation_pairings.id').onDelete('cascade'))
    .addColumn('region_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('bureau_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('approved_by', 'text', (c) => c.references('users.id'))
    .addColumn('approved_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cooperation_pairing_approvals_pk', ['pairing_id', 'region_id'])
    .execute();

  await db.schema
    .createTable('cooperation_pairing_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pairing_id', 'text', (c) => c.notNull().references('cooperation_pairings.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('detail', 'text') // JSON: a school, a side, a reason
    .execute();
  await db.schema.createIndex('cooperation_pairing_events_pairing_idx').on('cooperation_pairing_events').columns(['pairing_id', 'at']).execute();

  await db.schema
    .createTable('cooperation_communities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('lead_school_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('description', 'text')
    .addColumn('founded_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('cooperation_alliances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('description', 'text')
    .addColumn('focus_areas', 'text', (c) => c.notNull()) // JSON array of FocusArea
    .addColumn('founded_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  // Memberships of communities and alliances, one row per episode (request → active → left): the history.
  await db.schema
    .createTable('cooperation_memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_type', 'text', (c) => c.notNull()) // 'community' | 'alliance'
    .addColumn('body_id', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('region_path', pathType, (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // '<body_type>:<body_id>:<organization_id>' while requested or active; unique: one live membership each.
    .addColumn('live_key', 'text', (c) => c.unique())
    .addColumn('requested_by', 'text', (c) => c.references('users.id'))
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('joined_on', 'text')
    .addColumn('left_on', 'text')
    .addColumn('left_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('cooperation_memberships_body_idx').on('cooperation_memberships').columns(['body_type', 'body_id', 'status']).execute();
  await db.schema.createIndex('cooperation_memberships_org_idx').on('cooperation_memberships').columns(['organization_id', 'status']).execute();
  await db.schema.createIndex('cooperation_memberships_path_idx').on('cooperation_memberships').columns(['region_path', 'body_type', 'status']).execute();

  await db.schema
    .createTable('cooperation_exchanges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull()) // 'YYYY-MM-DD'
    .addColumn('occurred_month', 'text', (c) => c.notNull()) // 'YYYY-MM', for the monthly series
    .addColumn('host_organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    // What it belongs to: at most one of the three.
    .addColumn('pairing_id', 'text', (c) => c.references('cooperation_pairings.id'))
    .addColumn('community_id', 'text', (c) => c.references('cooperation_communities.id'))
    .addColumn('alliance_id', 'text', (c) => c.references('cooperation_alliances.id'))
    .addColumn('participant_count', 'integer', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('client_key', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('cooperation_exchanges_client_key_idx').on('cooperation_exchanges').columns(['created_by', 'client_key']).unique().execute();
  // The whole network's monthly series reads this index alone.
  await db.schema.createIndex('cooperation_exchanges_month_idx').on('cooperation_exchanges').columns(['occurred_month', 'participant_count']).execute();
  // The exchange log, newest first.
  await db.schema.createIndex('cooperation_exchanges_occurred_idx').on('cooperation_exchanges').columns(['occurred_on', 'id']).execute();
  await db.schema.createIndex('cooperation_exchanges_pairing_idx').on('cooperation_exchanges').columns(['pairing_id', 'occurred_on']).execute();
  await db.schema.createIndex('cooperation_exchanges_community_idx').on('cooperation_exchanges').columns(['community_id', 'occurred_on']).execute();
  await db.schema.createIndex('cooperation_exchanges_alliance_idx').on('cooperation_exchanges').columns(['alliance_id', 'occurred_on']).execute();
  await db.schema.createIndex('cooperation_exchanges_host_idx').on('cooperation_exchanges').columns(['host_organization_id', 'occurred_on']).execute();

  // The host and partner organizations of each exchange, with what a jurisdiction's dashboard needs copied in.
  await db.schema
    .createTable('cooperation_exchange_organizations')
    .addColumn('exchange_id', 'text', (c) => c.notNull().references('cooperation_exchanges.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('role', 'text', (c) => c.notNull()) // 'host' | 'partner'
    .addColumn('region_path', pathType, (c) => c.notNull())
    .addColumn('occurred_month', 'text', (c) => c.notNull())
    .addColumn('participant_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cooperation_exchange_organizations_pk', ['exchange_id', 'organization_id'])
    .execute();
  // A jurisdiction's series and its schools' activity read this index alone (a covering index).
  await db.schema
    .createIndex('cooperation_exchange_organizations_scope_idx')
    .on('cooperation_exchange_organizations')
    .columns(['region_path', 'occurred_month', 'exchange_id', 'participant_count', 'organization_id'])
    .execute();
  await db.schema
    .createIndex('cooperation_exchange_organizations_org_idx')
    .on('cooperation_exchange_organizations')
    .columns(['organization_id', 'occurred_month'])
    .execute();

  // Exchanges per organization and month, kept with every write: the activity ranking of the whole network.
  await db.schema
    .createTable('cooperation_activity_monthly')
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('region_path', pathType, (c) => c.notNull())
    .addColumn('exchanges', 'integer', (c) => c.notNull())
    .addColumn('participants', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cooperation_activity_monthly_pk', ['organization_id', 'month'])
    .execute();
  await db.schema
    .createIndex('cooperation_activity_monthly_scope_idx')
    .on('cooperation_activity_monthly')
    .columns(['region_path', 'month', 'organization_id', 'exchanges'])
    .execute();

  // Exchanges per region subtree and month, kept with every write: each exchange counts once in every region
  // that holds one of its organizations, and in each region above ('/' is the whole network). A dashboard's
  // monthly series is then one index range, whatever the number of exchanges.
  await db.schema
    .createTable('cooperation_scope_monthly')
    .addColumn('scope_path', pathType, (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('exchanges', 'integer', (c) => c.notNull())
    .addColumn('participants', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cooperation_scope_monthly_pk', ['scope_path', 'month'])
    .execute();

  await db.schema
    .createTable('cooperation_exchange_participants')
    .addColumn('exchange_id', 'text', (c) => c.notNull().references('cooperation_exchanges.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    // The organization the person took part for (one of the exchange's organizations).
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addPrimaryKeyConstraint('cooperation_exchange_participants_pk', ['exchange_id', 'user_id'])
    .execute();
  await db.schema.createIndex('cooperation_exchange_participants_user_idx').on('cooperation_exchange_participants').columns(['user_id']).execute();
  await db.schema.createIndex('cooperation_exchange_participants_org_idx').on('cooperation_exchange_participants').columns(['organization_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'cooperation_exchange_participants',
    'cooperation_scope_monthly',
    'cooperation_activity_monthly',
    'cooperation_exchange_organizations',
    'cooperation_exchanges',
    'cooperation_memberships',
    'cooperation_alliances',
    'cooperation_communities',
    'cooperation_pairing_events',
    'cooperation_pairing_approvals',
    'cooperation_pairing_schools',
    'cooperation_pairings',
    'cooperation_agreement_parties',
    'cooperation_agreements',
    'cooperation_files',
    'cooperation_organization_tags',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
