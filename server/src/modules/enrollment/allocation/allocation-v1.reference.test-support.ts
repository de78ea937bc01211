// FROZEN, test-only: the allocation engine as it was at commit d07c04a (before the 2026-12 speed-up), so
// that tests can prove the current engine gives exactly the same placements, lottery order and input hash
// for the same seed, and the allocation bench can time it beside the current one. Never edit; never import
// outside tests and bench/. Serial dictatorship only (allocate() used no priority).
import { createHash, hash } from 'node:crypto';
import { AllocationInputError, type AllocationInput, type AllocationResult, type SchoolOutcome } from './allocation.types.ts';

export function lotteryTicketV1(seed: string, applicantId: string): string {
  // One-shot crypto.hash: ~7x faster than createHmac per call, which matters at a million applicants.
  return hash('sha256', `${seed}:${applicantId}`, 'hex');
}

/** Code-unit order, the same in every locale (localeCompare would not be reproducible). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Applicant indices in priority order (best first), per the rule above. Returns `order` (position → applicant)
 * and `rank` (applicant → position): rank is the global school priority, lower = served first.
 */
export function rankApplicantsV1(seed: string, applicantIds: readonly string[], points: Float64Array): { order: Int32Array; rank: Int32Array } {
  const n = applicantIds.length;
  // Only the first 48 bits of each ticket are kept, exact in a double: number comparison settles the ties,
  // and a million 64-character strings need not stay alive. Equal heads (about n²/2⁴⁹ pairs: none in
  // practice) recompute the full tickets, so the order is exactly the documented one.
  const head = new Float64Array(n);
  for (let i = 0; i < n; i++) head[i] = Number.parseInt(lotteryTicketV1(seed, applicantIds[i]!).slice(0, 12), 16);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort(
    (a, b) =>
      points[b]! - points[a]! ||
      head[a]! - head[b]! ||
      compareCodeUnits(lotteryTicketV1(seed, applicantIds[a]!), lotteryTicketV1(seed, applicantIds[b]!)) ||
      compareCodeUnits(applicantIds[a]!, applicantIds[b]!),
  );
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  return { order, rank };
}

const FORMAT = 'shuangcheng/allocation-input/v1';

/** Throws AllocationInputError on duplicate school or applicant ids: such an input has no canonical form. */
export function hashAllocationInputV1(input: AllocationInput): string {
  const digest = createHash('sha256');
  for (const line of canonicalLines(input)) digest.update(line);
  return digest.digest('hex');
}

