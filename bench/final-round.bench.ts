// Final-round benchmark: a final allocation run over BENCH_APPLICANTS (100 000) approved applications while
// another user keeps reading, on SQLite (BENCH_DIALECTS=sqlite,postgres for both). Baselines in the same run:
// the reads with no run going on, and the final run as it was before, computed inside its write transaction.
// Each run gets a fresh database with the same generated applications.
// Run alone: npx tsx bench/final-round.bench.ts   (or npm run bench -- final-round)
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { loadActor } from '../server/src/platform/auth/sessions.ts';
import { systemAuditContext } from '../server/src/platform/audit/audit.ts';
import type { Db, Dialect } from '../server/src/platform/db/database.ts';
import { lockPolicy } from '../server/src/modules/enrollment/placement/allocation.repository.ts';
import { commitFinalRun, computeFinalRun, writeFinalRun } from '../server/src/modules/enrollment/placement/allocation.service.ts';
import {
  createAllocationPolicy,
  insertApprovedApplicants,
  publishSeedVia,
  type AllocationPolicy,
} from '../server/src/modules/enrollment/placement/placement.fixtures.test-support.ts';
import { createTestContext, type TestClient, type TestContext } from '../server/src/test/test-app.ts';

const SCHOOLS = 40;
/** One read every this many ms, whether or not the previous one has answered (users do not wait for each other). */
const READ_EVERY_MS = 25;

interface Reads {
  count: number;
  p50: number;
  p99: number;
  max: number;
}
interface Row {
  dialect: Dialect;
  applicants: number;
  step: string;
  totalMs: number | null;
  computeMs: number | null;
  lockedMs: number | null;
  reads: Reads;
  vsLocked: number | null;
  vsP99: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/**
 * Reads as staff members browsing: one GET due every READ_EVERY_MS until `until` settles, whether or not the
 * previous ones have answered. Each latency counts from when the read was due: a read that came due while the
 * event loop was busy (better-sqlite3 runs a transaction's statements without yielding to timers) is sent as
 * soon as the loop is free again, and the wait counts.
 */
async function readWhile(client: TestClient, url: string, until: Promise<unknown>): Promise<Reads> {
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  let finishedAt = Infinity;
  void until.finally(() => (finishedAt = performance.now()));
  const start = performance.now();
  const read = (due: number) =>
    client.get(url).then((response) => {
      if (response.statusCode !== 200) throw new Error(`read failed: ${response.statusCode} ${response.body}`);
      latencies.push(performance.now() - due);
    });
  for (let k = 0; ;) {
    const now = performance.now();
    for (let due = start + k * READ_EVERY_MS; due <= Math.min(now, finishedAt); due = start + ++k * READ_EVERY_MS) pending.push(read(due));
    if (finishedAt !== Infinity) break;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + k * READ_EVERY_MS - performance.now())));
  }
  await Promise.all([until, ...pending]);
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies.at(-1) ?? 0 };
}

async function preparePolicy(ctx: TestContext, applicants: number): Promise<AllocationPolicy & { adminId: string }> {
  const average = (0.9 * applicants) / SCHOOLS;
  const setup = await createAllocationPolicy(
    ctx,
    Array.from({ length: SCHOOLS }, (_, i) => Math.round(average * (0.5 + (i % 10) / 9))),
  );
  await insertApprovedApplicants(ctx, setup.policy, applicants, 7);
  await publishSeedVia(setup.admin, setup.policy.id);
  return { ...setup, adminId: setup.policy.place.bureauAdminId };
}

async function actorFor(db: Db, userId: string) {
  const user = await db.selectFrom('users').select(['display_name']).where('id', '=', userId).executeTakeFirstOrThrow();
  return loadActor(db, { id: 'bench', stage: 'active', csrfToken: '', userId, displayName: user.display_name, locale: 'zh-CN' });
}

