import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { recordAudit, systemAuditContext } from '../audit/audit.ts';
import { createDb, dialectOf, type Db, type Dialect } from '../db/database.ts';
import { SqliteDatabase } from '../db/sqlite-driver.ts';

// Backups of one deployment: the database (SQLite's online backup API, or pg_dump of one snapshot) and the
// encrypted files, with a manifest of row counts and checksums. A restore goes onto a clean data directory
// and database only, checks the backup against its manifest before and the result after, and is recorded.
// Neither holds the DATA_KEY: without it the personal data in a backup cannot be read (README).

export const MANIFEST = 'manifest.json';
const SQLITE_FILE = 'shuangcheng.sqlite';
const PG_DUMP = 'database.pgdump';

export interface BackupTarget {
  /** postgres://… or null for the SQLite file under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
}

export interface FileEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: 1;
  createdAt: string;
  dialect: Dialect;
  /** The last migration applied: a restore needs code that knows it. */
  migration: string | null;
  tables: Record<string, number>;
  database: FileEntry;
  files: FileEntry[];
}

export class BackupError extends Error {}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function entryOf(root: string, file: string): Promise<FileEntry> {
  return { path: relative(root, file).split(sep).join('/'), bytes: statSync(file).size, sha256: await sha256Of(file) };
}

/** Every regular file under a directory, except upload temporaries (`.tmp`), in a stable order. */
async function walk(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else if (entry.isFile() && !entry.name.endsWith('.tmp')) out.push(path);
  }
  return out.sort();
}

/** Table names of the database (the application's schema), sorted. */
async function tableNames(db: Db): Promise<string[]> {
  const query =
    dialectOf(db) === 'sqlite'
      ? sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`
      : sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`;
  return (await query.execute(db)).rows.map((r) => r.name).sort();
}

async function countRows(query: (text: string) => Promise<number>, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = await query(`select count(*) as n from "${table.replaceAll('"', '""')}"`);
  return counts;
}

async function lastMigration(tables: Record<string, number>, query: (text: string) => Promise<string | null>): Promise<string | null> {
  return 'kysely_migration' in tables ? query('select max(name) as name from kysely_migration') : null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} exited with ${code}: ${stderr.trim()}`))));
  });
}

/** Copies the files and returns their manifest entries (relative to the files directory). */
async function copyFiles(fromRoot: string, toRoot: string): Promise<FileEntry[]> {
  const entries: FileEntry[] = [];
  for (const file of await walk(fromRoot)) {
    const target = join(toRoot, relative(fromRoot, file));
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file, target);
    entries.push(await entryOf(toRoot, target));
  }
  return entries;
}

async function ensureEmptyDir(dir: string, what: string): Promise<void> {
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new BackupError(`${what} ${dir} is not empty`);
  await mkdir(dir, { recursive: true });
}

/**
 * Backs the deployment up into `outDir` (new or empty). The database first, as one consistent snapshot, then
 * the files: a file written after the snapshot is harmless, and stored files are never changed in place.
 */
export async function createBackup(target: BackupTarget, outDir: string, who: string): Promise<Manifest> {
  await ensureEmptyDir(outDir, 'The backup directory');
  let dialect: Dialect;
  let tables: Record<string, number>;
  let migration: string | null;
  let databaseFile: string;
  if (target.databaseUrl) {
    dialect = 'postgres';
    databaseFile = join(outDir, PG_DUMP);
    // Counts and dump read the same snapshot: the transaction exports it, pg_dump uses it.
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    try {
      await client.query('begin isolation level repeatable read read only');
      const snapshot = (await client.query<{ id: string }>('select pg_export_snapshot() as id')).rows[0]!.id;
      const names = (await client.query<{ name: string }>('select tablename as name from pg_tables where schemaname = current_schema() order by 1')).rows.map(
        (r) => r.name,
      );
      tables = await countRows(async (text) => Number((await client.query<{ n: string }>(text)).rows[0]!.n), names);
      migration = await lastMigration(tables, async (text) => (await client.query<{ name: string | null }>(text)).rows[0]!.name);
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--snapshot=${snapshot}`,
        `--file=${databaseFile}`,
        `--dbname=${target.databaseUrl}`,
      ]);
      await client.query('commit');
    } finally {
      await client.end();
    }
  } else {
    dialect = 'sqlite';
    databaseFile = join(outDir, SQLITE_FILE);
    const liveFile = join(target.dataDir, SQLITE_FILE);
    if (!existsSync(liveFile)) throw new BackupError(`There is no database at ${liveFile}: check DATA_DIR (or set DATABASE_URL)`);
    const live = new SqliteDatabase(liveFile, { fileMustExist: true });
    try {
      await live.backup(databaseFile);
    } finally {
      live.close();
    }
    // Counted on the copy itself: exactly what the backup holds.
    const copy = new SqliteDatabase(databaseFile, { readonly: true });
    try {
      const names = (
        copy.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by 1").all() as { name: string }[]
      ).map((r) => r.name);
      tables = await countRows(async (text) => (copy.prepare(text).get() as { n: number }).n, names);
      migration = await lastMigration(tables, async (text) => (copy.prepare(text).get() as { name: string | null }).name);
    } finally {
      copy.close();
    }
  }
  const files = await copyFiles(join(target.dataDir, 'files'), join(outDir, 'files'));
  const manifest: Manifest = {
    format: 1,
    createdAt: new Date().toISOString(),
    dialect,
    migration,
    tables,
    database: await entryOf(outDir, databaseFile),
    files,
  };
  await writeFile(join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  const db = createDb(target);
  try {
    const rows = Object.values(tables).reduce((a, b) => a + b, 0);
    await recordAudit(db, systemAuditContext(who), {
      action: 'backup.create',
      objectType: 'backup',
      objectId: manifest.createdAt,
      result: 'success',
      detail: { migration, tables: Object.keys(tables).length, rows, files: files.length },
    });
  } finally {
    await db.destroy();
  }
  return manifest;
}

