import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { childBody } from '../server/src/modules/enrollment/children/children.fixtures.test-support.ts';
import { buildApp } from '../server/src/app.ts';
import { parseConfig } from '../server/src/config.ts';
import { createSession } from '../server/src/platform/auth/sessions.ts';
import { DevSmsSender } from '../server/src/platform/auth/sms-sender.ts';
import { createDb, type Db, type Dialect } from '../server/src/platform/db/database.ts';
import { prepareDatabase } from '../server/src/platform/db/prepare.ts';
import { makePng } from '../server/src/platform/files/files.fixtures.test-support.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../server/src/platform/http/request-context.ts';
import { createUser } from '../server/src/test/factories.ts';
import { formatAllocationRows, runAllocationBench } from './allocation.bench.ts';
import { runBundleSizeBench } from './bundle-size.ts';

// npm run bench -- enrollment: families submitting concurrently against the database's own durable
// single-row insert rate, the families' bundle against the staff app's, and allocation at 100k and 1M.

const FAMILIES = Number(process.env.BENCH_FAMILIES ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const BASELINE_INSERTS = Number(process.env.BENCH_BASELINE_INSERTS ?? 1000);
const DEMO_POLICY_TITLE = '江北区2027年';

interface Family {
  headers: Record<string, string>;
  applicationId: string;
  version: number;
  lastMaterial: string;
}

interface Target {
  dialect: Dialect;
  databaseUrl: string | null;
  cleanup(): Promise<void>;
}

/** A fresh PostgreSQL schema reached through search_path, dropped afterwards. */
async function postgresTarget(): Promise<Target | null> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://shuangcheng:shuangcheng@127.0.0.1:5432/shuangcheng_test';
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    dialect: 'postgres',
    databaseUrl: scoped.toString(),
    async cleanup() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function request(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const isForm = body instanceof FormData;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...headers, ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}) },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

