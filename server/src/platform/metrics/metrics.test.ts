import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.ts';
import { createTestContext, type TestContext } from '../../test/test-app.ts';

// /metrics in Prometheus' text format, for the scraper that holds METRICS_TOKEN only; without a token
// configured the endpoint does not exist.

const TOKEN = 'a-scraper-token-of-32-characters';

describe.each(DIALECTS)('metrics (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => ctx?.close());

  const scrape = (authorization?: string) => ctx.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });

  it('refuses a scrape without the token, or with another one', async () => {
    for (const header of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`]) {
      const response = await scrape(header);
      expect(response.statusCode, header).toBe(401);
      expect(response.body).not.toContain('shuangcheng_');
    }
  });

  it('counts requests per route pattern (never the URL with its ids), and shows the outbox, the jobs and the process', async () => {
    await ctx.app.inject({ method: 'GET', url: '/api/directory/regions/00000000-0000-0000-0000-000000000000' });
    await ctx.app.inject({ method: 'GET', url: '/healthz' });
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toMatch(/shuangcheng_http_request_duration_seconds_count\{method="GET",route="\/healthz",status="2xx"\} [1-9]/);
    expect(response.body).not.toContain('00000000-0000-0000-0000-000000000000');
    expect(response.body).toMatch(/shuangcheng_sms_outbox_pending \d+/);
    expect(response.body).toContain('process_cpu_user_seconds_total');
    if (dialect === 'postgres') expect(response.body).toMatch(/shuangcheng_db_pool_connections\{state="total"\} [1-9]/);
  });
});

describe('metrics without a token configured', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext('sqlite');
  });
  afterAll(async () => ctx?.close());

  it('has no /metrics endpoint at all', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(404);
  });
});
