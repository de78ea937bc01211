import {
  AllocationInputError,
  type AllocationInput,
  type AllocationResult,
  type ApplicantExplanation,
  type IndexedInput,
  type PreferenceOutcome,
  type SchoolOutcome,
} from './allocation.types.ts';
import { hashIndexedInput } from './input-hash.ts';
import { compareCodeUnits, lotteryOrder, lotteryTicket } from './lottery.ts';

/**
 * A school's priority over applicants (school and applicant as dense indices): lower value = admitted first.
 * Must be strict per school (no two applicants equal), e.g. `class * n + globalRank` for sibling or catchment priority.
 */
export type SchoolPriority = (school: number, applicant: number) => number;

/**
 * Validates and indexes; throws AllocationInputError naming the first offending id. Unique applicant ids are
 * checked by hashIndexedInput, which sorts them anyway (allocate() calls both).
 */
export function indexAllocationInput(input: AllocationInput): IndexedInput {
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

/**
 * Student-proposing deferred acceptance (Gale–Shapley): the stable matching every applicant likes best.
 * Returns applicant → school index, -1 if unplaced. Without `priority` every school ranks applicants by the
 * same global `order`; DA then equals serial dictatorship in that order, which needs one pass and no heaps.
 */
export function deferredAcceptance(ix: IndexedInput, order: Int32Array, priority?: SchoolPriority): Int32Array {
  return priority ? proposeAndReject(ix, priority) : serialDictatorship(ix, order);
}

function serialDictatorship(ix: IndexedInput, order: Int32Array): Int32Array {
  const assigned = new Int32Array(ix.applicantIds.length).fill(-1);
  const filled = new Int32Array(ix.seats.length);
  const { prefStart, prefSchool, seats } = ix;
  for (let r = 0; r < order.length; r++) {
    const a = order[r]!;
    for (let p = prefStart[a]!; p < prefStart[a + 1]!; p++) {
      const s = prefSchool[p]!;
      if (filled[s]! < seats[s]!) {
        filled[s]!++;
        assigned[a] = s;
        break;
      }
    }
  }
  return assigned;
}

// General DA. Each school holds its tentative admits in a max-heap keyed by priority (root = worst held),
// all heaps packed in one typed array; a full school compares a proposer with its root only: O(log seats).
function proposeAndReject(ix: IndexedInput, priority: SchoolPriority): Int32Array {
  const n = ix.applicantIds.length;
  const m = ix.seats.length;
  // Heap capacity min(seats, applicants listing the school): huge seat counts cost no memory.
  const capacity = new Int32Array(m);
  for (const s of ix.prefSchool) capacity[s]!++;
  const base = new Int32Array(m + 1);
  for (let s = 0; s < m; s++) {
    capacity[s] = Math.min(capacity[s]!, ix.seats[s]!);
    base[s + 1] = base[s]! + capacity[s]!;
  }
  const heap = new Int32Array(base[m]!);
  const keys = new Float64Array(base[m]!);
  const size = new Int32Array(m);
  const next = ix.prefStart.slice(0, n); // next preference each applicant will propose to
  const free = new Int32Array(n);
  for (let a = 0; a < n; a++) free[a] = n - 1 - a;
  let top = n;
  while (top > 0) {
    let a = free[--top]!;
    while (a >= 0 && next[a]! < ix.prefStart[a + 1]!) {
      const s = ix.prefSchool[next[a]!++]!;
      if (capacity[s] === 0) continue;
      const key = priority(s, a);
      const b = base[s]!;
      if (size[s]! < capacity[s]!) {
        siftUp(heap, keys, b, size[s]!++, a, key);
        a = -1;
      } else if (key < keys[b]!) {
        const evicted = heap[b]!;
        siftDown(heap, keys, b, size[s]!, a, key);
        a = evicted; // the evicted applicant proposes on, right away
      }
    }
  }
  const assigned = new Int32Array(n).fill(-1);
  for (let s = 0; s < m; s++) for (let i = base[s]!; i < base[s]! + size[s]!; i++) assigned[heap[i]!] = s;
  return assigned;
}

function siftUp(heap: Int32Array, keys: Float64Array, b: number, i: number, a: number, key: number): void {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (keys[b + parent]! >= key) break;
    heap[b + i] = heap[b + parent]!;
    keys[b + i] = keys[b + parent]!;
    i = parent;
  }
  heap[b + i] = a;
  keys[b + i] = key;
}

