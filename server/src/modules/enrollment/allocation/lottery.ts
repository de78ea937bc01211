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
export function rankApplicants(
  seed: string,
  applicantIds: readonly string[],
  points: Float64Array,
): { order: Int32Array; rank: Int32Array } {
  const n = applicantIds.length;
  // Only the first 48 bits of each ticket are kept, exact in a double: number comparison settles the ties,
  // and a million 64-character strings need not stay alive. Equal heads (about n²/2⁴⁹ pairs: none in
  // practice) recompute the full tickets, so the order is exactly the documented one.
  const head = new Float64Array(n);
  for (let i = 0; i < n; i++) head[i] = Number.parseInt(lotteryTicket(seed, applicantIds[i]!).slice(0, 12), 16);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(
    (a, b) =>
      points[b]! - points[a]! ||
      head[a]! - head[b]! ||
      compareCodeUnits(lotteryTicket(seed, applicantIds[a]!), lotteryTicket(seed, applicantIds[b]!)) ||
      compareCodeUnits(applicantIds[a]!, applicantIds[b]!),
  );
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  return { order, rank };
}
