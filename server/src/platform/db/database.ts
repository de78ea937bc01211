import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, PostgresAdapter, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { openSqlite } from './sqlite-driver.ts';
import { watchPool } from '../metrics/metrics.ts';

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
  if (options.databaseUrl) return createPostgresDb({ connectionString: options.databaseUrl, max: 10 });
  mkdirSync(options.dataDir, { recursive: true });
  const file = options.sqliteFile ?? join(options.dataDir, 'shuangcheng.sqlite');
  // Acknowledged writes must survive a crash of the process and of the machine (see openSqlite).
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(file) }) });
}

type ConnectionErrorListener = (error: Error) => void;
const connectionErrorListeners = new WeakMap<object, Set<ConnectionErrorListener>>();

/**
 * A PostgreSQL handle whose lost connections never kill the process: pg emits `error` on an idle pooled
 * client, and on a checked-out one whose socket dies between queries, and an unheard `error` event throws.
 * The pool drops such a client and opens a new one on the next request, so the app recovers by itself
 * once the database is back. Listeners added with `onConnectionError` hear about each loss (to log it).
 */
export function createPostgresDb(poolConfig: pg.PoolConfig): Db {
  // Waiting for a connection is bounded: a request answers 503 rather than hanging while the database is away.
  const pool = new pg.Pool({ connectionTimeoutMillis: 5_000, keepAlive: true, ...poolConfig });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const listeners = new Set<ConnectionErrorListener>();
  connectionErrorListeners.set(db, listeners);
  const report = (error: Error) => {
    for (const listener of listeners) listener(error);
  };
  pool.on('error', report);
  pool.on('connect', (client) => client.on('error', report));
  watchPool(pool);
  return db;
}

/** Hears about each PostgreSQL connection lost in the background (nothing on SQLite); returns the unsubscribe. */
export function onConnectionError(db: Db, listener: ConnectionErrorListener): () => void {
  const listeners = connectionErrorListeners.get(db);
  listeners?.add(listener);
  return () => listeners?.delete(listener);
}

/** Which database a handle (or transaction) talks to, for the few statements that differ. */
export function dialectOf<DB>(db: Kysely<DB>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Timestamps are stored as ISO-8601 UTC text on both dialects, so they sort and compare as strings. */
export function nowIso(): string {
  return new Date().toISOString();
}