export async function readManifest(backupDir: string): Promise<Manifest> {
  const path = join(backupDir, MANIFEST);
  if (!existsSync(path)) throw new BackupError(`${backupDir} has no ${MANIFEST}: not a backup`);
  const manifest = JSON.parse(await readFile(path, 'utf8')) as Manifest;
  if (manifest.format !== 1) throw new BackupError(`Unknown backup format ${String(manifest.format)}`);
  return manifest;
}

/** Every file of the backup is there with the checksum its manifest recorded. */
export async function verifyBackup(backupDir: string): Promise<Manifest> {
  const manifest = await readManifest(backupDir);
  const problems: string[] = [];
  for (const [root, entry] of [[backupDir, manifest.database] as const, ...manifest.files.map((f) => [join(backupDir, 'files'), f] as const)]) {
    const file = join(root, ...entry.path.split('/'));
    if (!existsSync(file)) problems.push(`missing ${entry.path}`);
    else if ((await sha256Of(file)) !== entry.sha256) problems.push(`checksum differs: ${entry.path}`);
  }
  if (problems.length > 0)
    throw new BackupError(
      `The backup does not match its manifest: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5})` : ''}`,
    );
  return manifest;
}

export interface RestoreReport {
  tables: number;
  rows: number;
  files: number;
}

/**
 * Restores a verified backup onto a clean target (no SQLite file, an empty PostgreSQL schema, no stored files),
 * then checks the row counts and file checksums against the manifest and records the restore in the audit log
 * (等保 asks for restore records). `who` names the operator in that entry.
 */
export async function restoreBackup(target: BackupTarget, backupDir: string, who: string): Promise<RestoreReport> {
  const manifest = await verifyBackup(backupDir);
  const dialect: Dialect = target.databaseUrl ? 'postgres' : 'sqlite';
  if (manifest.dialect !== dialect) throw new BackupError(`The backup is of a ${manifest.dialect} database; the target is ${dialect}`);
  // Every precondition before the first write: a refused restore leaves the target as it was.
  const filesDir = join(target.dataDir, 'files');
  if (existsSync(filesDir) && readdirSync(filesDir).length > 0) throw new BackupError(`The files directory ${filesDir} is not empty`);
  const sqliteFile = join(target.dataDir, SQLITE_FILE);
  if (dialect === 'sqlite') {
    if (existsSync(sqliteFile)) throw new BackupError(`${sqliteFile} exists: restore onto a clean data directory`);
  } else {
    const db = createDb({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
    try {
      if ((await tableNames(db)).length > 0) throw new BackupError('The target database is not empty: restore into a new database');
    } finally {
      await db.destroy();
    }
  }
  await mkdir(filesDir, { recursive: true });
  if (dialect === 'sqlite') {
    await copyFile(join(backupDir, manifest.database.path), sqliteFile);
  } else {
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${target.databaseUrl}`,
      join(backupDir, manifest.database.path),
    ]);
  }
  const files = await copyFiles(join(backupDir, 'files'), filesDir);

  const db = createDb({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
  try {
    const names = await tableNames(db);
    const counts = await countRows(async (text) => Number((await sql<{ n: number }>`${sql.raw(text)}`.execute(db)).rows[0]!.n), names);
    const problems = [
      ...Object.entries(manifest.tables)
        .filter(([table, n]) => counts[table] !== n)
        .map(([table, n]) => `${table}: ${counts[table] ?? 'missing'} rows, the backup has ${n}`),
      ...files.filter((f, i) => f.sha256 !== manifest.files[i]?.sha256).map((f) => `file ${f.path} differs`),
    ];
    if (files.length !== manifest.files.length) problems.push(`${files.length} files restored, the backup has ${manifest.files.length}`);
    if (problems.length > 0) throw new BackupError(`The restored data does not match the backup: ${problems.join('; ')}`);
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    await recordAudit(db, systemAuditContext(who), {
      action: 'backup.restore',
      objectType: 'backup',
      objectId: manifest.createdAt,
      result: 'success',
      detail: { backupCreatedAt: manifest.createdAt, migration: manifest.migration, tables: names.length, rows, files: files.length },
    });
    return { tables: names.length, rows, files: files.length };
  } finally {
    await db.destroy();
  }
}
