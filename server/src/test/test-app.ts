import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { parseConfig, type Config } from '../config.ts';
import { TEST_SCRYPT_N } from './test-config.ts';
import { createSession } from '../platform/auth/sessions.ts';
import { DevSmsSender } from '../platform/auth/sms-sender.ts';
import type { Dialect } from '../platform/db/database.ts';
import type { App } from '../platform/http/types.ts';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from '../platform/http/request-context.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';

export interface TestContext extends TestDatabase {
  app: App;
  config: Config;
  sms: DevSmsSender;
  /** A client signed in as the user (session created directly; sign-in itself is tested in auth.test.ts). */
  clientAs(userId: string): Promise<TestClient>;
  anonymous(): Promise<TestClient>;
  close(): Promise<void>;
}

export async function createTestContext(dialect: Dialect, env: Record<string, string> = {}): Promise<TestContext> {
  const database = await createTestDatabase(dialect);
  const config = parseConfig({
    DATA_DIR: '/tmp/shuangcheng-test-data',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    WEB_DIR: '/nonexistent',
    PASSWORD_SCRYPT_N: String(TEST_SCRYPT_N),
    ...env,
  });
  const logger = { level: 'silent' as const };
  // Without a logger the development sender only keeps its outbox, which tests read.
  const sms = new DevSmsSender();
  const app = await buildApp({ config, db: database.db, sms, logger });
  await app.ready();
  const policy = { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };
  return {
    ...database,
    app,
    config,
    sms,
    async clientAs(userId) {
      const { token, csrfToken } = await createSession(database.db, { userId, stage: 'active', ip: '127.0.0.1', userAgent: 'test' }, policy);
      return new TestClient(app, { [SESSION_COOKIE]: token }, csrfToken);
    },
    async anonymous() {
      const client = new TestClient(app, {}, null);
      await client.refreshCsrf();
      return client;
    },
    async close() {
      await app.close();
      await database.destroy();
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** app.inject with a cookie jar and the CSRF header, like the web client. */
export class TestClient {
  constructor(
    private readonly app: App,
    readonly cookies: Record<string, string>,
    public csrfToken: string | null,
    public locale: 'zh-CN' | 'en-US' = 'zh-CN',
  ) {}

  async refreshCsrf(): Promise<void> {
    const response = await this.request('GET', '/api/auth/session');
    this.csrfToken = response.json().csrfToken;
  }

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      cookies: this.cookies,
      headers: {
        'accept-language': this.locale,
        ...(this.csrfToken && method !== 'GET' ? { [CSRF_HEADER]: this.csrfToken } : {}),
        ...(body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body) ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.maxAge !== undefined && cookie.maxAge <= 0) || (cookie.expires && cookie.expires.getTime() < Date.now()))
        delete this.cookies[cookie.name];
      else this.cookies[cookie.name] = cookie.value;
    }
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body ?? {});
  put = (url: string, body?: unknown) => this.request('PUT', url, body ?? {});
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body ?? {});
  delete = (url: string) => this.request('DELETE', url);
}

export { CSRF_COOKIE };