/** Puts (a, key) in place of the root and restores the max-heap of `size` entries. */
function siftDown(heap: Int32Array, keys: Float64Array, b: number, size: number, a: number, key: number): void {
  let i = 0;
  for (let c = 1; c < size; c = 2 * i + 1) {
    if (c + 1 < size && keys[b + c + 1]! > keys[b + c]!) c++;
    if (keys[b + c]! <= key) break;
    heap[b + i] = heap[b + c]!;
    keys[b + i] = keys[b + c]!;
    i = c;
  }
  heap[b + i] = a;
  keys[b + i] = key;
}

/** The dry run and the final run alike: validate, rank by points and lottery, allocate, summarise. */
export function allocate(input: AllocationInput): AllocationResult {
  const ix = indexAllocationInput(input);
  const inputHash = hashIndexedInput(input.seed, ix);
  const order = lotteryOrder(input.seed, ix.applicantIds, ix.points);
  const n = order.length;
  const { prefStart, prefSchool, seats } = ix;
  const applicantIds = new Array<string>(n);
  const assignedSchoolIds = new Array<string | null>(n);
  const unplaced: string[] = [];
  const filled = new Int32Array(seats.length);
  const lastAdmitted = new Int32Array(seats.length).fill(-1);
  // Serial dictatorship (deferredAcceptance() without school priorities) and the summary in one walk in priority
  // order: the output does not depend on input order, and each school's last admitted is its cut-off.
  for (let r = 0; r < n; r++) {
    const a = order[r]!;
    let s = -1;
    for (let p = prefStart[a]!; p < prefStart[a + 1]!; p++) {
      if (filled[prefSchool[p]!]! < seats[prefSchool[p]!]!) {
        s = prefSchool[p]!;
        break;
      }
    }
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
      cutoffLotteryTicket: isFull ? lotteryTicket(input.seed, ix.applicantIds[cutoff]!) : null,
    };
  });
  perSchool.sort((x, y) => compareCodeUnits(x.schoolId, y.schoolId));
  return { seed: input.seed, inputHash, applicantIds, assignedSchoolIds, perSchool, unplaced };
}

// Look-ups for explain(), built once per result/input: a bureau may explain every applicant of a run.
const schoolsOf = new WeakMap<AllocationResult, Map<string, SchoolOutcome>>();
const positionsOf = new WeakMap<AllocationResult, Map<string, number>>();
const applicantsOf = new WeakMap<AllocationInput, Map<string, AllocationInput['applicants'][number]>>();

/**
 * What a family sees: their points, lottery ticket, and for each preferred school its cut-off and why they were
 * or were not admitted there. Derived from the published result alone, so it can be checked by anyone.
 */
export function explain(result: AllocationResult, input: AllocationInput, applicantId: string): ApplicantExplanation {
  let schools = schoolsOf.get(result);
  if (!schools) schoolsOf.set(result, (schools = new Map(result.perSchool.map((s) => [s.schoolId, s]))));
  let positions = positionsOf.get(result);
  if (!positions) positionsOf.set(result, (positions = new Map(result.applicantIds.map((id, r) => [id, r]))));
  let applicants = applicantsOf.get(input);
  if (!applicants) applicantsOf.set(input, (applicants = new Map(input.applicants.map((a) => [a.applicantId, a]))));
  const applicant = applicants.get(applicantId);
  if (!applicant) throw new Error(`Applicant ${applicantId} is not part of this allocation`);
  const ticket = lotteryTicket(result.seed, applicantId);
  const assignedSchoolId = result.assignedSchoolIds[positions.get(applicantId) ?? -1] ?? null;
  let isReached = true;
  const preferences = applicant.preferences.map((schoolId, i) => {
    const school = schools.get(schoolId);
    if (!school) throw new Error(`School ${schoolId} is not part of this allocation`);
    let outcome: PreferenceOutcome;
    if (!isReached) outcome = 'not_reached';
    else if (schoolId === assignedSchoolId) {
      outcome = 'admitted';
      isReached = false;
    } else outcome = rejectionReason(school, applicant.points, ticket);
    return { schoolId, rank: i + 1, cutoffPoints: school.cutoffPoints, outcome };
  });
  return { applicantId, points: applicant.points, lotteryTicket: ticket, assignedSchoolId, preferences };
}

// A rejection is only ever explained by a full school whose cut-off outranks the applicant; anything else
// means result and input do not belong together, and saying so beats telling a family something false.
function rejectionReason(school: SchoolOutcome, points: number, ticket: string): PreferenceOutcome {
  if (school.seats === 0) return 'no_seats';
  const { cutoffPoints, cutoffLotteryTicket } = school;
  if (cutoffPoints !== null && cutoffPoints > points) return 'below_cutoff';
  if (cutoffPoints === points && cutoffLotteryTicket !== null && cutoffLotteryTicket <= ticket) return 'full_tie_lost_lottery';
  throw new Error(`Result does not match input: school ${school.schoolId} would have admitted this applicant`);
}
