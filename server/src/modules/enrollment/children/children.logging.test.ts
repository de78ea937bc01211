import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.ts';
import { parseConfig } from '../../../config.ts';
import { createSession } from '../../../platform/auth/sessions.ts';
import { DevSmsSender } from '../../../platform/auth/sms-sender.ts';
import type { App } from '../../../platform/http/types.ts';
import { SESSION_COOKIE } from '../../../platform/http/request-context.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { TestClient } from '../../../test/test-app.ts';
import { childBody, makeIdNumber } from './children.fixtures.test-support.ts';

// The ID number reaches the server only in POST bodies; this checks that nothing the app logs, at the
// most verbose level and on success and failure alike, ever carries it.
describe.each(DIALECTS)('child profiles keep the ID number out of the logs (%s)', (dialect) => {
  let database: TestDatabase;
  let app: App;
  const lines: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const config = parseConfig({ DATA_DIR: '/tmp/shuangcheng-test-data', LOG_LEVEL: 'trace', SEED_DEMO: 'false', WEB_DIR: '/nonexistent' });
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    app = await buildApp({ config, db: database.db, sms: new DevSmsSender(), logger: { level: 'trace', stream } });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  const clientFor = async (userId: string) => {
    const policy = { idleMinutes: 60, absoluteHours: 12 };
    const { token, csrfToken } = await createSession(database.db, { userId, stage: 'active', ip: '127.0.0.1', userAgent: 'test' }, policy);
    return new TestClient(app, { [SESSION_COOKIE]: token }, csrfToken);
  };

  it('logs requests on create, retry, clash, refusal and reveal without the number', async () => {
    const owner = await clientFor((await createUser(database.db, { role: 'guardian' })).id);
    const other = await clientFor((await createUser(database.db, { role: 'guardian' })).id);
    const id = makeIdNumber();
    const created = await owner.post('/api/enrollment/children', childBody(id));
    expect(created.statusCode).toBe(201);
    expect((await owner.post('/api/enrollment/children', childBody(id))).statusCode).toBe(200);
    expect((await other.post('/api/enrollment/children', childBody(id))).statusCode).toBe(409);
    const wrong = id.idNumber.slice(0, 17) + (id.idNumber[17] === '0' ? '1' : '0');
    expect((await owner.post('/api/enrollment/children', childBody(id, { idNumber: wrong }))).statusCode).toBe(400);
    expect((await owner.post('/api/enrollment/children', childBody(id, { sex: 'female' }))).statusCode).toBe(400);
    expect((await owner.post('/api/enrollment/children', childBody(id, { unexpected: id.idNumber }))).statusCode).toBe(400);
    expect((await owner.request('POST', '/api/enrollment/children', `{"idNumber":"${id.idNumber}"`, { 'content-type': 'application/json' })).statusCode).toBe(
      400,
    );
    const revealed = await owner.post(`/api/enrollment/children/${created.json().id}/id-number/reveal`);
    expect(revealed.json().idNumber).toBe(id.idNumber);

    const log = lines.join('');
    // The capture works: every request above was logged, with its path.
    expect(log).toContain(`/api/enrollment/children/${created.json().id}/id-number/reveal`);
    expect(lines.filter((l) => l.includes('"incoming request"')).length).toBeGreaterThanOrEqual(8);
    for (const secret of [id.idNumber, wrong, id.idNumber.slice(0, 17)]) expect(log).not.toContain(secret);
  });
});