/** One final run over a fresh database (the other variant's placements would make its tables bigger). */
async function measureVariant(
  dialect: Dialect,
  applicants: number,
  variant: 'before' | 'now',
): Promise<{ reads: Reads; idle: Reads; times: Partial<Pick<Row, 'totalMs' | 'computeMs' | 'lockedMs'>> }> {
  const ctx = await createTestContext(dialect);
  try {
    process.stderr.write(`${dialect}, ${variant}: preparing ${applicants} approved applications…\n`);
    const setup = await preparePolicy(ctx, applicants);
    // The reader: another bureau's admin opening their allocation page (seeds, runs, schools) again and again.
    const reader = await createAllocationPolicy(ctx, [30, 30]);
    const readUrl = `/api/enrollment/policies/${reader.policy.id}/allocation/runs`;
    const idle = await readWhile(reader.admin, readUrl, new Promise((resolve) => setTimeout(resolve, 3000)));
    const actor = await actorFor(ctx.db, setup.adminId);
    const audit = systemAuditContext('final-round bench');
    const times: { totalMs?: number; computeMs?: number; lockedMs?: number } = {};
    process.stderr.write(`${dialect}, ${variant}: running…\n`);
    const run = (async () => {
      const started = performance.now();
      if (variant === 'before') {
        await ctx.db.transaction().execute(async (tx) => {
          await lockPolicy(tx, setup.policy.id);
          const computed = await computeFinalRun(tx as unknown as Db, actor, setup.policy.id, { round: 1 });
          await writeFinalRun(tx, actor, audit, computed);
        });
        times.lockedMs = performance.now() - started;
      } else {
        const computed = await computeFinalRun(ctx.db, actor, setup.policy.id, { round: 1 });
        const computedAt = performance.now();
        await commitFinalRun(ctx.db, actor, audit, computed);
        times.computeMs = computedAt - started;
        times.lockedMs = performance.now() - computedAt;
      }
      times.totalMs = performance.now() - started;
    })();
    return { reads: await readWhile(reader.admin, readUrl, run), idle, times };
  } finally {
    await ctx.close();
  }
}

async function measureDialect(dialect: Dialect, applicants: number): Promise<Row[]> {
  // BENCH_ORDER=now,before runs them the other way round, to see what order alone does on a busy machine.
  const results: Partial<Record<'before' | 'now', Awaited<ReturnType<typeof measureVariant>>>> = {};
  for (const variant of (process.env.BENCH_ORDER ?? 'before,now').split(',') as ('before' | 'now')[])
    results[variant] = await measureVariant(dialect, applicants, variant);
  const { before, now } = results as Required<typeof results>;
  const row = (step: string, reads: Reads, times: Partial<Pick<Row, 'totalMs' | 'computeMs' | 'lockedMs'>>): Row => ({
    dialect,
    applicants,
    step,
    totalMs: times.totalMs ?? null,
    computeMs: times.computeMs ?? null,
    lockedMs: times.lockedMs ?? null,
    reads,
    vsLocked: times.lockedMs == null ? null : times.lockedMs / before.times.lockedMs!,
    vsP99: reads.p99 / before.idle.p99,
  });
  return [
    row('baseline: reads alone, no run', before.idle, {}),
    row('before: final run computed inside its write transaction', before.reads, before.times),
    row('now: computed outside, input hash re-checked and results written in bulk inside', now.reads, now.times),
  ];
}

export async function runFinalRoundBench(): Promise<string> {
  const applicants = Number(process.env.BENCH_APPLICANTS ?? 100_000);
  const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite').split(',') as Dialect[];
  const rows: Row[] = [];
  for (const dialect of dialects) rows.push(...(await measureDialect(dialect, applicants)));
  const ms = (v: number | null) => (v === null ? '' : Math.round(v).toLocaleString('en-US'));
  const head = `| database | applicants | step | total ms | computing ms | write-locked ms | reads (one due every ${READ_EVERY_MS} ms) | read p50 ms | read p99 ms | read max ms | × before (locked) | × idle (read p99) |`;
  const lines = rows.map(
    (r) =>
      `| ${[r.dialect, r.applicants.toLocaleString('en-US'), r.step, ms(r.totalMs), ms(r.computeMs), ms(r.lockedMs), r.reads.count, r.reads.p50.toFixed(1), r.reads.p99.toFixed(1), r.reads.max.toFixed(1), r.vsLocked === null ? '' : r.vsLocked.toFixed(2), r.vsP99.toFixed(2)].join(' | ')} |`,
  );
  return [head, head.replace(/[^|]+/g, '---'), ...lines].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const load = () => os.loadavg()[0]!.toFixed(1);
  const loadBefore = load();
  const table = await runFinalRoundBench();
  console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${loadBefore} before, ${load()} after\n`);
  console.log(table);
}
