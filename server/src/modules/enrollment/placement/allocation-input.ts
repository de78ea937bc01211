import { createHash } from 'node:crypto';
import { AppError } from '../../../platform/http/errors.ts';
import { allocate } from '../allocation/deferred-acceptance.ts';
import { AllocationInputError, type AllocationInput, type AllocationResult } from '../allocation/allocation.types.ts';
import type { ParticipantRow, SchoolRow } from './allocation.repository.ts';

/*
 * From database rows to the engine's input, and the engine's result to a hash. Applicants are named by their
 * application reference (the one on the public list), so a family can recompute its own lottery ticket:
 *   printf '%s' "$SEED:$REFERENCE" | sha256sum
 */
export const TICKET_RULE = 'ticket = SHA-256(seed + ":" + application reference), lowercase hex; equal points: smaller ticket first';

export interface RoundInput {
  input: AllocationInput;
  /** reference → the participating application. */
  byReference: Map<string, ParticipantRow>;
  /** application id → preferred school ids, best first. */
  preferences: Map<string, string[]>;
}

/**
 * Points: verified points on a points route; a route decided by eligibility alone (no_points) gives 0, so its
 * applicants are ordered by the lottery alone. Seats: the designated school's seats less those already held.
 */
export function buildRoundInput(
  seed: string,
  schools: readonly SchoolRow[],
  held: ReadonlyMap<string, number>,
  participants: readonly ParticipantRow[],
  preferenceRows: readonly { application_id: string; school_id: string }[],
): RoundInput {
  const preferences = new Map<string, string[]>();
  for (const row of preferenceRows) {
    const list = preferences.get(row.application_id);
    if (list) list.push(row.school_id);
    else preferences.set(row.application_id, [row.school_id]);
  }
  const missingPoints = participants.filter((p) => p.admission_basis === 'points' && p.points_verified === null).length;
  if (missingPoints > 0) throw new AppError('enrollment.allocation_points_missing', 409, { count: missingPoints });
  const byReference = new Map(participants.map((p) => [p.reference, p]));
  const input: AllocationInput = {
    seed,
    schools: schools.map((s) => ({ schoolId: s.school_id, seats: Math.max(0, s.seats - (held.get(s.school_id) ?? 0)) })),
    applicants: participants.map((p) => ({
      applicantId: p.reference,
      points: p.admission_basis === 'points' ? p.points_verified! : 0,
      preferences: preferences.get(p.id) ?? [],
    })),
  };
  return { input, byReference, preferences };
}

/** The engine, with its input errors (which validation upstream should have made impossible) as a clear 409. */
export function runAllocation(input: AllocationInput): AllocationResult {
  try {
    return allocate(input);
  } catch (error) {
    if (error instanceof AllocationInputError) throw new AppError('enrollment.allocation_input_invalid', 409, { detail: error.message });
    throw error;
  }
}

/*
 * Canonical form of a result, hashed like the input (input-hash.ts): UTF-8 lines, each a JSON array,
 *   "shuangcheng/allocation-result/v1"
 *   ["input",<inputHash>]
 *   ["assignment",<reference>,<schoolId or null>]   one per applicant, in priority order (points, then ticket)
 * resultHash = lowercase hex SHA-256 of those bytes: the same seed and input always give the same hash.
 */
const RESULT_FORMAT = 'shuangcheng/allocation-result/v1';

export function hashAllocationResult(result: AllocationResult): string {
  const digest = createHash('sha256');
  let chunk = `${JSON.stringify(RESULT_FORMAT)}\n${JSON.stringify(['input', result.inputHash])}\n`;
  for (let r = 0; r < result.applicantIds.length; r++) {
    chunk += `${JSON.stringify(['assignment', result.applicantIds[r], result.assignedSchoolIds[r]])}\n`;
    if (chunk.length > 65_536) {
      digest.update(chunk);
      chunk = '';
    }
  }
  return digest.update(chunk).digest('hex');
}

/** What a run record keeps of each school (JSON in enrollment_allocation_runs.summary). */
export interface RunSummary {
  unplacedCount: number;
  schools: { schoolId: string; seats: number; filled: number; cutoffPoints: number | null; cutoffLotteryTicket: string | null }[];
}

export const summaryOf = (result: AllocationResult): RunSummary => ({ unplacedCount: result.unplaced.length, schools: result.perSchool });
