import { hash } from 'node:crypto';
import { radixPass } from './radix-sort.ts';

/*
 * The published tie-break rule (公开摇号规则), identical at every school ("single tie-breaking", which keeps
 * the allocation strategy-proof for families):
 *
 *   ticket(applicant) = lowercase hex of SHA-256( UTF-8( seed + ":" + applicantId ) )
 *
 * Priority: more verified points first; among equal points the smaller ticket first (tickets compared as
 * 256-bit unsigned numbers, i.e. as 64-character hex strings); equal tickets — never seen in practice —
 * by applicantId in UTF-16 code-unit order. Anyone can check a ticket with:
 *
 *   printf '%s' "$SEED:$APPLICANT_ID" | sha256sum
 *
 * The seed is published before the run, so nobody can steer it towards a wanted outcome afterwards.
 */
export function lotteryTicket(seed: string, applicantId: string): string {
  // One-shot crypto.hash: ~7x faster than createHmac per call, which matters at a million applicants.
  return hash('sha256', `${seed}:${applicantId}`, 'hex');
}

/** Code-unit order, the same in every locale (localeCompare would not be reproducible). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Applicant indices in priority order (best first), per the rule above. Returns `order` (position → applicant)
 * and `rank` (applicant → position): rank is the global school priority, lower = served first.
 */
export function rankApplicants(
  seed: string,
  applicantIds: readonly string[],
  points: Float64Array,
): { order: Int32Array; rank: Int32Array } {
  const n = applicantIds.length;
  // Only the first 32 bits of each ticket are kept, as two 16-bit radix digits: a million 64-character
  // strings need not exist. Equal heads (about n²/2³³ pairs: ~100 among a million) are ordered by their
  // full tickets below, so the order is exactly the documented one.
  const high = new Uint16Array(n);
  const low = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    // 'binary' (latin1) gives the digest's bytes as char codes: cheaper than hex, and nothing to parse.
    const digest = hash('sha256', `${seed}:${applicantIds[i]!}`, 'binary');
    high[i] = (digest.charCodeAt(0) << 8) | digest.charCodeAt(1);
    low[i] = (digest.charCodeAt(2) << 8) | digest.charCodeAt(3);
  }
  const level = pointLevels(points);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const scratch = new Int32Array(n);
  radixPass(order, scratch, low, 0x10000);
  radixPass(order, scratch, high, 0x10000);
  radixPass(order, scratch, level.of, level.count);
  for (let start = 0, end = 1; start < n; start = end++) {
    const a = order[start]!;
    while (end < n && level.of[order[end]!] === level.of[a] && low[order[end]!] === low[a] && high[order[end]!] === high[a]) end++;
    if (end - start > 1) {
      const tied = [...order.subarray(start, end)].sort(
        (x, y) => compareCodeUnits(lotteryTicket(seed, applicantIds[x]!), lotteryTicket(seed, applicantIds[y]!)) || compareCodeUnits(applicantIds[x]!, applicantIds[y]!),
      );
      order.set(tied, start);
    }
  }
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  return { order, rank };
}

/**
 * Levels of the points, 0 = most points, in point order: equal points (0 and -0 too) share a level. Points in
 * quarter steps over a modest range (every real points table) map arithmetically; others through a Map.
 */
function pointLevels(points: Float64Array): { of: Int32Array; count: number } {
  const n = points.length;
  const of = new Int32Array(n);
  let most = -Infinity;
  let least = Infinity;
  let isQuarters = true;
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    if (p > most) most = p;
    if (p < least) least = p;
    if (!Number.isInteger(p * 4)) isQuarters = false;
  }
  if (n > 0 && isQuarters && (most - least) * 4 < 0x100000) {
    for (let i = 0; i < n; i++) of[i] = (most - points[i]!) * 4;
    return { of, count: (most - least) * 4 + 1 };
  }
  const levels = new Map<number, number>();
  for (const p of points) levels.set(p, 0);
  const distinct = [...levels.keys()].sort((a, b) => b - a);
  distinct.forEach((p, l) => levels.set(p, l));
  for (let i = 0; i < n; i++) of[i] = levels.get(points[i]!)!;
  return { of, count: distinct.length };
}
