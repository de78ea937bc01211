// Shapes of the allocation (派位) engine. Pure data: the enrollment service loads verified points and
// preferences from the database, calls allocate(), and stores or shows what comes back.

export interface AllocationSchool {
  schoolId: string;
  /** Seats of this school for the policy's grade; a non-negative integer (0 = listed but no seats this year). */
  seats: number;
}

export interface AllocationApplicant {
  applicantId: string;
  /** Verified points; higher is served first. Any finite number; ties are expected and broken by the lottery. */
  points: number;
  /** Ranked schoolIds, best first, no duplicates, each one of the input's schools. */
  preferences: string[];
}

export interface AllocationInput {
  schools: AllocationSchool[];
  applicants: AllocationApplicant[];
  /** Published before the run: with it and the input anyone can recompute every lottery ticket. */
  seed: string;
}

/** The input with dense integer indices (positions in the input arrays) and flat typed arrays: a million applicants fit in a few MB. */
export interface IndexedInput {
  schoolIds: string[];
  seats: Int32Array;
  applicantIds: string[];
  points: Float64Array;
  /** Preferences of applicant a are prefSchool[prefStart[a] .. prefStart[a + 1]), best first. */
  prefStart: Int32Array;
  prefSchool: Int32Array;
}

export interface SchoolOutcome {
  schoolId: string;
  seats: number;
  filled: number;
  /**
   * Points of the lowest-priority admitted applicant when the school is full (filled === seats > 0).
   * Null when a seat stayed free — everyone who reached this school got in — or when it has no seats.
   */
  cutoffPoints: number | null;
  /** Lottery ticket of that same applicant: decides between applicants with exactly the cut-off points. */
  cutoffLotteryTicket: string | null;
}

export interface AllocationResult {
  seed: string;
  /** SHA-256 of the canonical input (see input-hash.ts), recorded with the final run. */
  inputHash: string;
  /** Every applicant in priority order (points, then lottery): the order in which seats were handed out. */
  applicantIds: string[];
  /** assignedSchoolIds[i] is the school of applicantIds[i], null = unplaced. Two flat arrays, not a Map: a dry run over a million applicants should not pay for a hash table nobody reads. */
  assignedSchoolIds: (string | null)[];
  /** Sorted by schoolId. */
  perSchool: SchoolOutcome[];
  /** Unplaced applicants in priority order: the list the bureau places by hand (统筹安排). */
  unplaced: string[];
}

/**
 * Why a family got what it got, one entry per preferred school:
 * - admitted: the school they got;
 * - below_cutoff: the school filled with applicants of more points;
 * - full_tie_lost_lottery: the school filled and its last seat went to equal points with a better lottery ticket;
 * - no_seats: the school offered no seats;
 * - not_reached: a more preferred school admitted them, so this one was never needed.
 */
export type PreferenceOutcome = 'admitted' | 'below_cutoff' | 'full_tie_lost_lottery' | 'no_seats' | 'not_reached';

export interface PreferenceExplanation {
  schoolId: string;
  /** 1 = first choice. */
  rank: number;
  cutoffPoints: number | null;
  outcome: PreferenceOutcome;
}

export interface ApplicantExplanation {
  applicantId: string;
  points: number;
  lotteryTicket: string;
  assignedSchoolId: string | null;
  preferences: PreferenceExplanation[];
}

export type AllocationInputErrorReason =
  'empty_seed' | 'duplicate_school' | 'invalid_seats' | 'duplicate_applicant' | 'invalid_points' | 'unknown_school' | 'duplicate_preference';

/** A plain Error with a machine-readable reason, so the service layer can map it to an AppError code. */
export class AllocationInputError extends Error {
  constructor(
    readonly reason: AllocationInputErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'AllocationInputError';
  }
}
