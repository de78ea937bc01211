import { sql, type Kysely } from 'kysely';

// Frozen once landed. A pairing's history in the order it was written: two events written in the same
// millisecond were ordered by their random ids. Each event now carries its place in its pairing's history.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('cooperation_pairing_events').addColumn('seq', 'integer').execute();
  // Existing histories keep the order they were shown in (time, then id).
  await sql`
    update cooperation_pairing_events set seq = (
      select count(*) from cooperation_pairing_events e
      where e.pairing_id = cooperation_pairing_events.pairing_id
        and (e.at < cooperation_pairing_events.at or (e.at = cooperation_pairing_events.at and e.id <= cooperation_pairing_events.id))
    )`.execute(db);
  await db.schema.createIndex('cooperation_pairing_events_seq_idx').on('cooperation_pairing_events').columns(['pairing_id', 'seq']).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('cooperation_pairing_events_seq_idx').execute();
  await db.schema.alterTable('cooperation_pairing_events').dropColumn('seq').execute();
}
