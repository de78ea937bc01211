import { Migrator, type Kysely } from 'kysely';
import { migrations } from '../../db/migrations/index.ts';

/**
 * `schema` names the PostgreSQL schema of Kysely's own bookkeeping tables: without it Kysely looks for them
 * in every schema of the database and, finding another schema's, never creates its own.
 */
export function createMigrator(db: Kysely<any>, schema?: string): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema: schema });
}

export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<string[]> {
  const { error, results } = await createMigrator(db, schema).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
