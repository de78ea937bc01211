import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createDraftApplication,
  createEnrollmentPlace,
  createOpenPolicy,
  type ApplicationFixture,
} from '../modules/enrollment/applications/applications.fixtures.test-support.ts';
import { DIALECTS } from './databases.ts';
import { createTestContext, type TestClient, type TestContext } from './test-app.ts';

/** The only API answers a shared cache may keep: anonymous public lists (masked names) and map tiles (no personal data). */
const CACHEABLE = new Map([
  ['/api/public/enrollment/policies/{id}/public-lists', 'public, max-age=60'],
  ['/api/cooperation/dashboard/tiles/{layer}/{z}/{x}/{y}', 'private, max-age=86400'],
]);

describe.each(DIALECTS)('Cache-Control on API answers (%s)', (dialect) => {
  let ctx: TestContext;
  let application: ApplicationFixture;
  let clients: Record<'guardian' | 'reviewer' | 'bureauAdmin' | 'platformAdmin', TestClient>;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const place = await createEnrollmentPlace(ctx);
    application = await createDraftApplication(ctx, await createOpenPolicy(ctx, place));
    clients = {
      guardian: await ctx.clientAs(application.guardianId),
      reviewer: await ctx.clientAs(place.reviewerId),
      bureauAdmin: await ctx.clientAs(place.bureauAdminId),
      platformAdmin: await ctx.clientAs(place.platformAdminId),
    };
  });
  afterAll(async () => ctx?.close());

  /** A concrete URL for a path template: the test application's ids where they fit, else an unknown id. */
  const concrete = (path: string) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (path.startsWith('/api/enrollment/children/')) return application.childId;
      if (path.startsWith('/api/enrollment/applications/') || path.startsWith('/api/enrollment/review/applications/')) return application.id;
      if (path.includes('/policies/')) return application.policyId;
      return ['z', 'x', 'y'].includes(name) ? '1' : randomUUID();
    });

  it('says no-store on every GET of the OpenAPI document, whoever asks and whatever the status', async () => {
    const document = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const paths = Object.keys(document.paths).filter((path) => path.startsWith('/api/') && document.paths[path]!.get && !CACHEABLE.has(path));
    expect(paths.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    for (const path of paths) {
      for (const [who, client] of Object.entries(clients)) {
        const response = await client.get(concrete(path));
        if (response.headers['cache-control'] !== 'no-store')
          wrong.push(`${who} GET ${path} → ${response.statusCode} ${String(response.headers['cache-control'])}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('says no-store on the answers that carry personal data', async () => {
    const personal: [TestClient, string][] = [
      [clients.guardian, '/api/enrollment/children'],
      [clients.guardian, '/api/auth/session'],
      [clients.guardian, '/api/enrollment/applications'],
      [clients.guardian, `/api/enrollment/applications/${application.id}`],
      [clients.reviewer, '/api/enrollment/review/applications'],
      [clients.reviewer, '/api/enrollment/review/appeals'],
      [clients.platformAdmin, '/api/users'],
      [clients.platformAdmin, '/api/audit'],
    ];
    for (const [client, url] of personal) {
      const response = await client.get(url);
      expect({ url, status: response.statusCode, cacheControl: response.headers['cache-control'] }).toEqual({ url, status: 200, cacheControl: 'no-store' });
    }
  });

  it('says no-store on errors and on anonymous answers too', async () => {
    const anonymous = await ctx.anonymous();
    for (const url of ['/api/enrollment/children', '/api/auth/session', '/api/no-such-route', `/api/public/enrollment/policies/${randomUUID()}/public-lists`]) {
      expect((await anonymous.get(url)).headers['cache-control'], url).toBe('no-store');
    }
  });

  it('keeps the declared caching of the public lists', async () => {
    const response = await (await ctx.anonymous()).get(`/api/public/enrollment/policies/${application.policyId}/public-lists`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe(CACHEABLE.get('/api/public/enrollment/policies/{id}/public-lists'));
  });
});
