import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../../platform/db/database.ts';

// Frozen once landed. The audit log's append-only triggers stopped UPDATE and DELETE, not TRUNCATE: on
// PostgreSQL a statement-level trigger now refuses it too (defence in depth: the app's role has no TRUNCATE
// right either, see platform/db/app-role.ts). SQLite has no TRUNCATE.
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log`.execute(db);
}
