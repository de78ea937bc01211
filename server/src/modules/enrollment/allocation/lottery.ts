import { hash } from 'node:crypto';

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
export function rankApplicants(seed: string, applicantIds: readonly string[], points: Float64Array): { order: Int32Array; rank: Int32Array } {
  const order = lotteryOrder(seed, applicantIds, points);
  const rank = new Int32Array(order.length);
  for (let r = 0; r < order.length; r++) rank[order[r]!] = r;
  return { order, rank };
}

/** rankApplicants() without `rank`. */
export function lotteryOrder(seed: string, applicantIds: readonly string[], points: Float64Array): Int32Array {
  const n = applicantIds.length;
  // Only the first 32 bits of each ticket (its head) are kept: a million 64-character strings need not exist.
  // Equal heads (about n²/2³³ pairs: ~100 among a million) are ordered by their full tickets below, so the
  // order is exactly the documented one.
  let head = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // 'binary' (latin1) gives the digest's bytes as char codes: cheaper than hex, and nothing to parse.
    const digest = hash('sha256', `${seed}:${applicantIds[i]!}`, 'binary');
    head[i] = ((digest.charCodeAt(0) << 24) | (digest.charCodeAt(1) << 16) | (digest.charCodeAt(2) << 8) | digest.charCodeAt(3)) >>> 0;
  }
  const level = pointLevels(points);
  // LSD radix sort by (level, head): two 16-bit passes over the head, then one over the level. Each pass moves
  // the head along with the index, so the passes read in sequence instead of looking heads up at random.
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let nextOrder = new Int32Array(n);
  let nextHead = new Uint32Array(n);
  for (const shift of [0, 16]) {
    const count = new Int32Array(0x10001);
    for (let r = 0; r < n; r++) count[((head[r]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 0; d < 0x10000; d++) count[d + 1]! += count[d]!;
    for (let r = 0; r < n; r++) {
      const at = count[(head[r]! >>> shift) & 0xffff]!++;
      nextOrder[at] = order[r]!;
      nextHead[at] = head[r]!;
    }
    [order, nextOrder] = [nextOrder, order];
    [head, nextHead] = [nextHead, head];
  }
  const levelAt = new Int32Array(n);
  const count = new Int32Array(level.count + 1);
  for (let i = 0; i < n; i++) count[level.of[i]! + 1]!++;
  for (let l = 0; l < level.count; l++) count[l + 1]! += count[l]!;
  for (let r = 0; r < n; r++) {
    const l = level.of[order[r]!]!;
    const at = count[l]!++;
    nextOrder[at] = order[r]!;
    nextHead[at] = head[r]!;
    levelAt[at] = l;
  }
  [order, head] = [nextOrder, nextHead];
  for (let start = 0, end = 1; start < n; start = end++) {
    while (end < n && head[end] === head[start] && levelAt[end] === levelAt[start]) end++;
    if (end - start > 1) {
      const tied = [...order.subarray(start, end)].sort(
        (x, y) =>
          compareCodeUnits(lotteryTicket(seed, applicantIds[x]!), lotteryTicket(seed, applicantIds[y]!)) ||
          compareCodeUnits(applicantIds[x]!, applicantIds[y]!),
      );
      order.set(tied, start);
    }
  }
  return order;
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