function documentForm(material: string, png: Buffer): FormData {
  const form = new FormData();
  form.append('material', material);
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${material}.png`);
  return form;
}

/** A family with a child, consent, and a draft that lacks only its last mandatory document. */
async function prepareFamily(db: Db, baseUrl: string, policy: Record<string, any>, png: Buffer, index: number): Promise<Family> {
  const user = await createUser(db, { role: 'guardian', mobile: `137${String(10_000_000 + index).padStart(8, '0')}` });
  const { token, csrfToken } = await createSession(
    db,
    { userId: user.id, stage: 'active', ip: '127.0.0.1', userAgent: 'bench' },
    { idleMinutes: 60, absoluteHours: 12 },
  );
  const headers = { cookie: `${SESSION_COOKIE}=${token}`, [CSRF_HEADER]: csrfToken };
  const child = await request(baseUrl, 'POST', '/api/enrollment/children', headers, childBody());
  if (child.status !== 201) throw new Error(`child: ${child.status} ${JSON.stringify(child.json)}`);
  const childId = String(child.json.id);
  const consent = await request(baseUrl, 'POST', `/api/enrollment/children/${childId}/consents`, headers, {
    textVersion: (await request(baseUrl, 'GET', '/api/enrollment/consent-text', headers)).json.version,
    locale: 'zh-CN',
  });
  if (consent.status !== 200) throw new Error(`consent: ${consent.status} ${JSON.stringify(consent.json)}`);
  const route = (policy.routes as any[]).find((r) => r.code === 'points') ?? policy.routes[0];
  const schools = (policy.schools as any[]).map((s) => s.schoolId);
  const draft = await request(baseUrl, 'POST', '/api/enrollment/applications', headers, {
    policyId: policy.id,
    childId,
    routeCode: route.code,
    guardianName: '张伟',
    residenceAddress: '重庆市江北区观音桥街道建新北路 1 号',
    employer: '重庆某某科技有限公司',
    workKind: 'employed',
    declaredPoints: { residence_months: 24, social_insurance_months: 24, housing: 'rented' },
    preferences: schools.slice(index % 3, (index % 3) + Math.min(policy.maxPreferences as number, 3)),
  });
  if (draft.status !== 201) throw new Error(`draft: ${draft.status} ${JSON.stringify(draft.json)}`);
  const mandatory = (route.materials as any[]).filter((m) => m.requirement === 'mandatory').map((m) => String(m.material));
  for (const material of mandatory.slice(0, -1)) {
    const uploaded = await request(baseUrl, 'POST', `/api/enrollment/applications/${draft.json.id}/documents`, headers, documentForm(material, png));
    if (uploaded.status !== 201) throw new Error(`upload: ${uploaded.status} ${JSON.stringify(uploaded.json)}`);
  }
  const current = await request(baseUrl, 'GET', `/api/enrollment/applications/${draft.json.id}`, headers);
  return { headers, applicationId: String(draft.json.id), version: Number(current.json.version), lastMaterial: mandatory.at(-1)! };
}

/** The first measured step: the family's last mandatory document (inspected, re-encoded, encrypted, stored). */
async function uploadLastDocument(baseUrl: string, family: Family, png: Buffer): Promise<boolean> {
  const uploaded = await request(
    baseUrl,
    'POST',
    `/api/enrollment/applications/${family.applicationId}/documents`,
    family.headers,
    documentForm(family.lastMaterial, png),
  );
  return uploaded.status === 201;
}

/** The second: the submission as the phone sends it (it reads the current version first). */
async function submit(baseUrl: string, family: Family): Promise<boolean> {
  const current = await request(baseUrl, 'GET', `/api/enrollment/applications/${family.applicationId}`, family.headers);
  const submitted = await request(
    baseUrl,
    'POST',
    `/api/enrollment/applications/${family.applicationId}/submit`,
    { ...family.headers, 'idempotency-key': randomUUID() },
    { version: current.json.version },
  );
  return submitted.status === 200 && submitted.json.status === 'submitted';
}

interface StepResult {
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Runs `step` for every family, CONCURRENCY at a time, and measures it. */
async function measureStep(families: Family[], step: (family: Family) => Promise<boolean>): Promise<StepResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await runPool(families, CONCURRENCY, async (family) => {
    const t0 = performance.now();
    const ok = await step(family).catch(() => false);
    latencies.push(performance.now() - t0);
    if (!ok) errors++;
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { seconds, perSecond: families.length / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), errors };
}

async function runPool<T>(items: T[], concurrency: number, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

/** The database's own durable commit rate: one single-row INSERT per transaction, one after another. */
async function durableInsertRate(db: Db, count: number): Promise<number> {
  await sql`CREATE TABLE bench_durable_inserts (id text PRIMARY KEY, payload text NOT NULL, created_at text NOT NULL)`.execute(db);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    await sql`INSERT INTO bench_durable_inserts (id, payload, created_at) VALUES (${randomUUID()}, ${'x'.repeat(200)}, ${new Date().toISOString()})`.execute(
      db,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await sql`DROP TABLE bench_durable_inserts`.execute(db);
  return count / seconds;
}

interface SubmissionResult {
  dialect: Dialect;
  families: number;
  upload: StepResult;
  submit: StepResult;
  baselinePerSecond: number;
}

async function benchSubmissions(target: Target): Promise<SubmissionResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shuangcheng-bench-'));
  const config = parseConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
  });
  const db = createDb(config);
  const app = await buildApp({ config, db, sms: new DevSmsSender(), logger: { level: 'warn' } });
  try {
    await prepareDatabase(db, config, app.log);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const baselinePerSecond = await durableInsertRate(db, BASELINE_INSERTS);

    const anyone = await createUser(db, { role: 'guardian' });
    const session = await createSession(
      db,
      { userId: anyone.id, stage: 'active', ip: '127.0.0.1', userAgent: 'bench' },
      { idleMinutes: 60, absoluteHours: 12 },
    );
    const list = await request(baseUrl, 'GET', '/api/enrollment/policies?status=published', { cookie: `${SESSION_COOKIE}=${session.token}` });
    const summary = (list.json.items as any[]).find((p) => String(p.titleZh).startsWith(DEMO_POLICY_TITLE)) ?? (list.json.items as any[])[0];
    const policy = (await request(baseUrl, 'GET', `/api/enrollment/policies/${summary.id}`, { cookie: `${SESSION_COOKIE}=${session.token}` })).json;

    const png = await makePng(64, 48);
    const families: Family[] = [];
    await runPool(
      Array.from({ length: FAMILIES }, (_, i) => i),
      8,
      async (i) => {
        families.push(await prepareFamily(db, baseUrl, policy, png, i));
      },
    );

    const countSubmitted = async () =>
      Number(
        (
          await db
            .selectFrom('enrollment_applications')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('status', '=', 'submitted')
            .executeTakeFirstOrThrow()
        ).n,
      );
    // The demo data has submitted applications of its own.
    const before = await countSubmitted();
    const upload = await measureStep(families, (family) => uploadLastDocument(baseUrl, family, png));
    const submitted = await measureStep(families, (family) => submit(baseUrl, family));
    const stored = (await countSubmitted()) - before;
    if (stored !== FAMILIES - submitted.errors) throw new Error(`${FAMILIES - submitted.errors} acknowledged but ${stored} stored`);
    return { dialect: target.dialect, families: FAMILIES, upload, submit: submitted, baselinePerSecond };
  } finally {
    await app.close();
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
    await target.cleanup();
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }).replace(/,/g, ' ');

export async function runEnrollmentBench(): Promise<string> {
  const out: string[] = [];
  const targets: Target[] = [{ dialect: 'sqlite', databaseUrl: null, cleanup: async () => {} }];
  const postgres = await postgresTarget();
  if (postgres) targets.push(postgres);
  else out.push('PostgreSQL not reachable (TEST_DATABASE_URL / BENCH_DATABASE_URL): measured on SQLite only.', '');

  out.push(
    `### Submissions: ${FAMILIES} families, ${CONCURRENCY} at a time: first each uploads its last mandatory document (PNG), then each submits`,
    '',
    '| database | step | families | s | per s | p50 ms | p99 ms | errors | baseline: durable single-row inserts/s | × baseline |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const target of targets) {
    const r = await benchSubmissions(target);
    for (const [step, m] of [
      ['upload: inspect, re-encode, encrypt, store', r.upload],
      ['submit: checks, durable commit, timeline, notification', r.submit],
    ] as const) {
      out.push(
        `| ${r.dialect} | ${step} | ${r.families} | ${fmt(m.seconds, 1)} | ${fmt(m.perSecond, 1)} | ${fmt(m.p50, 1)} | ${fmt(m.p99, 1)} | ${m.errors} | ${fmt(r.baselinePerSecond)} | ${(m.perSecond / r.baselinePerSecond).toFixed(2)} |`,
      );
    }
  }
  out.push('', "### The families' phone bundle (initial JavaScript and CSS, from dist/web)", '', runBundleSizeBench());
  out.push('', '### Allocation', '', formatAllocationRows(await runAllocationBench()));
  return out.join('\n');
}
