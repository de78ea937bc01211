// Dashboard benchmark: the cooperation dashboards over 1 000 000 exchanges and 100 000 named participations,
// on SQLite and PostgreSQL, p50/p99 per query. The baseline in the same run is the query a dashboard
// without roll-ups would run: every exchange of the scope grouped by month.
// Run: npm run bench -- dashboard   (BENCH_EXCHANGES, BENCH_PARTICIPATIONS, BENCH_RUNS to change the sizes;
// BENCH_DIALECTS=sqlite or =postgres for one database only). Progress goes to stderr: loading takes minutes.
// BENCH_POSTGRES_SCHEMA=bench_xxxx measures a schema an earlier run loaded and left (interrupted after loading),
// without loading again; it is kept afterwards.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql, type Insertable } from 'kysely';
import pg from 'pg';
import { EXCHANGE_KINDS, FOCUS_AREAS } from '../common/cooperation.ts';
import { seedRegions } from '../server/src/db/seed/reference.seed.ts';
import { rebuildActivity } from '../server/src/modules/cooperation/activity.repository.ts';
import * as dashboardRepo from '../server/src/modules/cooperation/dashboard/dashboard.repository.ts';
import { buildDashboard, buildMap, dormantPairings, monthsBack, type DashboardScope } from '../server/src/modules/cooperation/dashboard/dashboard.service.ts';
import { listExchanges } from '../server/src/modules/cooperation/exchanges/exchanges.repository.ts';
import { prefixRange } from '../server/src/modules/cooperation/scope.ts';
import { createDb, type Db, type DbOrTx, type Dialect } from '../server/src/platform/db/database.ts';
import { migrateToLatest } from '../server/src/platform/db/migrator.ts';
import type {
  CooperationExchangeOrganizationTable,
  CooperationExchangeParticipantTable,
  CooperationExchangeTable,
} from '../server/src/modules/cooperation/cooperation.tables.ts';

