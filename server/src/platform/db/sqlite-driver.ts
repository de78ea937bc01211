import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);
const nodeMajor = Number(process.versions.node.split('.')[0]);

/**
 * better-sqlite3 in the build that is safe on the running Node: 12.x (classic addon) on Node 20, where
 * 13.x crashes; 13.x (Node-API) from Node 22 on, where 12.x aborts when the garbage collector finalises
 * a statement (Node 24 asserts in RemoveEnvironmentCleanupHook). Both share one API.
 */
export const SqliteDatabase: typeof BetterSqlite3 = nodeMajor >= 22 ? require('better-sqlite3-napi') : require('better-sqlite3');

export type SqliteConnection = BetterSqlite3.Database;

/** Opens a SQLite file with the durability every acknowledged write needs: WAL with synchronous=FULL. */
export function openSqlite(file: string): SqliteConnection {
  const sqlite = new SqliteDatabase(file);
  // better-sqlite3 defaults to synchronous=NORMAL, which may lose the last commits on power loss.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}
