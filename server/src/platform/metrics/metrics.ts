import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import client from 'prom-client';
import type pg from 'pg';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

type Db = Kysely<Database>;

// Prometheus metrics (prom-client): request rates and latencies per route, the database pool, group-commit
// batch sizes, periodic job runs and the SMS outbox depth, next to Node's own process metrics. Served at
// /metrics to a scraper holding METRICS_TOKEN; without a token configured the endpoint does not exist.

export const metricsRegistry = new client.Registry();
client.collectDefaultMetrics({ register: metricsRegistry });

const httpDuration = new client.Histogram({
  name: 'shuangcheng_http_request_duration_seconds',
  help: 'HTTP requests by method, route pattern and status class',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

export const groupCommitBatchSize = new client.Histogram({
  name: 'shuangcheng_group_commit_batch_size',
  help: 'Units committed together by one group-commit transaction',
  buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
  registers: [metricsRegistry],
});

export const jobRuns = new client.Counter({
  name: 'shuangcheng_job_runs_total',
  help: 'Periodic job runs by job and result',
  labelNames: ['job', 'result'] as const,
  registers: [metricsRegistry],
});

/** What the gauges read when scraped: the database of the running app and, on PostgreSQL, its pool. */
const watched: { db: Db | null; pool: pg.Pool | null } = { db: null, pool: null };

export function watchPool(pool: pg.Pool): void {
  watched.pool = pool;
}

new client.Gauge({
  name: 'shuangcheng_db_pool_connections',
  help: 'PostgreSQL pool connections by state (total, idle, waiting requests)',
  labelNames: ['state'] as const,
  registers: [metricsRegistry],
  collect() {
    if (!watched.pool) return;
    this.set({ state: 'total' }, watched.pool.totalCount);
    this.set({ state: 'idle' }, watched.pool.idleCount);
    this.set({ state: 'waiting' }, watched.pool.waitingCount);
  },
});

new client.Gauge({
  name: 'shuangcheng_sms_outbox_pending',
  help: 'Notification SMS waiting to be sent',
  registers: [metricsRegistry],
  async collect() {
    if (!watched.db) return;
    const row = await watched.db
      .selectFrom('notifications')
      .select((e) => e.fn.countAll<number>().as('n'))
      .where('sms_status', '=', 'pending')
      .executeTakeFirst()
      .catch(() => null); // an unreachable database must not break the scrape
    if (row) this.set(Number(row.n));
  },
});

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Times every request and, with a token configured, serves /metrics to whoever presents it. */
export function registerMetrics(app: FastifyInstance, db: Db, token: string | null): void {
  watched.db = db;
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpDuration.observe({ method: request.method, route, status: `${Math.floor(reply.statusCode / 100)}xx` }, reply.elapsedTime / 1000);
  });
  if (!token) return;
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('Bearer ') || !sameToken(header.slice(7), token)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .header('cache-control', 'no-store')
        .send({ error: { code: 'auth.required', message: 'metrics token required' } });
    }
    return reply
      .header('content-type', metricsRegistry.contentType)
      .header('cache-control', 'no-store')
      .send(await metricsRegistry.metrics());
  });
}
