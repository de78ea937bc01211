import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AllocationInputError, type AllocationInput, type AllocationResult } from './allocation.types.ts';
import { allocate, deferredAcceptance, explain, indexAllocationInput, type SchoolPriority } from './deferred-acceptance.ts';
import { canonicalAllocationInput, hashAllocationInput } from './input-hash.ts';
import { lotteryTicket, rankApplicants } from './lottery.ts';

// Small seeded PRNG (mulberry32): random instances that are the same on every run, so a failure reproduces.
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rng: () => number, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
function shuffled<T>(rng: () => number, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = int(rng, 0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Limits {
  applicants: number;
  schools: number;
  seats: number;
  prefs: number;
}
const NORMAL: Limits = { applicants: 60, schools: 10, seats: 5, prefs: 5 };
const TINY: Limits = { applicants: 6, schools: 3, seats: 2, prefs: 3 };

function randomInput(rng: () => number, limits: Limits): AllocationInput {
  const schools = Array.from({ length: int(rng, 1, limits.schools) }, (_, i) => ({ schoolId: `S${i}`, seats: int(rng, 0, limits.seats) }));
  const maxPoints = int(rng, 0, 6); // few distinct values: many ties for the lottery to break
  const applicants = Array.from({ length: int(rng, 1, limits.applicants) }, (_, i) => ({
    applicantId: `A${i}`,
    points: int(rng, 0, maxPoints) / 2,
    preferences: shuffled(
      rng,
      schools.map((s) => s.schoolId),
    ).slice(0, int(rng, 0, Math.min(limits.prefs, schools.length))),
  }));
  return { schools, applicants, seed: `seed-${int(rng, 0, 1e9)}` };
}
const instances = (count: number, seed: number, limits = NORMAL) => {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, () => randomInput(rng, limits));
};

// A market on indices, judged by an oracle written independently of the engine (own SHA-256, own sort).
interface Market {
  seats: number[];
  prefs: number[][];
  priority: SchoolPriority;
}
function marketOf(input: AllocationInput): Market {
  const schoolIndex = new Map(input.schools.map((s, i) => [s.schoolId, i]));
  const ticket = (id: string) => createHash('sha256').update(`${input.seed}:${id}`).digest('hex');
  const ranked = input.applicants
    .map((a, i) => ({ i, points: a.points, ticket: ticket(a.applicantId) }))
    .sort((x, y) => y.points - x.points || (x.ticket < y.ticket ? -1 : x.ticket > y.ticket ? 1 : 0));
  const rank: number[] = [];
  ranked.forEach((r, position) => (rank[r.i] = position));
  return {
    seats: input.schools.map((s) => s.seats),
    prefs: input.applicants.map((a) => a.preferences.map((id) => schoolIndex.get(id)!)),
    priority: (_s, a) => rank[a]!,
  };
}
const assignmentsOf = (result: AllocationResult): Record<string, string | null> =>
  Object.fromEntries(result.applicantIds.map((id, i) => [id, result.assignedSchoolIds[i]!]));
const matchOf = (input: AllocationInput, result: AllocationResult) => {
  const assignments = assignmentsOf(result);
  return input.applicants.map((a) => input.schools.findIndex((s) => s.schoolId === assignments[a.applicantId]));
};

/** A pair (applicant, school) that would both rather be matched together: null if the matching is stable. */
function blockingPair(m: Market, match: number[], onlyFreeSeats = false): [number, number] | null {
  const held: number[][] = m.seats.map(() => []);
  match.forEach((s, a) => s >= 0 && held[s]!.push(a));
  for (let a = 0; a < match.length; a++) {
    for (const s of m.prefs[a]!) {
      if (s === match[a]) break;
      const hasFreeSeat = held[s]!.length < m.seats[s]!;
      if (hasFreeSeat || (!onlyFreeSeats && held[s]!.some((b) => m.priority(s, a) < m.priority(s, b)))) return [a, s];
    }
  }
  return null;
}
const isFeasible = (m: Market, match: number[]) =>
  match.every((s, a) => s === -1 || m.prefs[a]!.includes(s)) && m.seats.every((seats, s) => match.filter((x) => x === s).length <= seats);

/** Every stable matching, by brute force over all assignments (tiny markets only). */
function stableMatchings(m: Market): number[][] {
  const found: number[][] = [];
  const walk = (match: number[]) => {
    if (match.length === m.prefs.length) {
      if (isFeasible(m, match) && !blockingPair(m, match)) found.push([...match]);
      return;
    }
    for (const s of [-1, ...m.prefs[match.length]!]) walk([...match, s]);
  };
  walk([]);
  return found;
}
const choiceRank = (m: Market, a: number, s: number) => (s === -1 ? Infinity : m.prefs[a]!.indexOf(s));

describe('allocation on random instances', () => {
  it('respects seats, gives only preferred schools, is stable and non-wasteful', () => {
    for (const input of instances(300, 1)) {
      const m = marketOf(input);
      const result = allocate(input);
      const match = matchOf(input, result);
      expect(isFeasible(m, match)).toBe(true);
      expect(blockingPair(m, match)).toBeNull();
      expect(blockingPair(m, match, true)).toBeNull();
      for (const s of result.perSchool) expect(s.filled).toBe(match.filter((x) => input.schools[x]?.schoolId === s.schoolId).length);
      // Unplaced: exactly the applicants without a school, best priority first for the bureau's manual placement.
      const unplacedIndices = result.unplaced.map((id) => input.applicants.findIndex((a) => a.applicantId === id));
      expect([...unplacedIndices].sort((x, y) => x - y)).toEqual(match.flatMap((s, a) => (s === -1 ? [a] : [])));
      expect(unplacedIndices.map((a) => m.priority(0, a))).toEqual(unplacedIndices.map((a) => m.priority(0, a)).sort((x, y) => x - y));
    }
  });

  it('is identical for the same input and seed, in any input order', () => {
    const rng = mulberry32(2);
    for (const input of instances(300, 2)) {
      const first = allocate(input);
      const again = allocate(structuredClone(input));
      const reordered = allocate({ ...input, schools: shuffled(rng, input.schools), applicants: shuffled(rng, input.applicants) });
      for (const other of [again, reordered]) {
        expect(other.applicantIds).toEqual(first.applicantIds);
        expect(other.assignedSchoolIds).toEqual(first.assignedSchoolIds);
        expect(other.perSchool).toEqual(first.perSchool);
        expect(other.unplaced).toEqual(first.unplaced);
        expect(other.inputHash).toBe(first.inputHash);
      }
    }
  });

  it('lets the seed decide only between equal points', () => {
    let changedByLottery = 0;
    for (const input of instances(300, 3)) {
      const a = allocate(input);
      const b = allocate({ ...input, seed: `${input.seed}-other` });
      if (JSON.stringify(matchOf(input, a)) !== JSON.stringify(matchOf(input, b))) changedByLottery++;
      for (const result of [a, b]) {
        // Nobody is kept out of a school they prefer by someone with fewer points, whatever the seed.
        const byPoints = { ...marketOf(input), priority: (_s: number, x: number) => -input.applicants[x]!.points };
        expect(blockingPair(byPoints, matchOf(input, result))).toBeNull();
      }
      const distinct = { ...input, applicants: input.applicants.map((x, i) => ({ ...x, points: (i * 7) % 61 })) };
      expect(assignmentsOf(allocate(distinct))).toEqual(assignmentsOf(allocate({ ...distinct, seed: 'another' })));
    }
    expect(changedByLottery).toBeGreaterThan(10); // the seed really is used
  });

  it('is the student-optimal stable matching (brute force on tiny instances)', () => {
    for (const input of instances(300, 4, TINY)) {
      const m = marketOf(input);
      const da = matchOf(input, allocate(input));
      const stable = stableMatchings(m);
      // One strict priority shared by all schools leaves exactly one stable matching: DA must be it.
      expect(stable).toEqual([da]);
      for (const other of stable) for (let a = 0; a < da.length; a++) expect(choiceRank(m, a, da[a]!)).toBeLessThanOrEqual(choiceRank(m, a, other[a]!));
    }
  });

  it('general DA equals the serial-dictatorship fast path under the global priority', () => {
    for (const input of instances(300, 5)) {
      const ix = indexAllocationInput(input);
      const { order, rank } = rankApplicants(input.seed, ix.applicantIds, ix.points);
      expect(deferredAcceptance(ix, order, (_s, a) => rank[a]!)).toEqual(deferredAcceptance(ix, order));
    }
  });

  it('general DA with school-specific priorities is stable and student-optimal', () => {
    const rng = mulberry32(6);
    let withChoice = 0;
    // About as many applicants as seats, full lists: tiny markets that often have several stable matchings.
    const clashing = Array.from({ length: 400 }, (): AllocationInput => {
      const ids = Array.from({ length: int(rng, 2, 4) }, (_, i) => `S${i}`);
      const applicants = ids.map((_, i) => ({ applicantId: `A${i}`, points: 0, preferences: shuffled(rng, ids) }));
      return { seed: 'clash', schools: ids.map((schoolId) => ({ schoolId, seats: 1 })), applicants };
    });
    for (const [i, input] of clashing.concat(instances(100, 7)).entries()) {
      const n = input.applicants.length;
      const perSchool = input.schools.map(() =>
        shuffled(
          rng,
          Array.from({ length: n }, (_, a) => a),
        ),
      );
      const m: Market = { ...marketOf(input), priority: (s, a) => perSchool[s]!.indexOf(a) };
      const ix = indexAllocationInput(input);
      const match = [...deferredAcceptance(ix, rankApplicants(input.seed, ix.applicantIds, ix.points).order, m.priority)];
      expect(isFeasible(m, match)).toBe(true);
      expect(blockingPair(m, match)).toBeNull();
      if (i >= 400) continue;
      const stable = stableMatchings(m);
      if (stable.length > 1) withChoice++;
      for (const other of stable) for (let a = 0; a < n; a++) expect(choiceRank(m, a, match[a]!)).toBeLessThanOrEqual(choiceRank(m, a, other[a]!));
    }
    expect(withChoice).toBeGreaterThan(50); // enough markets where optimality is not automatic
  });

  it('explains every outcome consistently with the cut-offs', () => {
    for (const input of instances(300, 8)) {
      const result = allocate(input);
      const schools = new Map(result.perSchool.map((s) => [s.schoolId, s]));
      for (const s of result.perSchool) expect(s.cutoffPoints === null).toBe(s.filled < s.seats || s.seats === 0);
      const assignments = assignmentsOf(result);
      for (const applicant of input.applicants) {
        const why = explain(result, input, applicant.applicantId);
        const assigned = assignments[applicant.applicantId]!;
        expect(why.assignedSchoolId).toBe(assigned);
        expect(why.preferences.map((p) => p.schoolId)).toEqual(applicant.preferences);
        const at = assigned === null ? applicant.preferences.length : applicant.preferences.indexOf(assigned);
        why.preferences.forEach((p, i) => {
          const school = schools.get(p.schoolId)!;
          expect(p.cutoffPoints).toBe(school.cutoffPoints);
          if (i > at) return expect(p.outcome).toBe('not_reached');
          if (i === at) return expect(p.outcome).toBe('admitted');
          // Rejected: the school is full and its last admitted outranks this applicant.
          if (school.seats === 0) return expect(p.outcome).toBe('no_seats');
          expect(school.filled).toBe(school.seats);
          const beaten =
            school.cutoffPoints! > applicant.points || (school.cutoffPoints === applicant.points && school.cutoffLotteryTicket! < why.lotteryTicket);
          expect(beaten).toBe(true);
          expect(p.outcome).toBe(school.cutoffPoints === applicant.points ? 'full_tie_lost_lottery' : 'below_cutoff');
        });
      }
    }
  });
});

describe('allocation by hand', () => {
  const seed = 'jiangbei-2027-grade1';

  it('publishes a lottery ticket anyone can recompute with sha256sum', () => {
    // printf '%s' 'jiangbei-2027-grade1:app-1' | sha256sum
    expect(lotteryTicket(seed, 'app-1')).toBe('db2080c51bdc2bb1f9ee7c508c7c87157e713306a6780ac92bdccedc955ad7ef');
    expect(lotteryTicket(seed, 'app-2')).toBe('5d00721e2e351055766a642993250332ff4358e5d0ae5ff0a47026212df150ac');
  });

  it('serves points first and explains each family’s result', () => {
    const input: AllocationInput = {
      seed,
      schools: [
        { schoolId: 'X', seats: 1 },
        { schoolId: 'Y', seats: 1 },
        { schoolId: 'Z', seats: 2 },
        { schoolId: 'W', seats: 3 },
      ],
      applicants: [
        { applicantId: 'p1', points: 90, preferences: ['X', 'Y'] },
        { applicantId: 'p2', points: 80, preferences: ['X', 'Z'] },
        { applicantId: 'p3', points: 80, preferences: ['X', 'Y'] },
        { applicantId: 'p4', points: 70, preferences: ['Y', 'Z'] },
        { applicantId: 'p5', points: 60, preferences: ['X'] },
      ],
    };
    const result = allocate(input);
    expect(assignmentsOf(result)).toEqual({ p1: 'X', p2: 'Z', p3: 'Y', p4: 'Z', p5: null });
    const tiedOrder = lotteryTicket(seed, 'p2') < lotteryTicket(seed, 'p3') ? ['p2', 'p3'] : ['p3', 'p2'];
    expect(result.applicantIds).toEqual(['p1', ...tiedOrder, 'p4', 'p5']); // priority order
    expect(result.unplaced).toEqual(['p5']);
    expect(result.perSchool.map((s) => [s.schoolId, s.filled, s.cutoffPoints])).toEqual([
      ['W', 0, null],
      ['X', 1, 90],
      ['Y', 1, 80],
      ['Z', 2, 70],
    ]);
    expect(explain(result, input, 'p1').preferences.map((p) => p.outcome)).toEqual(['admitted', 'not_reached']);
    expect(explain(result, input, 'p3').preferences.map((p) => [p.outcome, p.cutoffPoints])).toEqual([
      ['below_cutoff', 90],
      ['admitted', 80],
    ]);
    expect(explain(result, input, 'p5')).toMatchObject({
      points: 60,
      assignedSchoolId: null,
      preferences: [{ schoolId: 'X', rank: 1, outcome: 'below_cutoff' }],
    });
    expect(() => explain(result, input, 'nobody')).toThrow(/not part of this allocation/);
  });

  it('breaks a tie by the smaller ticket and says so', () => {
    const input: AllocationInput = {
      seed,
      schools: [
        { schoolId: 'X', seats: 1 },
        { schoolId: 'N', seats: 0 },
      ],
      applicants: [
        { applicantId: 'app-1', points: 50, preferences: ['N', 'X'] },
        { applicantId: 'app-2', points: 50, preferences: ['X'] },
      ],
    };
    const result = allocate(input);
    expect(assignmentsOf(result)).toEqual({ 'app-1': null, 'app-2': 'X' }); // 5d00… < db20…
    expect(result.applicantIds).toEqual(['app-2', 'app-1']);
    expect(result.perSchool.find((s) => s.schoolId === 'X')).toMatchObject({ cutoffPoints: 50, cutoffLotteryTicket: lotteryTicket(seed, 'app-2') });
    expect(explain(result, input, 'app-1').preferences.map((p) => p.outcome)).toEqual(['no_seats', 'full_tie_lost_lottery']);
  });

  it('solves the classic 3×3 instance student-optimally', () => {
    // a: X>Y>Z, b: Y>X>Z, c: X>Y>Z; X ranks b>a>c, Y ranks a>b>c. Two stable matchings exist:
    // students' best {a:X, b:Y, c:Z} and schools' best {a:Y, b:X, c:Z}; student-proposing DA must find the first.
    const input: AllocationInput = {
      seed,
      schools: ['X', 'Y', 'Z'].map((schoolId) => ({ schoolId, seats: 1 })),
      applicants: [
        ['a', 'XYZ'],
        ['b', 'YXZ'],
        ['c', 'XYZ'],
      ].map(([applicantId, p]) => ({ applicantId: applicantId!, points: 0, preferences: [...p!] })),
    };
    const priorities = [
      [1, 0, 2],
      [0, 1, 2],
      [0, 1, 2],
    ]; // priorities[school][applicant], lower first
    const ix = indexAllocationInput(input);
    const order = rankApplicants(seed, ix.applicantIds, ix.points).order;
    expect([...deferredAcceptance(ix, order, (s, a) => priorities[s]![a]!)]).toEqual([0, 1, 2]);
    expect(stableMatchings({ ...marketOf(input), priority: (s, a) => priorities[s]![a]! })).toEqual(
      expect.arrayContaining([
        [0, 1, 2],
        [1, 0, 2],
      ]),
    );
  });

  it('hashes the input canonically: order does not matter, content does', () => {
    const rng = mulberry32(9);
    const input = randomInput(rng, NORMAL);
    const hash = hashAllocationInput(input);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAllocationInput({ ...input, schools: shuffled(rng, input.schools), applicants: shuffled(rng, input.applicants) })).toBe(hash);
    const first = input.applicants[0]!;
    const changed: AllocationInput[] = [
      { ...input, seed: `${input.seed}x` },
      { ...input, schools: input.schools.map((s, i) => (i === 0 ? { ...s, seats: s.seats + 1 } : s)) },
      { ...input, applicants: [{ ...first, points: first.points + 0.5 }, ...input.applicants.slice(1)] },
      { ...input, applicants: [{ ...first, preferences: [...first.preferences, 'S-new'] }, ...input.applicants.slice(1)] },
      { ...input, applicants: [{ ...first, applicantId: 'A-renamed' }, ...input.applicants.slice(1)] },
    ];
    for (const other of changed) expect(hashAllocationInput(other)).not.toBe(hash);
    const swapped = { ...input, applicants: [{ ...first, preferences: ['S0', 'S1'] }] };
    expect(hashAllocationInput(swapped)).not.toBe(hashAllocationInput({ ...swapped, applicants: [{ ...first, preferences: ['S1', 'S0'] }] }));
  });

  it('publishes the canonical input form that the hash covers', () => {
    const input: AllocationInput = {
      seed: 'S"1',
      schools: [
        { schoolId: 'b', seats: 2 },
        { schoolId: 'a', seats: 0 },
      ],
      applicants: [
        { applicantId: 'z', points: 1.5, preferences: ['b', 'a'] },
        { applicantId: 'y', points: 0, preferences: [] },
      ],
    };
    const text = canonicalAllocationInput(input);
    expect(text).toBe(
      '"shuangcheng/allocation-input/v1"\n["seed","S\\"1"]\n["school","a",0]\n["school","b",2]\n' + '["applicant","y",0,[]]\n["applicant","z",1.5,["b","a"]]\n',
    );
    expect(hashAllocationInput(input)).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('refuses invalid input with a clear reason', () => {
    const school = { schoolId: 'X', seats: 1 };
    const applicant = { applicantId: 'a1', points: 10, preferences: ['X'] };
    const cases: [string, AllocationInput][] = [
      ['empty_seed', { seed: ' ', schools: [school], applicants: [applicant] }],
      ['duplicate_school', { seed, schools: [school, school], applicants: [] }],
      ['invalid_seats', { seed, schools: [{ schoolId: 'X', seats: -1 }], applicants: [] }],
      ['invalid_seats', { seed, schools: [{ schoolId: 'X', seats: 1.5 }], applicants: [] }],
      ['duplicate_applicant', { seed, schools: [school], applicants: [applicant, applicant] }],
      ['invalid_points', { seed, schools: [school], applicants: [{ ...applicant, points: Number.NaN }] }],
      ['invalid_points', { seed, schools: [school], applicants: [{ ...applicant, points: Infinity }] }],
      ['unknown_school', { seed, schools: [school], applicants: [{ ...applicant, preferences: ['X', 'Q'] }] }],
      ['duplicate_preference', { seed, schools: [school], applicants: [{ ...applicant, preferences: ['X', 'X'] }] }],
    ];
    for (const [reason, input] of cases) {
      const error = (() => {
        try {
          allocate(input);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(AllocationInputError);
      expect(error).toMatchObject({ reason });
    }
    expect(() => allocate(cases[7]![1])).toThrow('Applicant a1 prefers unknown school Q');
    // The hash alone refuses duplicates too: such an input has no canonical form.
    expect(() => hashAllocationInput(cases[1]![1])).toThrow('School X is listed twice');
    expect(() => hashAllocationInput(cases[4]![1])).toThrow('Applicant a1 is listed twice');
    expect(allocate({ seed, schools: [], applicants: [] }).unplaced).toEqual([]);
  });
});
