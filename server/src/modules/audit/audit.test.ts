import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.ts';
import { createBureau, createSchool, createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app.ts';

interface Entry {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  result: string;
  requestId: string | null;
  detail: Record<string, unknown> | null;
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe.each(DIALECTS)('audit log (%s)', (dialect) => {
  let ctx: TestContext;
  let platform: TestClient;
  let bureauAdminId: string;
  let teacher: { id: string; username: string | null };
  let organizationId: string;
  let start: string;
  let end: string;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    platform = await ctx.clientAs((await createUser(ctx.db, { role: 'platform_admin' })).id);
    const bureau = await createBureau(ctx.db, '500105');
    bureauAdminId = (await createUser(ctx.db, { role: 'bureau_admin', organizationId: bureau.id })).id;
    const school = await createSchool(ctx.db, '500105');
    teacher = await createUser(ctx.db, { role: 'teacher', organizationId: school.id });

    // Some activity to browse: sign-ins that work and fail, and changes by a bureau admin.
    start = new Date().toISOString();
    await pause();
    const anonymous = await ctx.anonymous();
    await anonymous.post('/api/auth/login', { username: teacher.username, password: 'not the password' });
    await anonymous.post('/api/auth/login', { username: teacher.username, password: TEST_PASSWORD });
    const admin = await ctx.clientAs(bureauAdminId);
    const fields = {
      code: null,
      nameZh: '审计测试小学',
      nameEn: 'Audit Test Primary School',
      regionId: '500105',
      ownership: 'public',
      stages: ['primary'],
      address: null,
      latitude: null,
      longitude: null,
      pupilCount: 10,
      teacherCount: 2,
      website: null,
      seats: [],
    };
    organizationId = (await admin.post('/api/directory/organizations', { kind: 'school', ...fields })).json().id;
    expect((await admin.put(`/api/directory/organizations/${organizationId}`, { ...fields, teacherCount: 3, version: 1 })).statusCode).toBe(200);
    expect((await admin.post(`/api/users/${teacher.id}/disable`)).statusCode).toBe(200);
    expect((await admin.post(`/api/users/${teacher.id}/enable`)).statusCode).toBe(200);
    await pause();
    end = new Date().toISOString();
  });
  afterAll(async () => ctx?.close());

  const browse = async (query: string) => {
    const response = await platform.get(`/api/audit?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as { items: Entry[]; total: number };
  };

  it('records sign-ins, successful and failed, with the request that made them', async () => {
    const { items } = await browse(`action=auth.login&objectId=${teacher.id}`);
    expect(items.map((e) => e.result)).toEqual(['success', 'failure']); // newest first
    for (const entry of items) {
      expect(entry).toMatchObject({ action: 'auth.login', objectType: 'user', objectId: teacher.id, actorUserId: teacher.id });
      expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(items[0]!.detail).toEqual({ next: 'done' });
    expect(items[0]!.requestId).not.toBe(items[1]!.requestId);
  });

  it("names every action in the caller's language, and lists the actions for the filter", async () => {
    const zh = await browse(`action=auth.login&objectId=${teacher.id}`);
    expect(zh.items[0]).toMatchObject({ action: 'auth.login', actionLabel: '账号密码登录' });
    const english = (await createUser(ctx.db, { role: 'platform_admin' })).id;
    await ctx.db.updateTable('users').set({ locale: 'en-US' }).where('id', '=', english).execute();
    const en = await (await ctx.clientAs(english)).get(`/api/audit?action=organization.update&objectId=${organizationId}`);
    expect(en.json().items[0]).toMatchObject({ action: 'organization.update', actionLabel: 'Organization changed' });
    const actions = (await platform.get('/api/audit/actions')).json().items as { action: string; label: string }[];
    expect(actions).toContainEqual({ action: 'enrollment_application.submitted', label: '提交入学申请' });
    expect(actions).toContainEqual({ action: 'pairing.approve', label: '批准结对' });
    expect(new Set(actions.map((a) => a.action)).size).toBe(actions.length);
  });

  it('filters by action prefix, exact action, result, object and actor', async () => {
    const users = await browse('action=user.&pageSize=200');
    expect(users.items.length).toBeGreaterThanOrEqual(2);
    expect(users.items.every((e) => e.action.startsWith('user.'))).toBe(true);
    expect(users.items.filter((e) => e.objectId === teacher.id).map((e) => e.action)).toEqual(['user.enable', 'user.disable']);

    const failures = await browse('result=failure&pageSize=200');
    expect(failures.items.every((e) => e.result === 'failure')).toBe(true);
    expect(failures.items.some((e) => e.action === 'auth.login' && e.objectId === teacher.id)).toBe(true);

    const organization = await browse(`objectType=organization&objectId=${organizationId}`);
    expect(organization.items.map((e) => e.action)).toEqual(['organization.update', 'organization.create']);
    expect(organization.total).toBe(2);

    const byAdmin = await browse(`actorUserId=${bureauAdminId}&pageSize=200`);
    expect(byAdmin.items.map((e) => e.action).sort()).toEqual(['organization.create', 'organization.update', 'user.disable', 'user.enable']);
    expect(byAdmin.items.every((e) => e.actorUserId === bureauAdminId && e.requestId)).toBe(true);

    // A prefix is a prefix, not a pattern: wildcards typed in are not wildcards.
    expect((await browse('action=%25.')).total).toBe(0);
  });

  it('filters by time range', async () => {
    const inside = await browse(`from=${encodeURIComponent(start)}&to=${encodeURIComponent(end)}&pageSize=200`);
    // Two sign-ins, a school created and changed, an account disabled and enabled.
    expect(inside.total).toBe(6);
    expect(inside.items.every((e) => e.occurredAt >= start && e.occurredAt < end)).toBe(true);
    const before = await browse(`to=${encodeURIComponent(start)}&pageSize=200`);
    expect(before.items.some((e) => e.objectId === organizationId || e.objectId === teacher.id)).toBe(false);
    const after = await browse(`from=${encodeURIComponent(end)}&action=organization.&pageSize=200`);
    expect(after.items.some((e) => e.objectId === organizationId)).toBe(false);
    const invalid = await platform.get('/api/audit?from=yesterday');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields).toEqual([expect.objectContaining({ field: 'querystring:/from' })]);
  });

  it('pages through entries, newest first, with the total', async () => {
    const range = `from=${encodeURIComponent(start)}&to=${encodeURIComponent(end)}`;
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await browse(`${range}&pageSize=4&page=${page}`));
    expect(pages.map((p) => p.total)).toEqual([6, 6, 6]);
    expect(pages.map((p) => p.items.length)).toEqual([4, 2, 0]);
    const all = pages.flatMap((p) => p.items);
    expect(new Set(all.map((e) => e.id)).size).toBe(6);
    const times = all.map((e) => e.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('is for platform admins only', async () => {
    const school = await createSchool(ctx.db, '500105');
    for (const [role, organizationId] of [
      ['bureau_admin', (await createBureau(ctx.db, '500000')).id],
      ['bureau_reviewer', (await createBureau(ctx.db, '500105')).id],
      ['school_admin', school.id],
      ['teacher', school.id],
      ['guardian', null],
    ] as const) {
      const client = await ctx.clientAs((await createUser(ctx.db, { role, organizationId })).id);
      const response = await client.get('/api/audit');
      expect(response.statusCode, role).toBe(403);
      expect(response.json().error.code).toBe('auth.forbidden');
    }
    const anonymous = await (await ctx.anonymous()).get('/api/audit');
    expect(anonymous.statusCode).toBe(401);
  });
});
