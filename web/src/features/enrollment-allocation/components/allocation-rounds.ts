import type { AllocationRun, AllocationRunList, LotterySeed } from '../api/get-allocation-runs.ts';

/** The server's limit (placement.schemas.ts Round). */
export const MAX_ROUND = 20;

export interface RoundState {
  round: number;
  seed: LotterySeed | null;
  /** The round's one final run, once it ran. */
  final: AllocationRun | null;
  /** The newest dry run of the round, if any. */
  latestDryRun: AllocationRun | null;
  /** The round that can act now: the first one without a final run. */
  isOpen: boolean;
}

const newestFirst = (a: AllocationRun, b: AllocationRun) => b.runAt.localeCompare(a.runAt);

/**
 * Rounds 1 … the open one. A round may publish its seed and run only after the previous round's final run
 * (the server checks the same), so there is exactly one open round, unless all MAX_ROUND are final.
 */
export function allocationRounds({ seeds, items }: AllocationRunList): RoundState[] {
  const finals = new Map(items.filter((r) => r.kind === 'final').map((r) => [r.round, r]));
  let open = 1;
  while (finals.has(open) && open <= MAX_ROUND) open += 1;
  const last = Math.min(open, MAX_ROUND);
  return Array.from({ length: last }, (_, i) => {
    const round = i + 1;
    const dryRuns = items.filter((r) => r.round === round && r.kind === 'dry_run').sort(newestFirst);
    return {
      round,
      seed: seeds.find((s) => s.round === round) ?? null,
      final: finals.get(round) ?? null,
      latestDryRun: dryRuns[0] ?? null,
      isOpen: round === open,
    };
  });
}

/** The run the page shows for a round: the final one when it ran, else the newest dry run. */
export const shownRun = (state: RoundState): AllocationRun | null => state.final ?? state.latestDryRun;

/** Each school's share of its seats that the run filled, 0–100 (a school without seats counts as full when nobody was placed there). */
export function fillPercent(seats: number, placed: number): number {
  if (seats <= 0) return placed > 0 ? 100 : 0;
  return Math.min(100, Math.round((placed / seats) * 100));
}

/** The hash or seed as people compare them by eye: the first and last characters. */
export function shortHash(value: string, keep = 8): string {
  return value.length <= keep * 2 + 1 ? value : `${value.slice(0, keep)}…${value.slice(-keep)}`;
}
