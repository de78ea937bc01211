import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, testPostgresUrl } from '../../test/databases.ts';
import { recordAudit, systemAuditContext } from '../audit/audit.ts';
import { createDb, type Db, type Dialect } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { createBackup, readManifest, restoreBackup, type BackupTarget } from './backup.ts';

// Backup → restore round trips on both databases: everything comes back (rows and files, checked against the
// manifest), a damaged backup or a target that is not clean is refused before anything is written, and the
// restore is recorded in the audit log.

/** A new PostgreSQL database on the test server (the test role may create databases): its URL and a dropper. */
async function newPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `backup_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testPostgresUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(testPostgresUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: testPostgresUrl() });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

async function newTarget(dialect: Dialect, cleanups: (() => Promise<void>)[]): Promise<BackupTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shuangcheng-backup-data-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  if (dialect === 'sqlite') return { databaseUrl: null, dataDir };
  const database = await newPostgresDatabase();
  cleanups.push(database.drop);
  return { databaseUrl: database.url, dataDir };
}

async function counts(db: Db): Promise<{ audit: number; regions: number }> {
  const audit = await db
    .selectFrom('audit_log')
    .select((e) => e.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const regions = await db
    .selectFrom('regions')
    .select((e) => e.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { audit: Number(audit.n), regions: Number(regions.n) };
}

describe.each(DIALECTS)('backup and restore (%s)', (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  let source: BackupTarget;
  let backupDir: string;
  const storedFiles = { '2026/11/aa/one.bin': randomBytes(4096), '2026/12/bb/two.bin': randomBytes(70_000) };

  beforeAll(async () => {
    source = await newTarget(dialect, cleanups);
    const db = createDb(source);
    await migrateToLatest(db);
    await sql`insert into regions (id, division_code, parent_id, level, name_zh, name_en, path, latitude, longitude) values ('500000', '500000', null, 'province', '重庆市', 'Chongqing', '/500000/', null, null)`.execute(
      db,
    );
    for (let i = 0; i < 25; i += 1) {
      await recordAudit(db, systemAuditContext('backup test'), { action: 'test.write', objectType: 'test', objectId: String(i), result: 'success' });
    }
    await db.destroy();
    for (const [path, bytes] of Object.entries(storedFiles)) {
      mkdirSync(join(source.dataDir, 'files', path, '..'), { recursive: true });
      writeFileSync(join(source.dataDir, 'files', path), bytes);
    }
    // An interrupted upload's temporary file is not data: it stays out of the backup.
    writeFileSync(join(source.dataDir, 'files', '2026/12/bb/three.bin.tmp'), 'partial');
    backupDir = join(mkdtempSync(join(tmpdir(), 'shuangcheng-backup-')), 'backup');
    cleanups.push(async () => rmSync(join(backupDir, '..'), { recursive: true, force: true }));
  });
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('writes the database and the files with a manifest of row counts and checksums, and records the backup', async () => {
    const manifest = await createBackup(source, backupDir, 'test operator');
    expect(manifest.dialect).toBe(dialect);
    expect(manifest.tables.audit_log).toBe(25);
    expect(manifest.tables.regions).toBe(1);
    expect(manifest.migration).toMatch(/^\d{14}_/);
    expect(manifest.files.map((f) => [f.path, f.bytes])).toEqual([
      ['2026/11/aa/one.bin', 4096],
      ['2026/12/bb/two.bin', 70_000],
    ]);
    expect(await readManifest(backupDir)).toEqual(manifest);
    // The backup itself is in the live audit log (after the snapshot, so not in the backup's own count).
    const db = createDb(source);
    expect((await counts(db)).audit).toBe(26);
    await db.destroy();
  });

  it('restores onto a clean target, checks rows and files against the manifest, and records the restore', async () => {
    const target = await newTarget(dialect, cleanups);
    const report = await restoreBackup(target, backupDir, 'test operator');
    expect(report.files).toBe(2);
    const db = createDb(target);
    try {
      expect(await counts(db)).toEqual({ audit: 26, regions: 1 });
      const restore = await db
        .selectFrom('audit_log')
        .select(['action', 'actor_name', 'detail'])
        .where('action', '=', 'backup.restore')
        .executeTakeFirstOrThrow();
      expect(restore.actor_name).toBe('test operator');
      expect(JSON.parse(restore.detail!)).toMatchObject({ files: 2 });
    } finally {
      await db.destroy();
    }
    for (const [path, bytes] of Object.entries(storedFiles)) expect(readFileSync(join(target.dataDir, 'files', path)).equals(bytes)).toBe(true);
    expect(existsSync(join(target.dataDir, 'files', '2026/12/bb/three.bin.tmp'))).toBe(false);
  });

  it('refuses a target that is not clean, and writes nothing', async () => {
    const target = await newTarget(dialect, cleanups);
    await restoreBackup(target, backupDir, 'first');
    // The same target again: its files directory is not empty.
    await expect(restoreBackup(target, backupDir, 'again')).rejects.toThrow(/files directory .* is not empty/);
    // A clean files directory, but a database that already holds data.
    const freshDir = mkdtempSync(join(tmpdir(), 'shuangcheng-backup-data-'));
    cleanups.push(async () => rmSync(freshDir, { recursive: true, force: true }));
    if (dialect === 'sqlite') writeFileSync(join(freshDir, 'shuangcheng.sqlite'), 'an existing database');
    const database = dialect === 'sqlite' ? null : target.databaseUrl;
    await expect(restoreBackup({ databaseUrl: database, dataDir: freshDir }, backupDir, 'second')).rejects.toThrow(
      dialect === 'sqlite' ? /exists/ : /database is not empty/,
    );
    expect(existsSync(join(freshDir, 'files'))).toBe(false);
    const db = createDb(target);
    expect((await counts(db)).audit).toBe(26); // the backup's 25 and the one restore, nothing of the refused ones
    await db.destroy();
  });

  it('refuses a damaged backup before writing anything', async () => {
    const damaged = join(backupDir, '..', 'damaged');
    mkdirSync(damaged);
    await expect(restoreBackup(await newTarget(dialect, cleanups), join(backupDir, '..', 'nowhere'), 'x')).rejects.toThrow(/not a backup/);
    const manifest = await readManifest(backupDir);
    const file = join(backupDir, 'files', manifest.files[1]!.path);
    const original = readFileSync(file);
    writeFileSync(file, Buffer.concat([original.subarray(0, 100), Buffer.from('x'), original.subarray(101)]));
    try {
      const target = await newTarget(dialect, cleanups);
      await expect(restoreBackup(target, backupDir, 'x')).rejects.toThrow(/checksum differs: 2026\/12\/bb\/two.bin/);
      expect(existsSync(join(target.dataDir, 'files'))).toBe(false);
      expect(existsSync(join(target.dataDir, 'shuangcheng.sqlite'))).toBe(false);
    } finally {
      writeFileSync(file, original);
    }
  });
});
