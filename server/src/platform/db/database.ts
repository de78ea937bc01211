import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, PostgresAdapter, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { openSqlite } from './sqlite-driver.ts';

export type Db = Kysely<Database>;
export type DbOrTx = Kysely<Database> | Transaction<Database>;
export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  databaseUrl: string | null;
  dataDir: string;
  /** Override the SQLite file (tests use one file per test database). */
  sqliteFile?: string;
}

// PostgreSQL returns COUNT(*) and BIGINT as strings; our counts fit in a JS number.
pg.types.setTypeParser(20, (value) => Number(value));

export function createDb(options: DatabaseOptions): Db {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  mkdirSync(options.dataDir, { recursive: true });
  const file = options.sqliteFile ?? join(options.dataDir, 'shuangcheng.sqlite');
  // Acknowledged writes must survive a crash of the process and of the machine (see openSqlite).
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(file) }) });
}

/** Which database a handle (or transaction) talks to, for the few statements that differ. */
export function dialectOf<DB>(db: Kysely<DB>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Timestamps are stored as ISO-8601 UTC text on both dialects, so they sort and compare as strings. */
export function nowIso(): string {
  return new Date().toISOString();
}
