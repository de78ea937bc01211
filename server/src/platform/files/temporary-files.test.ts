import '../../module-list.ts';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config.ts';
import { createTestDatabase, DIALECTS } from '../../test/databases.ts';
import { startHousekeeping } from '../housekeeping.ts';
import { createDiskFileStore } from './file-store.ts';
import { removeStaleTemporaryFiles } from './temporary-files.ts';

const HOUR = 3600_000;

/** What an upload interrupted in the middle of FileStore.put leaves: `<key>.tmp` beside the stored files. */
function leftovers(dataDir: string) {
  const month = join(dataDir, 'files', '2026', '11');
  mkdirSync(month, { recursive: true });
  const stale = join(month, `${'a'.repeat(32)}.tmp`);
  const fresh = join(month, `${'b'.repeat(32)}.tmp`);
  const stored = join(month, 'c'.repeat(32));
  for (const file of [stale, fresh, stored]) writeFileSync(file, 'bytes');
  const past = new Date(Date.now() - 2 * HOUR);
  utimesSync(stale, past, past);
  utimesSync(stored, past, past);
  return { stale, fresh, stored };
}

describe('temporary files of interrupted uploads', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'shuangcheng-tmpfiles-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('removes .tmp files older than the age given, and nothing else', async () => {
    const dir = dataDir();
    const files = leftovers(dir);
    expect(await removeStaleTemporaryFiles(join(dir, 'files'), HOUR)).toBe(1);
    expect(existsSync(files.stale)).toBe(false);
    expect(existsSync(files.fresh)).toBe(true); // possibly an upload being written right now
    expect(existsSync(files.stored)).toBe(true);
  });

  it('is harmless when there is no files directory yet', async () => {
    expect(await removeStaleTemporaryFiles(join(dataDir(), 'files'), HOUR)).toBe(0);
  });

  it('leaves stored files readable', async () => {
    const dir = dataDir();
    const store = createDiskFileStore({ dataDir: dir, dataKey: Buffer.alloc(32, 7) });
    const stored = await store.put(Buffer.from('a document'), { mime: 'application/pdf' });
    expect(await removeStaleTemporaryFiles(join(dir, 'files'), 0)).toBe(0);
    expect((await store.get(stored.storageKey)).toString()).toBe('a document');
  });

  it.each(DIALECTS)('is part of housekeeping, which runs at start (%s)', async (dialect) => {
    const dir = dataDir();
    const files = leftovers(dir);
    const database = await createTestDatabase(dialect);
    const config = parseConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', SEED_DEMO: 'false', WEB_DIR: '/nonexistent' });
    const log = { info: () => undefined, error: () => undefined, warn: () => undefined } as never;
    const housekeeping = startHousekeeping(database.db, log, config);
    try {
      for (let i = 0; i < 500 && existsSync(files.stale); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(existsSync(files.stale)).toBe(false);
      expect(existsSync(files.fresh)).toBe(true);
      expect(existsSync(files.stored)).toBe(true);
    } finally {
      housekeeping.stop();
      await database.destroy();
    }
  });
});
