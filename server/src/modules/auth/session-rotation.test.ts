import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotp } from '../../platform/auth/totp.ts';
import { createDataProtector } from '../../platform/crypto/data-protection.ts';
import { SESSION_COOKIE } from '../../platform/http/request-context.ts';
import { DIALECTS } from '../../test/databases.ts';
import { createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { createTestContext, TestClient, type TestContext } from '../../test/test-app.ts';

const TLS = { 'x-forwarded-proto': 'https' };

describe.each(DIALECTS)('a new session after each sign-in step (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { TRUST_PROXY: 'true' });
  });
  afterAll(async () => ctx?.close());

  /** A client that keeps only the cookie given: the one an attacker might have planted or seen. */
  const holding = (token: string, csrfToken: string) => new TestClient(ctx.app, { [SESSION_COOKIE]: token }, csrfToken);

  it('gives a new token, Secure over TLS, once the authenticator code is accepted; the password-step token is dead', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const admin = await createUser(ctx.db, { role: 'platform_admin', totpSecretEnc: createDataProtector(ctx.config.dataKey).encrypt(secret) });
    const client = await ctx.anonymous();
    const login = await client.request('POST', '/api/auth/login', { username: admin.username, password: TEST_PASSWORD }, TLS);
    expect(login.json().next).toBe('totp');
    const first = login.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(first.secure).toBe(true);
    client.csrfToken = login.json().csrfToken;

    const verified = await client.request('POST', '/api/auth/totp/verify', { code: currentTotp(secret) }, TLS);
    expect(verified.statusCode).toBe(200);
    const second = verified.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(second).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    expect(second!.value).not.toBe(first.value);
    expect(verified.json().csrfToken).toEqual(expect.any(String));
    expect(verified.json().csrfToken).not.toBe(login.json().csrfToken);

    client.csrfToken = verified.json().csrfToken;
    expect((await client.get('/api/users')).statusCode).toBe(200);
    // Whoever held the first token (fixed before sign-in, or seen on the way) holds nothing now.
    const stale = holding(first.value, login.json().csrfToken);
    expect((await stale.get('/api/users')).statusCode).toBe(401);
    expect((await stale.get('/api/auth/session')).json().authenticated).toBe(false);
  });

  it('gives a new token when an authenticator is enrolled during sign-in', async () => {
    const admin = await createUser(ctx.db, { role: 'platform_admin' });
    const client = await ctx.anonymous();
    const login = await client.post('/api/auth/login', { username: admin.username, password: TEST_PASSWORD });
    expect(login.json().next).toBe('totp_enroll');
    const first = login.cookies.find((c) => c.name === SESSION_COOKIE)!;
    client.csrfToken = login.json().csrfToken;
    const setup = await client.post('/api/auth/totp/setup');
    const enabled = await client.request('POST', '/api/auth/totp/enable', { code: currentTotp(setup.json().secret) }, TLS);
    expect(enabled.statusCode).toBe(200);
    const second = enabled.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(second).toMatchObject({ secure: true });
    expect(second!.value).not.toBe(first.value);
    client.csrfToken = enabled.json().csrfToken;
    expect((await client.get('/api/audit')).statusCode).toBe(200);
    expect((await holding(first.value, login.json().csrfToken).get('/api/audit')).statusCode).toBe(401);
  });

  it('sends no Secure flag over plain HTTP (development), and Secure on the anonymous CSRF cookie over TLS', async () => {
    const anonymous = new TestClient(ctx.app, {}, null);
    const tls = await anonymous.request('GET', '/api/auth/session', undefined, TLS);
    expect(tls.cookies.find((c) => c.name === 'sc_csrf')?.secure).toBe(true);
    const http = await new TestClient(ctx.app, {}, null).get('/api/auth/session');
    expect(http.cookies.find((c) => c.name === 'sc_csrf')?.secure).toBeFalsy();
  });
});
