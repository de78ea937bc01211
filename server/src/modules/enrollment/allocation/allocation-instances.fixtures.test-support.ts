import type { AllocationInput } from './allocation.types.ts';

// Fixed-seed random allocation inputs for tests that compare engines (the frozen v1 copy, a recorded fixture).
// They exercise what the canonical form and the lottery must get byte-exact: non-ASCII, escaped and
// lone-surrogate ids, ids that are prefixes of others, fractional, negative, huge and tiny points, seeds of
// every length (one and several SHA-256 blocks), and many ties.

export function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_IDS = ['申请-甲', 'é', '😀x', 'a"b', 'back\\slash', 'tab\there', 'nl\n', '\u0001ctl', '\ud800lone', 'lone\udfff', '\u2028ls', 'A1', 'A10', 'A', ''];
const ODD_POINTS = [0, -0, 0.1 + 0.2, -3.5, 1e21, 5e-7, 123456789.125, -1e-9, 2 ** 53, 7];
const SEEDS = ['s', '种子-2027', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(63), `${'d'.repeat(64)}`, 'e'.repeat(130), '0f'.repeat(32)];

export interface InstanceShape {
  applicants: number;
  schools: number;
  maxPreferences: number;
  /** Distinct point values (few = many lottery ties); 0 = the odd values above. */
  pointLevels: number;
  /** Mix in the odd ids above. */
  oddIds: boolean;
}

export function randomAllocationInput(seed: number, shape: InstanceShape): AllocationInput {
  const rng = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const schools = Array.from({ length: shape.schools }, (_, i) => ({
    schoolId: shape.oddIds && i < 3 ? ['校-一', 'S"q', 'S'][i]! : `S${(i * 7919) % (shape.schools * 10)}`,
    seats: int(0, Math.max(1, Math.ceil((1.2 * shape.applicants) / shape.schools))),
  }));
  const ids = new Set<string>();
  if (shape.oddIds) for (const id of ODD_IDS) ids.add(id);
  while (ids.size < shape.applicants) ids.add(`R${int(0, shape.applicants * 20)}-${int(0, 9)}`);
  const applicants = [...ids].slice(0, shape.applicants).map((applicantId) => {
    const pool = schools.map((s) => s.schoolId);
    const preferences = Array.from({ length: int(0, Math.min(shape.maxPreferences, pool.length)) }, () => pool.splice(int(0, pool.length - 1), 1)[0]!);
    const points = shape.pointLevels === 0 ? ODD_POINTS[int(0, ODD_POINTS.length - 1)]! : int(0, shape.pointLevels - 1) * 2.5;
    return { applicantId, points, preferences };
  });
  return { seed: SEEDS[seed % SEEDS.length]!, schools, applicants };
}

/** The instances recorded in allocation-v1.fixture.json. */
export const RECORDED_INSTANCES: { name: string; seed: number; shape: InstanceShape }[] = [
  { name: 'odd ids and points', seed: 1, shape: { applicants: 40, schools: 6, maxPreferences: 4, pointLevels: 0, oddIds: true } },
  { name: 'many ties, few schools', seed: 2, shape: { applicants: 300, schools: 4, maxPreferences: 3, pointLevels: 3, oddIds: false } },
  { name: 'long seed, odd ids', seed: 6, shape: { applicants: 500, schools: 30, maxPreferences: 5, pointLevels: 0, oddIds: true } },
  { name: '64-hex seed, medium', seed: 7, shape: { applicants: 5_000, schools: 80, maxPreferences: 5, pointLevels: 40, oddIds: false } },
  { name: '63-char seed, large, odd ids', seed: 12, shape: { applicants: 20_000, schools: 200, maxPreferences: 5, pointLevels: 150, oddIds: true } },
  { name: 'one applicant, 56-char seed', seed: 3, shape: { applicants: 1, schools: 1, maxPreferences: 1, pointLevels: 1, oddIds: false } },
];
