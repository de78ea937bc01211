import { describe, expect, it } from 'vitest';
import type { AllocationRun, LotterySeed } from '../api/get-allocation-runs.ts';
import { allocationRounds, fillPercent, MAX_ROUND, shortHash, shownRun } from './allocation-rounds.ts';

const seed = (round: number): LotterySeed => ({ round, seed: `seed-${round}`, publishedAt: `2027-06-1${round}T00:00:00.000Z` });

function run(round: number, kind: AllocationRun['kind'], runAt: string): AllocationRun {
  return {
    id: `${kind}-${round}-${runAt}`,
    policyId: 'p',
    round,
    kind,
    seed: `seed-${round}`,
    inputHash: 'i',
    resultHash: 'r',
    applicantCount: 10,
    placedCount: 8,
    unplacedCount: 2,
    runByName: '江北区管理员',
    runAt,
    schools: [],
  };
}

describe('allocationRounds', () => {
  it('opens round 1 before anything ran', () => {
    expect(allocationRounds({ seeds: [], items: [] })).toEqual([{ round: 1, seed: null, final: null, latestDryRun: null, isOpen: true }]);
  });

  it('keeps round 1 open with its seed and newest dry run until the final run', () => {
    const [first] = allocationRounds({
      seeds: [seed(1)],
      items: [run(1, 'dry_run', '2027-06-12T01:00:00.000Z'), run(1, 'dry_run', '2027-06-12T03:00:00.000Z'), run(1, 'dry_run', '2027-06-12T02:00:00.000Z')],
    });
    expect(first?.isOpen).toBe(true);
    expect(first?.seed?.seed).toBe('seed-1');
    expect(first?.latestDryRun?.runAt).toBe('2027-06-12T03:00:00.000Z');
    expect(first && shownRun(first)?.kind).toBe('dry_run');
  });

  it('opens the next round after a final run and shows the final result of the closed one', () => {
    const rounds = allocationRounds({
      seeds: [seed(1)],
      items: [run(1, 'final', '2027-06-13T00:00:00.000Z'), run(1, 'dry_run', '2027-06-12T00:00:00.000Z')],
    });
    expect(rounds.map((r) => [r.round, r.isOpen])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(rounds[0] && shownRun(rounds[0])?.kind).toBe('final');
    expect(rounds[1]).toMatchObject({ seed: null, final: null, latestDryRun: null });
  });

  it('stops at the last round the server accepts', () => {
    const items = Array.from({ length: MAX_ROUND }, (_, i) => run(i + 1, 'final', `2027-07-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`));
    const rounds = allocationRounds({ seeds: [], items });
    expect(rounds).toHaveLength(MAX_ROUND);
    expect(rounds.some((r) => r.isOpen)).toBe(false);
  });
});

describe('fillPercent', () => {
  it('is the share of seats filled, rounded and capped', () => {
    expect(fillPercent(40, 30)).toBe(75);
    expect(fillPercent(3, 1)).toBe(33);
    expect(fillPercent(10, 12)).toBe(100);
  });

  it('does not divide by zero seats', () => {
    expect(fillPercent(0, 0)).toBe(0);
  });
});

describe('shortHash', () => {
  it('keeps both ends of a long hash', () => {
    expect(shortHash('0123456789abcdef0123456789abcdef')).toBe('01234567…89abcdef');
  });

  it('leaves short values alone', () => {
    expect(shortHash('abc')).toBe('abc');
  });
});