// Lines are batched into ~64 KB chunks: one update() per line costs more than the hashing itself.
// Ids must be unique for the form to be canonical; the sort brings duplicates together, so they are caught
// here for the price of one comparison instead of a million-entry Set.
function* canonicalLines(input: AllocationInput): Generator<string> {
  let chunk = `${JSON.stringify(FORMAT)}\n${JSON.stringify(['seed', input.seed])}\n`;
  const schools = [...input.schools].sort((a, b) => compareCodeUnits(a.schoolId, b.schoolId));
  for (let i = 0; i < schools.length; i++) {
    const s = schools[i]!;
    if (s.schoolId === schools[i - 1]?.schoolId) throw new AllocationInputError('duplicate_school', `School ${s.schoolId} is listed twice`);
    chunk += `${JSON.stringify(['school', s.schoolId, s.seats])}\n`;
  }
  const applicants = [...input.applicants].sort((a, b) => compareCodeUnits(a.applicantId, b.applicantId));
  for (let i = 0; i < applicants.length; i++) {
    const a = applicants[i]!;
    if (a.applicantId === applicants[i - 1]?.applicantId) {
      throw new AllocationInputError('duplicate_applicant', `Applicant ${a.applicantId} is listed twice`);
    }
    chunk += `${JSON.stringify(['applicant', a.applicantId, a.points, a.preferences])}\n`;
    if (chunk.length > 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}

/** The input with dense integer indices (positions in the input arrays) and flat typed arrays: a million applicants fit in a few MB. */
interface IndexedInput {
  schoolIds: string[];
  seats: Int32Array;
  applicantIds: string[];
  points: Float64Array;
  /** Preferences of applicant a are prefSchool[prefStart[a] .. prefStart[a + 1]), best first. */
  prefStart: Int32Array;
  prefSchool: Int32Array;
}

/**
 * Validates and indexes; throws AllocationInputError naming the first offending id. Unique applicant ids are
 * checked by hashAllocationInput, which sorts them anyway (allocate() calls both).
 */
function indexAllocationInput(input: AllocationInput): IndexedInput {
  if (input.seed.trim() === '') throw new AllocationInputError('empty_seed', 'The lottery seed must not be empty');
  const schoolIndex = new Map<string, number>();
  const seats = new Int32Array(input.schools.length);
  input.schools.forEach((s, i) => {
    if (schoolIndex.has(s.schoolId)) throw new AllocationInputError('duplicate_school', `School ${s.schoolId} is listed twice`);
    if (!Number.isInteger(s.seats) || s.seats < 0 || s.seats > 0x7fffffff) {
      throw new AllocationInputError('invalid_seats', `School ${s.schoolId} has invalid seats ${s.seats}: a non-negative integer is required`);
    }
    schoolIndex.set(s.schoolId, i);
    seats[i] = s.seats;
  });
  const n = input.applicants.length;
  const applicantIds = new Array<string>(n);
  const points = new Float64Array(n);
  const prefStart = new Int32Array(n + 1);
  const prefSchool = new Int32Array(input.applicants.reduce((sum, a) => sum + a.preferences.length, 0));
  // seenBy[s] = last applicant who listed s: duplicate preferences found in O(1) without a Set per applicant.
  const seenBy = new Int32Array(input.schools.length).fill(-1);
  let k = 0;
  input.applicants.forEach((a, i) => {
    if (!Number.isFinite(a.points)) throw new AllocationInputError('invalid_points', `Applicant ${a.applicantId} has invalid points ${a.points}`);
    applicantIds[i] = a.applicantId;
    points[i] = a.points;
    prefStart[i] = k;
    for (const schoolId of a.preferences) {
      const s = schoolIndex.get(schoolId);
      if (s === undefined) throw new AllocationInputError('unknown_school', `Applicant ${a.applicantId} prefers unknown school ${schoolId}`);
      if (seenBy[s] === i) throw new AllocationInputError('duplicate_preference', `Applicant ${a.applicantId} lists school ${schoolId} twice`);
      seenBy[s] = i;
      prefSchool[k++] = s;
    }
  });
  prefStart[n] = k;
  return { schoolIds: input.schools.map((s) => s.schoolId), seats, applicantIds, points, prefStart, prefSchool };
}

function serialDictatorship(ix: IndexedInput, order: Int32Array): Int32Array {
  const assigned = new Int32Array(ix.applicantIds.length).fill(-1);
  const filled = new Int32Array(ix.seats.length);
  for (const a of order) {
    for (let p = ix.prefStart[a]!; p < ix.prefStart[a + 1]!; p++) {
      const s = ix.prefSchool[p]!;
      if (filled[s]! < ix.seats[s]!) {
        filled[s]!++;
        assigned[a] = s;
        break;
      }
    }
  }
  return assigned;
}

/** The dry run and the final run alike: validate, rank by points and lottery, allocate, summarise. */
export function allocateV1(input: AllocationInput): AllocationResult {
  const ix = indexAllocationInput(input);
  const inputHash = hashAllocationInputV1(input);
  const { order } = rankApplicantsV1(input.seed, ix.applicantIds, ix.points);
  const assigned = serialDictatorship(ix, order);
  const n = order.length;
  const applicantIds = new Array<string>(n);
  const assignedSchoolIds = new Array<string | null>(n);
  const unplaced: string[] = [];
  const filled = new Int32Array(ix.seats.length);
  const lastAdmitted = new Int32Array(ix.seats.length).fill(-1);
  // Walking in priority order makes the output independent of input order, and the last admitted the cut-off.
  for (let r = 0; r < n; r++) {
    const a = order[r]!;
    const s = assigned[a]!;
    applicantIds[r] = ix.applicantIds[a]!;
    assignedSchoolIds[r] = s < 0 ? null : ix.schoolIds[s]!;
    if (s < 0) unplaced.push(ix.applicantIds[a]!);
    else {
      filled[s]!++;
      lastAdmitted[s] = a;
    }
  }
  const perSchool = ix.schoolIds.map((schoolId, s): SchoolOutcome => {
    const isFull = ix.seats[s]! > 0 && filled[s] === ix.seats[s];
    const cutoff = lastAdmitted[s]!;
    return {
      schoolId,
      seats: ix.seats[s]!,
      filled: filled[s]!,
      cutoffPoints: isFull ? ix.points[cutoff]! : null,
      cutoffLotteryTicket: isFull ? lotteryTicketV1(input.seed, ix.applicantIds[cutoff]!) : null,
    };
  });
  perSchool.sort((x, y) => compareCodeUnits(x.schoolId, y.schoolId));
  return { seed: input.seed, inputHash, applicantIds, assignedSchoolIds, perSchool, unplaced };
}
