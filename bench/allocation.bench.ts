// Allocation benchmark: 100 000 and 1 000 000 synthetic applicants over 2 000 schools, 5 preferences each.
// The baseline in the same run is what any allocation must do anyway: draw the lottery and sort by priority.
// Run alone: npx tsx bench/allocation.bench.ts   (the `npm run bench -- enrollment` runner imports runAllocationBench)
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AllocationInput } from '../server/src/modules/enrollment/allocation/allocation.types.ts';
import { allocate, deferredAcceptance, indexAllocationInput } from '../server/src/modules/enrollment/allocation/deferred-acceptance.ts';
import { allocateV1 } from '../server/src/modules/enrollment/allocation/allocation-v1.reference.test-support.ts';
import { hashAllocationInput } from '../server/src/modules/enrollment/allocation/input-hash.ts';
import { rankApplicants } from '../server/src/modules/enrollment/allocation/lottery.ts';

export interface Row {
  step: string;
  applicants: number;
  schools: number;
  preferences: number;
  totalSeats: number;
  generateMs: number;
  ms: number;
  /** CPU time of the whole process (GC threads included): steadier than wall time on a shared machine. */
  cpuMs: number;
  applicantsPerSecond: number;
  unplaced: number | null;
  /** Peak RSS during the step, and its rise over the RSS just before the step. */
  peakRssMb: number;
  peakRssDeltaMb: number;
  vsSort: number;
}

const SCHOOLS = 2_000;
const PREFERENCES = 5;

function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf-like popularity (weight 1/rank^0.9) so cut-offs differ; seats ≈ 90% of applicants so some stay unplaced. */
function generateInput(applicants: number): AllocationInput {
  const rng = mulberry32(2027);
  const cdf = new Float64Array(SCHOOLS);
  for (let s = 0, sum = 0; s < SCHOOLS; s++) cdf[s] = sum += 1 / (s + 1) ** 0.9;
  const total = cdf[SCHOOLS - 1]!;
  const pick = () => {
    const x = rng() * total;
    let lo = 0;
    for (let hi = SCHOOLS - 1; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const schoolIds = Array.from({ length: SCHOOLS }, (_, s) => `school-${s}`);
  const average = (0.9 * applicants) / SCHOOLS;
  const schools = schoolIds.map((schoolId) => ({ schoolId, seats: Math.round(average * (0.5 + rng())) }));
  return {
    seed: 'bench-2027',
    schools,
    applicants: Array.from({ length: applicants }, (_, i) => {
      const preferences: string[] = [];
      while (preferences.length < PREFERENCES) {
        const id = schoolIds[pick()]!;
        if (!preferences.includes(id)) preferences.push(id);
      }
      // Sum of three items of 0–50 points: ~150 distinct values, so ties are everywhere.
      const points = Math.floor(rng() * 51) + Math.floor(rng() * 51) + Math.floor(rng() * 51);
      // Ids in scrambled order (a permutation of 0…n-1), as a database may return them: sorting by id is real work.
      return { applicantId: `app-${String((i * 1_000_003) % applicants).padStart(7, '0')}`, points, preferences };
    }),
  };
}

// Peak RSS of one step: Linux lets a process reset its high-water mark (clear_refs 5) and read it (VmHWM).
function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux: the lifetime peak below is then an upper bound.
  }
}
function peakRssBytes(): number {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024;
  } catch {
    return process.resourceUsage().maxRSS * 1024;
  }
}
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Measured<T> {
  value: T;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  peakRssDeltaMb: number;
}
function measure<T>(run: () => T): Measured<T> {
  gc();
  resetPeakRss();
  const before = process.memoryUsage.rss();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  const peak = peakRssBytes();
  return { value, ms, cpuMs: (user + system) / 1000, peakRssMb: peak / 2 ** 20, peakRssDeltaMb: Math.max(0, peak - before) / 2 ** 20 };
}

export async function runAllocationBench(sizes = [100_000, 1_000_000]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const size of sizes) {
    const generated = measure(() => generateInput(size));
    const input = generated.value;
    const base = {
      applicants: size,
      schools: SCHOOLS,
      preferences: PREFERENCES,
      totalSeats: input.schools.reduce((sum, s) => sum + s.seats, 0),
      generateMs: generated.ms,
    };
    const ix = indexAllocationInput(input);
    const inReferenceOrder = { ...input, applicants: [...input.applicants].sort((a, b) => (a.applicantId < b.applicantId ? -1 : 1)) };
    const sorted = measure(() => rankApplicants(input.seed, ix.applicantIds, ix.points));
    const { order, rank } = sorted.value;
    const unplacedOf = (assigned: Int32Array) => assigned.reduce((n, s) => n + (s < 0 ? 1 : 0), 0);
    const steps: [string, () => number | null][] = [
      ['allocate(): validate, lottery, sort, DA, cut-offs, input hash', () => allocate(input).unplaced.length],
      ['  the same, applicants read in reference order (as the repository now reads them)', () => allocate(inReferenceOrder).unplaced.length],
      ['  before: allocate() as of 2026-12-06 (frozen copy, same results)', () => allocateV1(input).unplaced.length],
      ['  of which DA, serial-dictatorship fast path', () => unplacedOf(deferredAcceptance(ix, order))],
      ['  of which DA, general (per-school heaps)', () => unplacedOf(deferredAcceptance(ix, order, (_s, a) => rank[a]!))],
      ['  of which input hash', () => (hashAllocationInput(input), null)],
    ];
    const row = (step: string, m: Measured<unknown>, unplaced: number | null): Row => ({
      step,
      ...base,
      ms: m.ms,
      cpuMs: m.cpuMs,
      applicantsPerSecond: (size / m.ms) * 1000,
      unplaced,
      peakRssMb: m.peakRssMb,
      peakRssDeltaMb: m.peakRssDeltaMb,
      vsSort: m.ms / sorted.ms,
    });
    rows.push(row('baseline: lottery tickets + sort by (points, ticket)', sorted, null));
    for (const [step, run] of steps) {
      const m = measure(run);
      rows.push(row(step, m, m.value));
    }
  }
  return rows;
}

export function formatAllocationRows(rows: Row[]): string {
  const head = '| applicants | schools | prefs | seats | generate ms | step | ms | cpu ms | applicants/s | unplaced | peak RSS MB (Δ) | × sort |';
  const lines = rows.map((r) =>
    [
      r.applicants,
      r.schools,
      r.preferences,
      r.totalSeats,
      r.generateMs.toFixed(0),
      r.step,
      r.ms.toFixed(0),
      r.cpuMs.toFixed(0),
      Math.round(r.applicantsPerSecond).toLocaleString('en-US'),
      r.unplaced ?? '',
      `${r.peakRssMb.toFixed(0)} (+${r.peakRssDeltaMb.toFixed(0)})`,
      r.vsSort.toFixed(2),
    ].join(' | '),
  );
  return [head, head.replace(/[^|]+/g, '---'), ...lines.map((l) => `| ${l} |`)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const load = () => os.loadavg()[0]!.toFixed(1);
  const loadBefore = load();
  const rows = await runAllocationBench();
  console.log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${loadBefore} before, ${load()} after\n`);
  console.log(formatAllocationRows(rows));
}
