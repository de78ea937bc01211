import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { createPostgresDb, type Db, type Dialect } from '../platform/db/database.ts';
import type { Database } from '../platform/db/schema.ts';
import { migrateToLatest } from '../platform/db/migrator.ts';
import { openSqlite } from '../platform/db/sqlite-driver.ts';
import { seedRegions } from '../db/seed/reference.seed.ts';

/** Every database test runs once per dialect; CI sets TEST_DATABASE_URL to its PostgreSQL 15. */
export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

export const testPostgresUrl = (): string => process.env.TEST_DATABASE_URL ?? 'postgres://shuangcheng:shuangcheng@127.0.0.1:5432/shuangcheng_test';

export interface TestDatabase {
  db: Db;
  dialect: Dialect;
  destroy(): Promise<void>;
}

/** A fresh, migrated database with the region reference data: a temp SQLite file, or a new PostgreSQL schema. */
export async function createTestDatabase(dialect: Dialect, options: { postgresUrl?: string } = {}): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'shuangcheng-test-'));
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(join(dir, 'test.sqlite')) }) });
    await migrateToLatest(db);
    await seedRegions(db);
    return {
      db,
      dialect,
      destroy: async () => {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl() });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL for tests is not reachable at TEST_DATABASE_URL (${testPostgresUrl()}). Run scripts/setup-postgres.sh or set TEST_DATABASE_URL. Cause: ${String(err)}`,
      { cause: err },
    );
  }
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const db = createPostgresDb({ connectionString: options.postgresUrl ?? testPostgresUrl(), max: 5, options: `-c search_path=${schema}` });
  await migrateToLatest(db);
  await seedRegions(db);
  return {
    db,
    dialect,
    destroy: async () => {
      await sql.raw(`DROP SCHEMA ${schema} CASCADE`).execute(db);
      await db.destroy();
    },
  };
}
