import { sql } from 'kysely';
import type { Db } from './database.ts';

/** A PostgreSQL role name as the platform accepts it (no quoting needed). */
export const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/; // the same rule as config.ts

/**
 * Least privilege on PostgreSQL: the migrations run as the owner of the tables; the running app connects as
 * `role`, which owns nothing (so it can neither ALTER nor DROP a table or trigger) and may only read and write
 * rows: no TRUNCATE, no DDL, and on the audit log INSERT and SELECT only. Run after every migration, as the
 * owner (`npm run migrate` does it when APP_DB_ROLE is set); idempotent.
 */
export async function grantAppRole(db: Db, role: string): Promise<void> {
  if (!ROLE_NAME.test(role)) throw new Error(`APP_DB_ROLE must be a plain role name (got "${role}")`);
  const who = sql.id(role);
  const schema = sql.id((await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]!.name);
  await db.transaction().execute(async (tx) => {
    await sql`grant usage on schema ${schema} to ${who}`.execute(tx);
    await sql`revoke all on all tables in schema ${schema} from ${who}`.execute(tx);
    await sql`grant select, insert, update, delete on all tables in schema ${schema} to ${who}`.execute(tx);
    await sql`revoke update, delete on audit_log from ${who}`.execute(tx);
    await sql`grant usage, select on all sequences in schema ${schema} to ${who}`.execute(tx);
  });
}
