import { Migrator, sql, type Kysely } from 'kysely';
import { migrations } from '../../db/migrations/index.ts';
import { dialectOf } from './database.ts';

/**
 * On PostgreSQL, Kysely's bookkeeping tables are pinned to the connection's current schema: without a
 * schema Kysely looks for them in every schema of the database and, finding another app's, never
 * creates its own.
 */
async function migrationSchema(db: Kysely<any>): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

export async function createMigrator(db: Kysely<any>): Promise<Migrator> {
  return new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema: await migrationSchema(db) });
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const { error, results } = await (await createMigrator(db)).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
