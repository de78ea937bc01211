import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../platform/auth/totp.ts';
import { createDataProtector } from '../../platform/crypto/data-protection.ts';
import { DIALECTS } from '../../test/databases.ts';
import { createSchool, createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/test-app.ts';

describe.each(DIALECTS)('sign-in (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(async () => ctx?.close());

  const auditCount = async (action: string, result?: string) => {
    let q = ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', action);
    if (result) q = q.where('result', '=', result as 'success');
    return Number((await q.executeTakeFirstOrThrow()).n);
  };

  it('signs a teacher in with account and password, and out again', async () => {
    const school = await createSchool(ctx.db);
    const user = await createUser(ctx.db, { role: 'teacher', organizationId: school.id });
    const client = await ctx.anonymous();
    const login = await client.post('/api/auth/login', { username: user.username, password: TEST_PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.json().next).toBe('done');
    const cookie = login.cookies.find((c) => c.name === 'sc_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    client.csrfToken = login.json().csrfToken;

    const session = await client.get('/api/auth/session');
    expect(session.json()).toMatchObject({
      authenticated: true,
      user: { id: user.id, grants: [{ role: 'teacher', organizationId: school.id }], capabilities: ['directory', 'cooperation', 'events'] },
    });

    expect((await client.post('/api/auth/logout')).statusCode).toBe(200);
    const after = await client.get('/api/auth/session');
    expect(after.json().authenticated).toBe(false);
  });

  it('gives the same answer for an unknown account, a wrong password and a disabled account', async () => {
    const active = await createUser(ctx.db, { role: 'teacher' });
    const disabled = await createUser(ctx.db, { role: 'teacher', disabled: true });
    const client = await ctx.anonymous();
    const answers = await Promise.all([
      client.post('/api/auth/login', { username: 'nobody-here', password: TEST_PASSWORD }),
      client.post('/api/auth/login', { username: active.username, password: 'wrong password!' }),
      client.post('/api/auth/login', { username: disabled.username, password: TEST_PASSWORD }),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json().error.code).toBe('auth.invalid_credentials');
      expect(answer.cookies.find((c) => c.name === 'sc_session')).toBeUndefined();
    }
  });

  it('throttles repeated failures per account, existing or not, with a localised 429', async () => {
    const user = await createUser(ctx.db, { role: 'teacher' });
    const client = await ctx.anonymous();
    client.locale = 'en-US';
    for (const username of [user.username, 'ghost-account']) {
      for (let i = 0; i < 5; i++) await client.post('/api/auth/login', { username, password: 'not the password' });
      const blocked = await client.post('/api/auth/login', { username, password: TEST_PASSWORD });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error).toMatchObject({ code: 'request.rate_limited', message: expect.stringMatching(/^Too many attempts/) });
      expect(blocked.headers['retry-after']).toBeDefined();
    }
  });

  it('requires the authenticator code of a platform admin and accepts a right one', async () => {
    const protector = createDataProtector(ctx.config.dataKey);
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const admin = await createUser(ctx.db, { role: 'platform_admin', totpSecretEnc: protector.encrypt(secret) });
    const client = await ctx.anonymous();
    const login = await client.post('/api/auth/login', { username: admin.username, password: TEST_PASSWORD });
    expect(login.json().next).toBe('totp');
    client.csrfToken = login.json().csrfToken;
    // Password alone opens nothing.
    expect((await client.get('/api/users')).statusCode).toBe(401);
    expect((await client.post('/api/auth/totp/verify', { code: '000000' === currentTotp(secret) ? '111111' : '000000' })).json().error.code).toBe(
      'auth.totp_invalid',
    );
    const code = currentTotp(secret);
    expect((await client.post('/api/auth/totp/verify', { code })).statusCode).toBe(200);
    expect((await client.get('/api/users')).statusCode).toBe(200);

    // A spent code cannot open a second session, even while it is still within its 30-second step.
    const again = await ctx.anonymous();
    const second = await again.post('/api/auth/login', { username: admin.username, password: TEST_PASSWORD });
    again.csrfToken = second.json().csrfToken;
    const replay = await again.post('/api/auth/totp/verify', { code });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.code).toBe('auth.totp_invalid');
    expect((await again.get('/api/users')).statusCode).toBe(401);
  });

  it('makes a platform admin without an authenticator enrol one before anything else', async () => {
    const admin = await createUser(ctx.db, { role: 'platform_admin' });
    const client = await ctx.anonymous();
    const login = await client.post('/api/auth/login', { username: admin.username, password: TEST_PASSWORD });
    expect(login.json().next).toBe('totp_enroll');
    client.csrfToken = login.json().csrfToken;
    expect((await client.get('/api/audit')).statusCode).toBe(401);
    expect((await client.post('/api/auth/totp/enable', { code: '123456' })).json().error.code).toBe('auth.totp_not_started');
    const setup = await client.post('/api/auth/totp/setup');
    expect(setup.statusCode).toBe(200);
    expect(setup.json().qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    const stored = await ctx.db.selectFrom('users').select('totp_secret_enc').where('id', '=', admin.id).executeTakeFirstOrThrow();
    expect(stored.totp_secret_enc).not.toContain(setup.json().secret);
    expect((await client.post('/api/auth/totp/enable', { code: currentTotp(setup.json().secret) })).statusCode).toBe(200);
    expect((await client.get('/api/audit')).statusCode).toBe(200);
  });

  it('signs a guardian in with a single-use SMS code and registers the account on first use', async () => {
    const mobile = '13912345678';
    const client = await ctx.anonymous();
    const sent = await client.post('/api/auth/sms/request', { mobile: '+86 139-1234-5678' });
    expect(sent.statusCode).toBe(200);
    const code = ctx.sms.lastCodeFor(mobile)!;
    expect(code).toMatch(/^\d{6}$/);
    const stored = await ctx.db.selectFrom('sms_codes').select('code_hash').where('mobile', '=', mobile).execute();
    expect(stored.every((row) => row.code_hash !== code && !row.code_hash.includes(code))).toBe(true);

    const wrong = await client.post('/api/auth/sms/verify', { mobile, code: code === '000000' ? '000001' : '000000' });
    expect(wrong.json().error.code).toBe('auth.code_invalid');
    const ok = await client.post('/api/auth/sms/verify', { mobile, code });
    expect(ok.statusCode).toBe(200);
    client.csrfToken = ok.json().csrfToken;
    const session = (await client.get('/api/auth/session')).json();
    expect(session.user.grants).toEqual([expect.objectContaining({ role: 'guardian' })]);
    expect(await auditCount('auth.register_guardian')).toBeGreaterThanOrEqual(1);

    // The same code a second time is refused and creates no second session.
    const other = await ctx.anonymous();
    const reused = await other.post('/api/auth/sms/verify', { mobile, code });
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('auth.code_invalid');
    const users = await ctx.db.selectFrom('users').select('id').where('mobile', '=', mobile).execute();
    expect(users).toHaveLength(1);
  });

  it('refuses an expired code and limits how often codes are sent', async () => {
    const mobile = '13700000042';
    const client = await ctx.anonymous();
    expect((await client.post('/api/auth/sms/request', { mobile })).statusCode).toBe(200);
    const code = ctx.sms.lastCodeFor(mobile)!;
    await ctx.db
      .updateTable('sms_codes')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('mobile', '=', mobile)
      .execute();
    expect((await client.post('/api/auth/sms/verify', { mobile, code })).json().error.code).toBe('auth.code_invalid');
    const again = await client.post('/api/auth/sms/request', { mobile });
    expect(again.statusCode).toBe(429);
    expect(again.json().error.code).toBe('request.rate_limited');
    expect((await client.post('/api/auth/sms/request', { mobile: '12345' })).json().error.code).toBe('auth.mobile_invalid');
  });

  it('ends every session of an account when it is disabled', async () => {
    const school = await createSchool(ctx.db);
    const manager = await createUser(ctx.db, { role: 'school_admin', organizationId: school.id });
    const teacher = await createUser(ctx.db, { role: 'teacher', organizationId: school.id });
    const teacherClient = await ctx.clientAs(teacher.id);
    expect((await teacherClient.get('/api/directory/regions')).statusCode).toBe(200);
    const managerClient = await ctx.clientAs(manager.id);
    expect((await managerClient.post(`/api/users/${teacher.id}/disable`)).statusCode).toBe(200);
    const old = await teacherClient.get('/api/directory/regions');
    expect(old.statusCode).toBe(401);
    expect(old.json().error.code).toBe('auth.required');
    expect((await teacherClient.put('/api/auth/preferences', { locale: 'en-US' })).statusCode).toBe(403);
    const row = await ctx.db.selectFrom('users').select('locale').where('id', '=', teacher.id).executeTakeFirstOrThrow();
    expect(row.locale).toBe('zh-CN');
  });

  it('ends a session after the idle timeout', async () => {
    const user = await createUser(ctx.db, { role: 'teacher' });
    const client = await ctx.clientAs(user.id);
    await ctx.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    expect((await client.get('/api/directory/regions')).statusCode).toBe(401);
  });

  it('refuses unsafe requests without the CSRF token', async () => {
    const user = await createUser(ctx.db, { role: 'teacher' });
    const client = await ctx.clientAs(user.id);
    const token = client.csrfToken;
    client.csrfToken = null;
    const refused = await client.put('/api/auth/preferences', { locale: 'en-US' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('request.csrf_failed');
    client.csrfToken = token;
    expect((await client.put('/api/auth/preferences', { locale: 'en-US' })).statusCode).toBe(200);
    // The preference now speaks for the user, whatever the browser asks for.
    const answer = await client.request('GET', '/api/users/00000000-0000-0000-0000-000000000000', undefined, { 'accept-language': 'zh-CN' });
    expect(answer.json().error.message).toMatch(/not allowed|does not exist/);
  });

  it('checks new passwords against length limits and common passwords', async () => {
    const user = await createUser(ctx.db, { role: 'teacher' });
    const client = await ctx.clientAs(user.id);
    const common = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'password123' });
    expect(common.json().error.code).toBe('auth.password_common');
    const short = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'abc' });
    expect(short.json().error.code).toBe('auth.password_too_short');
    const long = 'long passphrase with spaces and 中文 that is fine '.repeat(2);
    expect((await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: long })).statusCode).toBe(200);
    const anon = await ctx.anonymous();
    expect((await anon.post('/api/auth/login', { username: user.username, password: long })).statusCode).toBe(200);
  });
});
