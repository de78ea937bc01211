import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { childBody, makeIdNumber } from '../../modules/enrollment/children/children.fixtures.test-support.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../http/request-context.ts';
import type { Database } from './schema.ts';
import { openSqlite } from './sqlite-driver.ts';

const SERVER = fileURLToPath(new URL('../../test/sqlite-crash-server.ts', import.meta.url));

describe('SQLite: kill -9 under writes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'shuangcheng-crash-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write, complete, and leaves nothing partial of the others', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVER, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const started = await new Promise<{ port: number; token: string; csrfToken: string }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]!));
      });
      child.once('exit', (code) => reject(new Error(`crash server exited early (${code})`)));
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));

    const acknowledged: string[] = [];
    const attempted: string[] = [];
    let isKilled = false;
    const post = async (name: string) => {
      attempted.push(name);
      const response = await fetch(`http://127.0.0.1:${started.port}/api/enrollment/children`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${started.token}`, [CSRF_HEADER]: started.csrfToken },
        body: JSON.stringify(childBody(makeIdNumber(), { name })),
      });
      if (response.status === 201) acknowledged.push(name);
      else throw new Error(`unexpected ${response.status}`);
    };
    // Four writers in parallel; the process is killed while some of their writes are in flight.
    const writer = async (w: number) => {
      for (let i = 0; !isKilled; i++) {
        try {
          await post(`崩溃${w}-${i}`);
        } catch (error) {
          if (!isKilled) throw error;
        }
        if (acknowledged.length >= 40 && !isKilled) {
          isKilled = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    await exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(join(dataDir, 'shuangcheng.sqlite')) }) });
    try {
      const children = await db.selectFrom('children').select(['id', 'name']).execute();
      const guardians = new Set((await db.selectFrom('child_guardians').select('child_id').execute()).map((r) => r.child_id));
      const audited = new Set((await db.selectFrom('audit_log').select('object_id').where('action', '=', 'child.create').execute()).map((r) => r.object_id));
      const byName = new Map(children.map((c) => [c.name, c.id]));
      for (const name of acknowledged) {
        const id = byName.get(name);
        expect({ name, stored: id !== undefined, guardian: id !== undefined && guardians.has(id), audited: id !== undefined && audited.has(id) }).toEqual({
          name,
          stored: true,
          guardian: true,
          audited: true,
        });
      }
      // A write that was never acknowledged is either whole (committed, answer lost) or absent.
      for (const child of children) expect([child.name, guardians.has(child.id), audited.has(child.id)]).toEqual([child.name, true, true]);
      expect(children.every((c) => attempted.includes(c.name))).toBe(true);
    } finally {
      await db.destroy();
    }
  }, 60_000);
});