const EXCHANGES = Number(process.env.BENCH_EXCHANGES ?? 1_000_000);
const PARTICIPATIONS = Number(process.env.BENCH_PARTICIPATIONS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',').map((d) => d.trim());
const progress = (line: string) => process.stderr.write(`[dashboard bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
const SCHOOLS = 2_000;
const TEACHERS_PER_SCHOOL = 5;
const PAIRINGS = 10_000;
const COMMUNITIES = 600;
const ALLIANCES = 40;
const AGREEMENTS = 400;
const NOW = new Date('2026-11-20T04:00:00Z');
const THIS_MONTH = '2026-11';

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Target {
  dialect: Dialect;
  db: Db;
  /** Already loaded by an earlier run: measure only. */
  loaded?: boolean;
  cleanup(): Promise<void>;
}

async function sqliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'shuangcheng-bench-'));
  const db = createDb({ databaseUrl: null, dataDir: dir, sqliteFile: join(dir, 'bench.sqlite') });
  return {
    dialect: 'sqlite',
    db,
    cleanup: async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresTarget(): Promise<Target | null> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://shuangcheng:shuangcheng@127.0.0.1:5432/shuangcheng_test';
  const reused = process.env.BENCH_POSTGRES_SCHEMA;
  if (reused !== undefined && !/^bench_[0-9a-f]{8}$/.test(reused)) throw new Error(`BENCH_POSTGRES_SCHEMA: not a bench schema (${reused})`);
  const schema = reused ?? `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  if (!reused) await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  const db = createDb({ databaseUrl: scoped.toString(), dataDir: tmpdir() });
  return {
    dialect: 'postgres',
    db,
    loaded: reused !== undefined,
    async cleanup() {
      await db.destroy();
      if (reused) return;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Inserts rows in statements of `size` rows (both dialects' parameter limits allow 16 000). */
async function insertAll<T extends object>(db: DbOrTx, table: string, rows: T[], size = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(table as 'regions')
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

const months = Array.from({ length: 36 }, (_, i) => monthsBack(THIS_MONTH, 36 - i));
const dayOf = (month: string, rng: () => number) => `${month}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;

/** A synthetic network: schools across every district, pairings, bodies, agreements, exchanges and participants. */
async function generate(db: Db): Promise<{ jiangbeiSchools: number }> {
  const rng = mulberry32(2026);
  const stamp = NOW.toISOString();
  const regions = await db
    .selectFrom('regions')
    .select(['id', 'path', 'latitude', 'longitude'])
    .where('level', 'in', ['district', 'new_area'])
    .orderBy('id')
    .execute();
  const schools = Array.from({ length: SCHOOLS }, (_, i) => {
    const region = regions[i % regions.length]!;
    return {
      id: `s${i}`,
      regionId: region.id,
      path: region.path,
      lat: (region.latitude ?? 30) + (rng() - 0.5) * 0.2,
      lon: (region.longitude ?? 105) + (rng() - 0.5) * 0.2,
    };
  });
  await insertAll(
    db,
    'organizations',
    schools.map((s) => ({
      id: s.id,
      kind: 'school',
      code: null,
      name_zh: `基准学校${s.id}`,
      name_en: `Bench school ${s.id}`,
      region_id: s.regionId,
      region_path: s.path,
      ownership: 'public',
      address: null,
      latitude: s.lat,
      longitude: s.lon,
      pupil_count: 500 + Math.floor(rng() * 3000),
      teacher_count: 80,
      website: null,
      created_at: stamp,
      updated_at: stamp,
    })),
  );
  await insertAll(
    db,
    'school_stages',
    schools.map((s, i) => ({ organization_id: s.id, stage: ['primary', 'junior', 'senior', 'kindergarten'][i % 4] })),
  );
  const users = schools.flatMap((s) => Array.from({ length: TEACHERS_PER_SCHOOL }, (_, t) => ({ id: `u${s.id}-${t}`, school: s.id })));
  await insertAll(
    db,
    'users',
    users.map((u) => ({
      id: u.id,
      display_name: `教师${u.id}`,
      username: u.id,
      mobile: null,
      password_hash: null,
      totp_secret_enc: null,
      totp_enabled_at: null,
      disabled_at: null,
      created_at: stamp,
      updated_at: stamp,
    })),
  );
  await insertAll(
    db,
    'role_grants',
    users.map((u) => ({ id: `g${u.id}`, user_id: u.id, role: 'teacher', organization_id: u.school, region_id: null, created_at: stamp, granted_by: null })),
  );

  // Pairings of schools in different districts; 85 % active.
  const pick = () => schools[Math.floor(rng() * schools.length)]!;
  const pairs: { id: string; a: (typeof schools)[number]; b: (typeof schools)[number]; active: boolean }[] = [];
  const taken = new Set<string>();
  while (pairs.length < PAIRINGS) {
    const [a, b] = [pick(), pick()];
    const key = [a.id, b.id].sort().join(',');
    if (a.regionId === b.regionId || taken.has(key)) continue;
    taken.add(key);
    pairs.push({ id: `p${pairs.length}`, a, b, active: rng() < 0.85 });
  }
  await insertAll(
    db,
    'cooperation_pairings',
    pairs.map((p, i) => ({
      id: p.id,
      batch: 1 + (i % 8),
      focus_areas: JSON.stringify([FOCUS_AREAS[i % FOCUS_AREAS.length]]),
      agreement_id: null,
      starts_on: dayOf(months[Math.floor(rng() * 30)]!, rng),
      ends_on: null,
      description: null,
      proposer_school_id: p.a.id,
      proposed_by: null,
      status: p.active ? 'active' : 'ended',
      live_key: p.active ? [p.a.id, p.b.id].sort().join(',') : null,
      decision_reason: null,
      decided_by: null,
      decided_at: null,
      activated_at: stamp,
      ended_at: p.active ? null : stamp,
      ended_by: null,
      end_reason: p.active ? null : 'bench',
      created_at: stamp,
      updated_at: stamp,
    })),
  );
  await insertAll(
    db,
    'cooperation_pairing_schools',
    pairs.flatMap((p) =>
      [p.a, p.b].map((s) => ({ pairing_id: p.id, school_id: s.id, region_id: s.regionId, region_path: s.path, accepted_at: stamp, accepted_by: null })),
    ),
  );

  const agreements = Array.from({ length: AGREEMENTS }, (_, i) => ({ id: `a${i}`, parties: [pick(), pick()] }));
  await insertAll(
    db,
    'cooperation_agreements',
    agreements.map((a, i) => ({
      id: a.id,
      title: `协议${i}`,
      scope: null,
      focus_areas: '["management"]',
      signed_on: dayOf(months[i % 36]!, rng),
      starts_on: null,
      ends_on: null,
      status: i % 5 === 0 ? 'ended' : 'in_force',
      document_file_id: null,
      in_force_at: stamp,
      ended_at: null,
      ended_by: null,
      end_reason: null,
      client_key: null,
      created_by: users[0]!.id,
      created_at: stamp,
      updated_at: stamp,
    })),
  );
  await insertAll(
    db,
    'cooperation_agreement_parties',
    agreements.flatMap((a) =>
      [...new Map(a.parties.map((p) => [p.id, p])).values()].map((p) => ({
        agreement_id: a.id,
        organization_id: p.id,
        region_path: p.path,
        confirmed_at: stamp,
        confirmed_by: null,
      })),
    ),
  );

  const bodies = [
    ...Array.from({ length: COMMUNITIES }, (_, i) => ({
      type: 'community' as const,
      id: `c${i}`,
      members: [...new Set(Array.from({ length: 3 + Math.floor(rng() * 4) }, pick))],
    })),
    ...Array.from({ length: ALLIANCES }, (_, i) => ({
      type: 'alliance' as const,
      id: `al${i}`,
      members: [...new Set(Array.from({ length: 10 + Math.floor(rng() * 20) }, pick))],
    })),
  ];
  await insertAll(
    db,
    'cooperation_communities',
    bodies
      .filter((b) => b.type === 'community')
      .map((b) => ({
        id: b.id,
        name: `共同体${b.id}`,
        lead_school_id: b.members[0]!.id,
        description: null,
        founded_on: null,
        created_by: null,
        created_at: stamp,
        updated_at: stamp,
      })),
  );
  await insertAll(
    db,
    'cooperation_alliances',
    bodies
      .filter((b) => b.type === 'alliance')
      .map((b) => ({
        id: b.id,
        name: `联盟${b.id}`,
        description: null,
        focus_areas: '["smart_education"]',
        founded_on: null,
        created_by: null,
        created_at: stamp,
        updated_at: stamp,
      })),
  );
  await insertAll(
    db,
    'cooperation_memberships',
    bodies.flatMap((b) =>
      b.members.map((m, i) => ({
        id: `${b.id}-${m.id}`,
        body_type: b.type,
        body_id: b.id,
        organization_id: m.id,
        region_path: m.path,
        role: i === 0 ? (b.type === 'community' ? 'lead' : 'chair') : 'member',
        status: 'active',
        live_key: `${b.type}:${b.id}:${m.id}`,
        requested_by: null,
        requested_at: stamp,
        decided_by: null,
        decided_at: null,
        decision_reason: null,
        joined_on: null,
        left_on: null,
        left_reason: null,
      })),
    ),
  );

  // Exchanges: 40 % within a pairing, the rest among random schools; a host and one to three partners.
  const CHUNK = 20_000;
  let participations = 0;
  const participationEvery = Math.max(1, Math.floor(EXCHANGES / (PARTICIPATIONS / 2)));
  for (let start = 0; start < EXCHANGES; start += CHUNK) {
    const exchanges: Insertable<CooperationExchangeTable>[] = [];
    const organizations: CooperationExchangeOrganizationTable[] = [];
    const participants: CooperationExchangeParticipantTable[] = [];
    for (let i = start; i < Math.min(EXCHANGES, start + CHUNK); i++) {
      const pairing = rng() < 0.4 ? pairs[Math.floor(rng() * pairs.length)]! : null;
      const host = pairing ? pairing.a : pick();
      const partners = pairing ? [pairing.b] : [...new Set(Array.from({ length: 1 + Math.floor(rng() * 3) }, pick))].filter((s) => s.id !== host.id);
      if (partners.length === 0) partners.push(schools[(Number(host.id.slice(1)) + 1) % SCHOOLS]!);
      const month = months[Math.floor(rng() * months.length)]!;
      const count = 5 + Math.floor(rng() * 195);
      const id = `e${i}`;
      exchanges.push({
        id,
        kind: EXCHANGE_KINDS[i % EXCHANGE_KINDS.length]!,
        title: '基准交流',
        occurred_on: dayOf(month, rng),
        occurred_month: month,
        host_organization_id: host.id,
        pairing_id: pairing?.id ?? null,
        community_id: null,
        alliance_id: null,
        participant_count: count,
        summary: null,
        client_key: null,
        created_by: null,
        created_at: stamp,
        updated_at: stamp,
      });
      for (const [index, org] of [host, ...partners].entries()) {
        organizations.push({
          exchange_id: id,
          organization_id: org.id,
          role: index === 0 ? 'host' : ('partner' as const),
          region_path: org.path,
          occurred_month: month,
          participant_count: count,
        });
      }
      if (i % participationEvery === 0 && participations < PARTICIPATIONS) {
        for (let t = 0; t < 2 && participations < PARTICIPATIONS; t++, participations++)
          participants.push({ exchange_id: id, user_id: `u${host.id}-${t}`, organization_id: host.id });
      }
    }
    await db.transaction().execute(async (tx) => {
      await insertAll(tx, 'cooperation_exchanges', exchanges);
      await insertAll(tx, 'cooperation_exchange_organizations', organizations, 2500);
      await insertAll(tx, 'cooperation_exchange_participants', participants, 2500);
    });
  }
  return { jiangbeiSchools: schools.filter((s) => s.regionId === '500105').length };
}

/** Fresh statistics for the planner; on PostgreSQL for the bench's own tables only (not the whole database). */
async function analyze(db: Db, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`VACUUM (ANALYZE) cooperation_exchanges, cooperation_exchange_organizations, cooperation_exchange_participants, cooperation_activity_monthly,
      cooperation_scope_monthly, cooperation_pairings, cooperation_pairing_schools, cooperation_memberships, organizations`.execute(db);
  } else await sql`ANALYZE`.execute(db);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

async function measure(run: () => Promise<unknown>, runs = RUNS): Promise<{ p50: number; p99: number }> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99) };
}

/** What a dashboard without roll-ups would run: the scope's exchanges, de-duplicated, grouped by month. */
function baseline(db: Db, scope: string) {
  if (scope === '/') {
    return db
      .selectFrom('cooperation_exchanges')
      .select(['occurred_month', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('participant_count').as('p')])
      .where('occurred_month', '>=', months[0]!)
      .groupBy('occurred_month')
      .execute();
  }
  const [low, high] = prefixRange(scope);
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('cooperation_exchange_organizations')
        .select(['exchange_id', 'occurred_month', 'participant_count'])
        .distinct()
        .where('region_path', '>=', low)
        .where('region_path', '<', high)
        .where('occurred_month', '>=', months[0]!)
        .as('inside'),
    )
    .select(['occurred_month', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.sum<number>('participant_count').as('p')])
    .groupBy('occurred_month')
    .execute();
}

interface Result {
  dialect: Dialect;
  query: string;
  scope: string;
  p50: number;
  p99: number;
  baselineP50: number;
}

const SCOPES: { label: string; scope: DashboardScope }[] = [
  { label: 'network', scope: { path: '/', view: { regionId: null, nameZh: '全部', nameEn: 'All' } } },
  { label: 'Chongqing', scope: { path: '/500000/', view: { regionId: '500000', nameZh: '重庆市', nameEn: 'Chongqing' } } },
  { label: 'Jiangbei', scope: { path: '/500000/500105/', view: { regionId: '500105', nameZh: '江北区', nameEn: 'Jiangbei' } } },
];

async function benchTarget(target: Target, log: string[]): Promise<Result[]> {
  const { db, dialect } = target;
  let loadMs = 0;
  let rebuildMs = 0;
  if (!target.loaded) {
    await migrateToLatest(db);
    await seedRegions(db);
    let start = performance.now();
    progress(`${dialect}: loading ${EXCHANGES.toLocaleString('en')} exchanges`);
    if (dialect === 'sqlite') await sql`PRAGMA foreign_keys = OFF`.execute(db);
    await generate(db);
    if (dialect === 'sqlite') await sql`PRAGMA foreign_keys = ON`.execute(db);
    loadMs = performance.now() - start;
    start = performance.now();
    await rebuildActivity(db);
    rebuildMs = performance.now() - start;
  }
  progress(`${dialect}: analyzing`);
  await analyze(db, dialect);
  const counts = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('cooperation_exchanges')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('exchanges'),
      eb
        .selectFrom('cooperation_exchange_organizations')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('organizations'),
      eb
        .selectFrom('cooperation_exchange_participants')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('participants'),
      eb
        .selectFrom('cooperation_scope_monthly')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('scope_rows'),
    ])
    .executeTakeFirstOrThrow();
  log.push(
    `${dialect}: ${Number(counts.exchanges).toLocaleString('en')} exchanges, ${Number(counts.organizations).toLocaleString('en')} exchange–organization rows, ${Number(counts.participants).toLocaleString('en')} participations, ${Number(counts.scope_rows)} roll-up rows; ${target.loaded ? 'loaded by an earlier run' : `load ${(loadMs / 1000).toFixed(0)} s, roll-up rebuild ${(rebuildMs / 1000).toFixed(1)} s`}`,
  );

  const from = months[0]!;
  const results: Result[] = [];
  for (const { label, scope } of SCOPES) {
    progress(`${dialect}: measuring the ${label} scope`);
    const base = await measure(() => baseline(db, scope.path), Math.min(RUNS, 10));
    const add = async (query: string, run: () => Promise<unknown>) => {
      const timing = await measure(run);
      results.push({ dialect, query, scope: label, ...timing, baselineP50: base.p50 });
    };
    results.push({ dialect, query: 'baseline: exchanges of the scope by month, no roll-up', scope: label, ...base, baselineP50: base.p50 });
    await add('dashboard (all figures)', () => buildDashboard(db, scope, { from, to: THIS_MONTH }, NOW));
    await add('map (schools, lines, activity)', () => buildMap(db, scope, {}, NOW));
    await add('monthly series (roll-up)', () => dashboardRepo.monthlyActivity(db, scope.path, from, THIS_MONTH));
    await add('schools involved', () => dashboardRepo.involvedSchools(db, scope.path, from, THIS_MONTH));
    await add('activity by school (top / least)', () => dashboardRepo.activityBySchool(db, scope.path, from, THIS_MONTH));
    await add('dormant pairings (6 months)', () => dormantPairings(db, scope.path, 6, NOW));
    await add('pairings by batch', () => dashboardRepo.pairingsInScope(db, scope.path));
    await add('exchange log, newest 20', () =>
      listExchanges(db, { visibility: scope.path === '/' ? null : { organizationIds: [], scopePaths: [scope.path] }, offset: 0, limit: 20 }),
    );
  }
  return results;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

export async function runDashboardBench(): Promise<string> {
  const log: string[] = [];
  const results: Result[] = [];
  const makers = { sqlite: sqliteTarget, postgres: postgresTarget } as const;
  for (const dialect of DIALECTS) {
    if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error(`BENCH_DIALECTS: unknown database ${dialect}`);
    const target = await makers[dialect]();
    if (!target) {
      log.push('postgres: not reachable (set BENCH_DATABASE_URL or TEST_DATABASE_URL); skipped');
      continue;
    }
    try {
      results.push(...(await benchTarget(target, log)));
    } finally {
      await target.cleanup();
    }
  }
  const header = '| database | scope | query | p50 ms | p99 ms | × baseline (p50) |\n|---|---|---|---|---|---|';
  const rows = results.map((r) => `| ${r.dialect} | ${r.scope} | ${r.query} | ${ms(r.p50)} | ${ms(r.p99)} | ${(r.p50 / r.baselineP50).toFixed(2)} |`);
  return `${log.map((line) => `- ${line}`).join('\n')}\n- ${RUNS} runs per query after 3 warm-up runs (the baseline: 10)\n\n${header}\n${rows.join('\n')}`;
}
