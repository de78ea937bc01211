import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../../common/roles.ts';
import { DIALECTS } from '../../test/databases.ts';
import { createBureau, createSchool, createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app.ts';

const PASSWORD = 'a long and unusual passphrase 2026';
let counter = 0;
const token = () => `名单${Date.now().toString(36)}${counter++}`;

describe.each(DIALECTS)('users and role grants (%s)', (dialect) => {
  let ctx: TestContext;
  let jiangbeiBureau: string;
  let qingyangBureau: string;
  let schoolA: string;
  let schoolB: string;
  let qingyangSchool: string;
  let platform: TestClient;
  let jiangbei: TestClient;
  let jiangbeiAdminId: string;
  let schoolAdmin: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    [jiangbeiBureau, qingyangBureau] = [(await createBureau(ctx.db, '500105')).id, (await createBureau(ctx.db, '510105')).id];
    [schoolA, schoolB, qingyangSchool] = [
      (await createSchool(ctx.db, '500105')).id,
      (await createSchool(ctx.db, '500105')).id,
      (await createSchool(ctx.db, '510105')).id,
    ];
    platform = await ctx.clientAs((await createUser(ctx.db, { role: 'platform_admin' })).id);
    jiangbeiAdminId = (await createUser(ctx.db, { role: 'bureau_admin', organizationId: jiangbeiBureau })).id;
    jiangbei = await ctx.clientAs(jiangbeiAdminId);
    schoolAdmin = await ctx.clientAs((await createUser(ctx.db, { role: 'school_admin', organizationId: schoolA })).id);
  });
  afterAll(async () => ctx?.close());

  const staff = (role: Role, organizationId: string | null, overrides: Record<string, unknown> = {}) => ({
    displayName: `测试${token()}`,
    username: `user.${Date.now().toString(36)}${counter++}`,
    password: PASSWORD,
    grants: [{ role, organizationId }],
    ...overrides,
  });
  const userCount = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('users')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const liveSessions = async (userId: string) =>
    Number(
      (
        await ctx.db
          .selectFrom('sessions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('user_id', '=', userId)
          .where('revoked_at', 'is', null)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('creates a staff account that can sign in, and records who did it', async () => {
    const body = staff('teacher', schoolA);
    const response = await jiangbei.post('/api/users', body);
    expect(response.statusCode).toBe(201);
    const user = response.json();
    expect(user).toMatchObject({ displayName: body.displayName, username: body.username, isDisabled: false, hasTotp: false, version: 1, mobileMasked: null });
    expect(user.grants).toEqual([expect.objectContaining({ role: 'teacher', organizationId: schoolA })]);
    expect(JSON.stringify(user)).not.toMatch(/password|hash/i);
    const login = await (await ctx.anonymous()).post('/api/auth/login', { username: body.username, password: PASSWORD });
    expect(login.statusCode).toBe(200);
    const audit = await ctx.db.selectFrom('audit_log').selectAll().where('object_id', '=', user.id).where('action', '=', 'user.create').execute();
    expect(audit).toEqual([expect.objectContaining({ actor_user_id: jiangbeiAdminId, result: 'success' })]);
    const grant = await ctx.db.selectFrom('role_grants').select('granted_by').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(grant.granted_by).toBe(jiangbeiAdminId);
  });

  it('applies the password policy and refuses a taken account name, creating nothing', async () => {
    const before = await userCount();
    const short = await jiangbei.post('/api/users', staff('teacher', schoolA, { password: 'short' }));
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('auth.password_too_short');
    const common = await jiangbei.post('/api/users', staff('teacher', schoolA, { password: 'password123' }));
    expect(common.json().error.code).toBe('auth.password_common');
    const first = staff('teacher', schoolA);
    expect((await jiangbei.post('/api/users', first)).statusCode).toBe(201);
    const taken = await jiangbei.post('/api/users', staff('teacher', schoolA, { username: first.username.toUpperCase() }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('users.username_taken');
    expect(await userCount()).toBe(before + 1);
  });

  it('checks that each grant has the scope its role needs', async () => {
    const cases: [Role, string | null][] = [
      ['teacher', null],
      ['teacher', jiangbeiBureau],
      ['school_admin', jiangbeiBureau],
      ['bureau_reviewer', schoolA],
      ['bureau_reviewer', null],
      ['bureau_admin', schoolA],
      ['guardian', schoolA],
      ['platform_admin', jiangbeiBureau],
      ['teacher', 'no-such-organization'],
    ];
    const before = await userCount();
    for (const [role, organizationId] of cases) {
      const response = await platform.post('/api/users', staff(role, organizationId));
      expect(response.statusCode, `${role} at ${organizationId}`).toBe(400);
      expect(response.json().error.code).toBe('users.grant_scope_invalid');
    }
    expect(await userCount()).toBe(before);
    expect((await platform.post('/api/users', staff('bureau_reviewer', qingyangBureau))).statusCode).toBe(201);
    expect((await platform.post('/api/users', staff('platform_admin', null))).statusCode).toBe(201);
  });

  it('lists only the people within the caller’s reach', async () => {
    const mark = token();
    const people = {
      teacherA: (await createUser(ctx.db, { role: 'teacher', organizationId: schoolA, displayName: `${mark}甲` })).id,
      teacherB: (await createUser(ctx.db, { role: 'teacher', organizationId: schoolB, displayName: `${mark}乙` })).id,
      reviewer: (await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: jiangbeiBureau, displayName: `${mark}丙` })).id,
      qingyang: (await createUser(ctx.db, { role: 'teacher', organizationId: qingyangSchool, displayName: `${mark}丁` })).id,
      guardian: (await createUser(ctx.db, { role: 'guardian', displayName: `${mark}戊` })).id,
    };
    const listed = async (client: TestClient, extra = '') => {
      const page = (await client.get(`/api/users?q=${encodeURIComponent(mark)}&pageSize=200${extra}`)).json() as { items: { id: string }[]; total: number };
      expect(page.total).toBe(page.items.length);
      return page.items.map((u) => u.id).sort();
    };
    const ids = (...keys: (keyof typeof people)[]) => keys.map((k) => people[k]).sort();
    expect(await listed(platform)).toEqual(ids('teacherA', 'teacherB', 'reviewer', 'qingyang', 'guardian'));
    expect(await listed(jiangbei)).toEqual(ids('teacherA', 'teacherB', 'reviewer'));
    expect(await listed(schoolAdmin)).toEqual(ids('teacherA'));
    expect(await listed(jiangbei, '&role=bureau_reviewer')).toEqual(ids('reviewer'));
    expect(await listed(platform, '&role=guardian')).toEqual(ids('guardian'));
    // Disabled people are hidden unless asked for.
    await ctx.db.updateTable('users').set({ disabled_at: new Date().toISOString() }).where('id', '=', people.teacherB).execute();
    expect(await listed(jiangbei)).toEqual(ids('teacherA', 'reviewer'));
    expect(await listed(jiangbei, '&includeDisabled=true')).toEqual(ids('teacherA', 'teacherB', 'reviewer'));
  });

  it('disables an account, ending its sessions, and enables it again', async () => {
    const teacher = await createUser(ctx.db, { role: 'teacher', organizationId: schoolA });
    const session = await ctx.clientAs(teacher.id);
    expect((await session.get('/api/directory/regions')).statusCode).toBe(200);
    const disabled = await schoolAdmin.post(`/api/users/${teacher.id}/disable`);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().isDisabled).toBe(true);
    expect(await liveSessions(teacher.id)).toBe(0);
    expect((await session.get('/api/directory/regions')).statusCode).toBe(401);
    expect((await (await ctx.anonymous()).post('/api/auth/login', { username: teacher.username, password: TEST_PASSWORD })).statusCode).toBe(401);

    const enabled = await schoolAdmin.post(`/api/users/${teacher.id}/enable`);
    expect(enabled.json().isDisabled).toBe(false);
    // The old session stays ended; signing in again works.
    expect((await session.get('/api/directory/regions')).statusCode).toBe(401);
    expect((await (await ctx.anonymous()).post('/api/auth/login', { username: teacher.username, password: TEST_PASSWORD })).statusCode).toBe(200);
    const actions = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', teacher.id)
      .where('action', 'like', 'user.%')
      .orderBy('occurred_at')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['user.disable', 'user.enable']);
  });

  it('does not let anyone disable their own account', async () => {
    const response = await jiangbei.post(`/api/users/${jiangbeiAdminId}/disable`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('users.cannot_disable_self');
    const row = await ctx.db.selectFrom('users').select('disabled_at').where('id', '=', jiangbeiAdminId).executeTakeFirstOrThrow();
    expect(row.disabled_at).toBeNull();
  });

  it('resets a password, ending the sessions of the account', async () => {
    const teacher = await createUser(ctx.db, { role: 'teacher', organizationId: schoolA });
    const session = await ctx.clientAs(teacher.id);
    const weak = await jiangbei.post(`/api/users/${teacher.id}/password`, { password: 'qwerty123' });
    expect(weak.json().error.code).toBe('auth.password_common');
    expect(await liveSessions(teacher.id)).toBe(1);
    expect((await jiangbei.post(`/api/users/${teacher.id}/password`, { password: PASSWORD })).json()).toEqual({ ok: true });
    expect(await liveSessions(teacher.id)).toBe(0);
    expect((await session.get('/api/directory/regions')).statusCode).toBe(401);
    const anonymous = await ctx.anonymous();
    expect((await anonymous.post('/api/auth/login', { username: teacher.username, password: TEST_PASSWORD })).statusCode).toBe(401);
    expect((await anonymous.post('/api/auth/login', { username: teacher.username, password: PASSWORD })).statusCode).toBe(200);
  });

  it('adds and removes grants; removing one ends the sessions of the account', async () => {
    const teacher = await createUser(ctx.db, { role: 'teacher', organizationId: schoolB });
    const added = await jiangbei.post(`/api/users/${teacher.id}/grants`, { role: 'teacher', organizationId: schoolA });
    expect(added.statusCode).toBe(201);
    expect(
      added
        .json()
        .grants.map((g: { organizationId: string }) => g.organizationId)
        .sort(),
    ).toEqual([schoolA, schoolB].sort());
    const again = await jiangbei.post(`/api/users/${teacher.id}/grants`, { role: 'teacher', organizationId: schoolA });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('users.grant_exists');
    // A Jiangbei admin cannot grant a role in Qingyang.
    expect((await jiangbei.post(`/api/users/${teacher.id}/grants`, { role: 'bureau_reviewer', organizationId: qingyangBureau })).statusCode).toBe(403);

    const session = await ctx.clientAs(teacher.id);
    const grantB = added.json().grants.find((g: { organizationId: string }) => g.organizationId === schoolB).id;
    const removed = await jiangbei.delete(`/api/users/${teacher.id}/grants/${grantB}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().grants).toEqual([expect.objectContaining({ role: 'teacher', organizationId: schoolA })]);
    expect((await session.get('/api/directory/regions')).statusCode).toBe(401);
    expect((await jiangbei.delete(`/api/users/${teacher.id}/grants/${grantB}`)).statusCode).toBe(404);
    const actions = await ctx.db.selectFrom('audit_log').select('action').where('object_id', '=', teacher.id).orderBy('occurred_at').execute();
    expect(actions.map((a) => a.action)).toEqual(['user.grant', 'user.revoke']);
  });

  it('removes the last grant a school admin can see and still answers with the person', async () => {
    const teacher = await createUser(ctx.db, { role: 'teacher', organizationId: schoolA });
    const grant = await ctx.db.selectFrom('role_grants').select('id').where('user_id', '=', teacher.id).executeTakeFirstOrThrow();
    const response = await schoolAdmin.delete(`/api/users/${teacher.id}/grants/${grant.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: teacher.id, grants: [] });
    // Without grants the person is the platform's to manage.
    expect((await schoolAdmin.get(`/api/users/${teacher.id}`)).statusCode).toBe(403);
    expect((await platform.get(`/api/users/${teacher.id}`)).statusCode).toBe(200);
  });

  it('shows a mobile number only masked', async () => {
    const guardian = await createUser(ctx.db, { role: 'guardian', mobile: '13912345678' });
    const one = await platform.get(`/api/users/${guardian.id}`);
    expect(one.json().mobileMasked).toBe('139****5678');
    expect(one.body).not.toContain('13912345678');
    const list = await platform.get('/api/users?role=guardian&pageSize=200');
    expect(list.body).toContain('139****5678');
    expect(list.body).not.toContain('13912345678');
  });
  it("scopes a bureau role to a whole region, within the granter's reach only", async () => {
    const reviewer = staff('bureau_reviewer', null, { grants: [{ role: 'bureau_reviewer', regionId: '500105' }] });
    const created = await jiangbei.post('/api/users', reviewer);
    expect(created.statusCode).toBe(201);
    expect(created.json().grants).toEqual([
      expect.objectContaining({ role: 'bureau_reviewer', organizationId: null, regionId: '500105', regionNameZh: '江北区' }),
    ]);
    // The region grant reaches what lies below it: this reviewer may export Jiangbei's schools, not Qingyang's.
    const reviewerClient = await ctx.clientAs(created.json().id);
    expect((await reviewerClient.get('/api/directory/schools/export?regionId=500105&format=csv')).statusCode).toBe(200);
    expect((await reviewerClient.get('/api/directory/schools/export?regionId=510105&format=csv')).statusCode).toBe(403);
    // And the bureau that granted it finds the person in its list.
    const list = await jiangbei.get(`/api/users?q=${encodeURIComponent(reviewer.displayName)}`);
    expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([created.json().id]);

    const before = await userCount();
    const elsewhere = await jiangbei.post('/api/users', staff('bureau_reviewer', null, { grants: [{ role: 'bureau_reviewer', regionId: '510105' }] }));
    expect(elsewhere.statusCode).toBe(403);
    const teacherByRegion = await jiangbei.post('/api/users', staff('teacher', null, { grants: [{ role: 'teacher', regionId: '500105' }] }));
    expect(teacherByRegion.json().error.code).toBe('users.grant_scope_invalid');
    const both = await jiangbei.post(
      '/api/users',
      staff('bureau_reviewer', null, { grants: [{ role: 'bureau_reviewer', regionId: '500105', organizationId: jiangbeiBureau }] }),
    );
    expect(both.json().error.code).toBe('users.grant_scope_invalid');
    const unknown = await platform.post('/api/users', staff('bureau_reviewer', null, { grants: [{ role: 'bureau_reviewer', regionId: '999999' }] }));
    expect(unknown.json().error.code).toBe('users.grant_scope_invalid');
    expect(await userCount()).toBe(before);
  });

  it('refuses a password reset for a guardian, who signs in by SMS code', async () => {
    const guardian = await createUser(ctx.db, { role: 'guardian' });
    const response = await platform.post(`/api/users/${guardian.id}/password`, { password: PASSWORD });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('users.no_password');
    const row = await ctx.db.selectFrom('users').select('password_hash').where('id', '=', guardian.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toBeNull();
  });
});
