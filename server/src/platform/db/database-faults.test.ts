import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { parseConfig } from '../../config.ts';
import { childBody, makeIdNumber } from '../../modules/enrollment/children/children.fixtures.test-support.ts';
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../../test/databases.ts';
import { createUser } from '../../test/factories.ts';
import { startTcpProxy, type TcpProxy } from '../../test/tcp-proxy.ts';
import { TestClient } from '../../test/test-app.ts';
import { createSession } from '../auth/sessions.ts';
import type { App } from '../http/types.ts';
import { SESSION_COOKIE } from '../http/request-context.ts';

/** Polls until the condition holds, at most `tries` times: the pool reconnects on its own schedule. */
async function eventually(condition: () => Promise<boolean>, tries = 500): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition not reached');
}

describe('PostgreSQL going away and coming back, under requests', () => {
  let proxy: TcpProxy;
  let database: TestDatabase;
  let app: App;
  let guardian: TestClient;
  let guardianId: string;
  const logs: { msg: string; level: number }[] = [];

  beforeAll(async () => {
    const target = new URL(testPostgresUrl());
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(testPostgresUrl());
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    database = await createTestDatabase('postgres', { postgresUrl: viaProxy.toString() });
    const config = parseConfig({ DATA_DIR: '/tmp/shuangcheng-test-data', LOG_LEVEL: 'silent', SEED_DEMO: 'false', WEB_DIR: '/nonexistent' });
    const stream = new Writable({ write: (chunk: Buffer, _encoding, done) => (logs.push(JSON.parse(chunk.toString())), done()) });
    app = await buildApp({ config, db: database.db, logger: { level: 'warn', stream } });
    await app.ready();
    guardianId = (await createUser(database.db, { role: 'guardian' })).id;
    const { token, csrfToken } = await createSession(
      database.db,
      { userId: guardianId, stage: 'active', ip: '127.0.0.1', userAgent: 'test' },
      { idleMinutes: 30, absoluteHours: 12 },
    );
    guardian = new TestClient(app, { [SESSION_COOKIE]: token }, csrfToken);
  });
  afterAll(async () => {
    await proxy?.restore();
    await app?.close();
    await database?.destroy();
    await proxy?.close();
  });

  const childRows = async (name: string) => {
    const children = await database.db.selectFrom('children').select('id').where('name', '=', name).execute();
    const ids = children.map((c) => c.id);
    const count = async (table: 'child_guardians' | 'consents') =>
      ids.length === 0 ? 0 : (await database.db.selectFrom(table).select('child_id').where('child_id', 'in', ids).execute()).length;
    const audits =
      ids.length === 0
        ? 0
        : (await database.db.selectFrom('audit_log').select('id').where('action', '=', 'child.create').where('object_id', 'in', ids).execute()).length;
    return { children: ids.length, guardians: await count('child_guardians'), audits };
  };

  it('answers 503 with Retry-After while the database is away, never crashes, and serves again once it is back', async () => {
    const acknowledged = await guardian.post('/api/enrollment/children', childBody(makeIdNumber(), { name: '已确认' }));
    expect(acknowledged.statusCode).toBe(201);

    // A stream of reads runs through the whole outage.
    const statuses: number[] = [];
    let streaming = true;
    const stream = (async () => {
      while (streaming) {
        statuses.push((await guardian.get('/api/enrollment/children')).statusCode);
        statuses.push((await app.inject({ method: 'GET', url: '/readyz' })).statusCode);
      }
    })();
    try {
      await eventually(async () => statuses.length >= 4);

      // The connection dies in the middle of a write: the child row is inserted, its guardian row never arrives.
      proxy.cutWhenSent('insert into "child_guardians"');
      const interrupted = await guardian.post('/api/enrollment/children', childBody(makeIdNumber(), { name: '未确认' }));
      expect(interrupted.statusCode).toBe(503);
      expect(interrupted.headers['retry-after']).toMatch(/^\d+$/);
      expect(interrupted.json().error).toEqual({ code: 'server.unavailable', message: '服务暂不可用' });

      const down = statuses.length;
      await eventually(async () => statuses.slice(down).filter((s) => s === 503).length >= 6);
      const ready = await app.inject({ method: 'GET', url: '/readyz', headers: { 'accept-language': 'en-US' } });
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['retry-after']).toMatch(/^\d+$/);
      expect(ready.json().error).toEqual({ code: 'server.unavailable', message: 'The service is unavailable' });

      // Back again: the same app (same pool) serves without a restart.
      await proxy.restore();
      const back = statuses.length;
      await eventually(async () => statuses.slice(back).filter((s) => s === 200).length >= 6);
    } finally {
      streaming = false;
      await stream;
    }

    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    // Lost connections and unavailable answers are logged as warnings, never as unhandled errors.
    expect(logs.map((l) => l.msg)).toContain('database connection lost');
    expect(logs.map((l) => l.msg)).toContain('database unavailable');
    expect(logs.filter((l) => l.msg === 'unhandled error')).toEqual([]);
    expect(JSON.stringify(logs)).not.toContain('未确认');
    expect(statuses).toContain(503);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);

    // What was acknowledged is there, complete; what was not left nothing behind.
    expect(await childRows('已确认')).toEqual({ children: 1, guardians: 1, audits: 1 });
    expect(await childRows('未确认')).toEqual({ children: 0, guardians: 0, audits: 0 });
    const again = await guardian.post('/api/enrollment/children', childBody(makeIdNumber(), { name: '恢复后' }));
    expect(again.statusCode).toBe(201);
    expect(await childRows('恢复后')).toEqual({ children: 1, guardians: 1, audits: 1 });
  });
});
