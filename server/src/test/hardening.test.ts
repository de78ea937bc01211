import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import { recordAudit, systemAuditContext } from '../platform/audit/audit.ts';
import { createSession } from '../platform/auth/sessions.ts';
import type { App } from '../platform/http/types.ts';
import { SESSION_COOKIE } from '../platform/http/request-context.ts';
import { AUTHZ_ROWS, organizationBody } from './authorization.table.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from './databases.ts';
import { createBureau, createSchool, createUser, TEST_PASSWORD } from './factories.ts';
import { createTestContext, type TestClient, type TestContext } from './test-app.ts';

const school = (overrides: Record<string, unknown> = {}) => ({
  kind: 'school',
  code: null,
  nameZh: '加固测试小学',
  nameEn: 'Hardening Test Primary School',
  regionId: '500105',
  ownership: 'public',
  stages: ['primary'],
  address: null,
  latitude: null,
  longitude: null,
  pupilCount: 300,
  teacherCount: 20,
  website: null,
  seats: [],
  ...overrides,
});

describe.each(DIALECTS)('errors and hardening (%s)', (dialect) => {
  let ctx: TestContext;
  let admin: TestClient;
  /** A signed-in person's own language setting wins over the browser's, so English needs an English-speaking admin. */
  let englishAdmin: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { BODY_LIMIT_BYTES: '4096', TRUST_PROXY: 'true' });
    const bureau = await createBureau(ctx.db, '500105');
    admin = await ctx.clientAs((await createUser(ctx.db, { role: 'bureau_admin', organizationId: bureau.id })).id);
    const english = await createUser(ctx.db, { role: 'bureau_admin', organizationId: bureau.id });
    await ctx.db.updateTable('users').set({ locale: 'en-US' }).where('id', '=', english.id).execute();
    englishAdmin = await ctx.clientAs(english.id);
  });
  afterAll(async () => ctx?.close());

  const counts = async () => {
    const n = (table: 'organizations' | 'users' | 'role_grants' | 'audit_log' | 'sessions') =>
      ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    return {
      organizations: await n('organizations'),
      users: await n('users'),
      grants: await n('role_grants'),
      audit: await n('audit_log'),
      sessions: await n('sessions'),
    };
  };
  /** Runs a request that must be refused and checks that it wrote nothing. */
  async function refused(send: () => ReturnType<TestClient['request']>) {
    const before = await counts();
    const response = await send();
    expect(await counts()).toEqual(before);
    return response;
  }
  const postOrganization = (payload: string | Buffer, contentType = 'application/json', locale: 'zh-CN' | 'en-US' = 'zh-CN') =>
    (locale === 'en-US' ? englishAdmin : admin).request('POST', '/api/directory/organizations', payload, { 'content-type': contentType });

  it('answers malformed JSON with 400 request.malformed_json in the caller’s language', async () => {
    const zh = await refused(() => postOrganization('{"kind": "school", '));
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error).toEqual({ code: 'request.malformed_json', message: '请求内容不是有效的 JSON' });
    const en = await refused(() => postOrganization('{"kind": "school", ', 'application/json', 'en-US'));
    expect(en.json().error).toEqual({ code: 'request.malformed_json', message: 'The request body is not valid JSON' });
    const empty = await refused(() => postOrganization(''));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('request.malformed_json');
  });

  it('rejects unknown fields, naming them', async () => {
    const zh = await refused(() => postOrganization(JSON.stringify(school({ extra: 1, nameZh: '多余字段小学' }))));
    expect(zh.statusCode).toBe(400);
    expect(zh.json().error.code).toBe('request.invalid');
    expect(zh.json().error.fields).toEqual([{ field: '/extra', message: '不允许的字段' }]);
    const en = await refused(() => postOrganization(JSON.stringify(school({ extra: 1 })), 'application/json', 'en-US'));
    expect(en.json().error.message).toBe('The request is invalid; check the marked fields');
    expect(en.json().error.fields).toEqual([{ field: '/extra', message: 'is not an allowed field' }]);
    // Nested objects are strict too.
    const nested = await refused(() => postOrganization(JSON.stringify(school({ seats: [{ grade: 'g1', seats: 40, note: 'x' }] }))));
    expect(nested.json().error.fields).toEqual([expect.objectContaining({ field: '/seats/0/note' })]);
  });

  it('rejects wrong types without coercing them, listing every field', async () => {
    const response = await refused(() => postOrganization(JSON.stringify(school({ pupilCount: 'many', stages: 'primary' })), 'application/json', 'en-US'));
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['/pupilCount', '/stages']);
    expect(fields.find((f) => f.field === '/stages')!.message).toMatch(/array/);
    // A number sent as text is not silently accepted either.
    const text = await refused(() => postOrganization(JSON.stringify(school({ teacherCount: '20' }))));
    expect(text.json().error.fields).toEqual([expect.objectContaining({ field: '/teacherCount' })]);
    // Query strings arrive as text and are coerced, but still checked.
    const query = await admin.get('/api/directory/organizations?page=abc&pageSize=1000');
    expect(query.statusCode).toBe(400);
    expect(
      query
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['querystring:/page', 'querystring:/pageSize']);
  });

  it('refuses a body over the configured limit with 413', async () => {
    const big = JSON.stringify(school({ address: '重庆市江北区'.repeat(400) }));
    expect(Buffer.byteLength(big)).toBeGreaterThan(4096);
    const zh = await refused(() => postOrganization(big));
    expect(zh.statusCode).toBe(413);
    expect(zh.json().error).toEqual({ code: 'request.too_large', message: '请求内容过大' });
    const en = await refused(() => postOrganization(big, 'application/json', 'en-US'));
    expect(en.json().error.message).toBe('The request body is too large');
  });

  it('refuses an unsupported content type with 415', async () => {
    const response = await refused(() => postOrganization('<school/>', 'application/xml', 'en-US'));
    expect(response.statusCode).toBe(415);
    expect(response.json().error).toEqual({ code: 'request.unsupported_media_type', message: 'Unsupported content type' });
  });

  it('answers an unknown route with 404 route.not_found, in both languages', async () => {
    const zh = await refused(() => admin.request('POST', '/api/nothing-here', {}));
    expect(zh.statusCode).toBe(404);
    expect(zh.json().error).toEqual({ code: 'route.not_found', message: '找不到请求的地址' });
    const en = await englishAdmin.get('/api/directory/nothing');
    expect(en.json().error).toEqual({ code: 'route.not_found', message: 'No such address' });
    // Before sign-in the browser's language decides.
    const anonymous = await ctx.app.inject({ url: '/api/nothing-here', headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(anonymous.json().error.message).toBe('No such address');
  });

  it('refuses a stale version with 409 and changes nothing (organizations and users)', async () => {
    const target = await createSchool(ctx.db, '500105');
    const first = await admin.put(`/api/directory/organizations/${target.id}`, await organizationBody(ctx.db, target.id, { nameZh: '第一次修改小学' }));
    expect(first.json().version).toBe(2);
    const staleBody = await organizationBody(ctx.db, target.id, { nameZh: '过期修改小学', version: 1 });
    const stale = await refused(() => admin.put(`/api/directory/organizations/${target.id}`, staleBody));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('resource.conflict');
    const row = await ctx.db.selectFrom('organizations').select(['name_zh', 'version']).where('id', '=', target.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ name_zh: '第一次修改小学', version: 2 });

    const teacher = await createUser(ctx.db, { role: 'teacher', organizationId: target.id, displayName: '原来的名字' });
    await ctx.db.updateTable('users').set({ version: 3 }).where('id', '=', teacher.id).execute();
    const patch = await refused(() => admin.patch(`/api/users/${teacher.id}`, { displayName: '新名字', version: 2 }));
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error.code).toBe('resource.conflict');
    const user = await ctx.db.selectFrom('users').select(['display_name', 'version']).where('id', '=', teacher.id).executeTakeFirstOrThrow();
    expect(user).toEqual({ display_name: '原来的名字', version: 3 });
  });

  it('refuses a sign-in without the CSRF token', async () => {
    const user = await createUser(ctx.db, { role: 'teacher' });
    const client = await ctx.anonymous();
    client.csrfToken = null;
    const response = await refused(() => client.post('/api/auth/login', { username: user.username, password: TEST_PASSWORD }));
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('request.csrf_failed');
    expect(response.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    // A token that does not match the cookie is no better.
    client.csrfToken = 'x'.repeat(32);
    expect((await refused(() => client.post('/api/auth/login', { username: user.username, password: TEST_PASSWORD }))).statusCode).toBe(403);
  });

  it('sends security headers, and HSTS only over TLS (behind a trusted proxy)', async () => {
    for (const url of ['/healthz', '/api/directory/regions', '/api/nothing-here']) {
      const response = await admin.get(url);
      expect(response.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(response.headers['content-security-policy'], url).toContain("default-src 'self'");
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
    }
    const tls = await admin.request('GET', '/api/directory/regions', undefined, { 'x-forwarded-proto': 'https' });
    expect(tls.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    // Session cookies are Secure behind TLS.
    const user = await createUser(ctx.db, { role: 'teacher' });
    const anonymous = await ctx.anonymous();
    const login = await anonymous.request('POST', '/api/auth/login', { username: user.username, password: TEST_PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(login.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
  });

  it('answers /healthz and /readyz', async () => {
    expect((await ctx.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await ctx.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('serves an OpenAPI document listing every API route', async () => {
    const response = await ctx.app.inject({ url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, Record<string, { responses?: object }>> };
    expect(document.openapi).toMatch(/^3\./);
    const listed = new Set(
      Object.entries(document.paths).flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\/$/, '')}`),
      ),
    );
    const routes = [...new Set(AUTHZ_ROWS.map((row) => row.route.replace(/:(\w+)/g, '{$1}')))];
    expect(routes.filter((route) => !listed.has(route))).toEqual([]);
    for (const operations of Object.values(document.paths)) {
      for (const operation of Object.values(operations)) expect(operation.responses).toBeDefined();
    }
  });

  it('keeps the audit log append-only in the database itself', async () => {
    await recordAudit(ctx.db, systemAuditContext('hardening test'), { action: 'test.append_only', objectType: 'test', objectId: null, result: 'success' });
    await expect(ctx.db.updateTable('audit_log').set({ action: 'test.tampered' }).where('action', '=', 'test.append_only').execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(ctx.db.deleteFrom('audit_log').where('action', '=', 'test.append_only').execute()).rejects.toThrow(/append-only/);
    const rows = await ctx.db.selectFrom('audit_log').select('action').where('action', 'in', ['test.append_only', 'test.tampered']).execute();
    expect(rows).toEqual([{ action: 'test.append_only' }]);
  });
});

describe.each(DIALECTS)('an internal error (%s)', (dialect) => {
  let database: TestDatabase;
  let app: App;
  const logLines: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    // TRUST_PROXY left off: a client's own x-forwarded-proto header must not count.
    const config = parseConfig({ LOG_LEVEL: 'error', SEED_DEMO: 'false', WEB_DIR: '/nonexistent' });
    const stream = new Writable({
      write: (chunk, _encoding, done) => {
        logLines.push(String(chunk));
        done();
      },
    });
    app = await buildApp({ config, db: database.db, logger: { level: 'error', stream } });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  it('ignores x-forwarded-proto from an untrusted client', async () => {
    const response = await app.inject({ url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('answers 500 server.internal with the request id, logs the details, and shows no stack', async () => {
    const school = await createSchool(database.db, '500105');
    const user = await createUser(database.db, { role: 'teacher', organizationId: school.id });
    const { token } = await createSession(database.db, { userId: user.id, stage: 'active', ip: null, userAgent: null }, { idleMinutes: 30, absoluteHours: 12 });
    // A table the directory reads disappears underneath the running app.
    await sql`DROP TABLE school_grade_seats`.execute(database.db);
    for (const [locale, prefix] of [
      ['zh-CN', '服务器出现错误'],
      ['en-US', 'Something went wrong'],
    ] as const) {
      await database.db.updateTable('users').set({ locale }).where('id', '=', user.id).execute();
      const response = await app.inject({ url: `/api/directory/organizations/${school.id}`, cookies: { [SESSION_COOKIE]: token } });
      expect(response.statusCode).toBe(500);
      const { error } = response.json() as { error: { code: string; message: string } };
      expect(error.code).toBe('server.internal');
      expect(error.message.startsWith(prefix)).toBe(true);
      const requestId = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(error.message)?.[1];
      expect(requestId).toBeDefined();
      expect(Object.keys(response.json())).toEqual(['error']);
      expect(response.body).not.toMatch(/school_grade_seats|stack|at .*\.ts:\d+/);
      const logged = logLines
        .map((line) => JSON.parse(line) as { reqId?: string; msg: string; err?: { stack?: string } })
        .find((entry) => entry.reqId === requestId);
      expect(logged?.msg).toBe('unhandled error');
      expect(logged?.err?.stack).toContain('school_grade_seats');
    }
  });
});
