import { createHash } from 'node:crypto';
import type { AllocationInput } from './allocation.types.ts';
import { compareCodeUnits } from './lottery.ts';

/*
 * Canonical form of an allocation input, so that a recorded run can later be proven to have used exactly
 * these applicants, points, preferences, seats and seed — whatever order the database returned them in.
 * UTF-8 lines joined by "\n" (each line followed by "\n"), each a JSON array without spaces:
 *
 *   "shuangcheng/allocation-input/v1"
 *   ["seed",<seed>]
 *   ["school",<schoolId>,<seats>]                        one per school, sorted by schoolId
 *   ["applicant",<applicantId>,<points>,[<schoolId>,…]]   one per applicant, sorted by applicantId
 *
 * Sorting is by UTF-16 code units; preferences keep their rank order; numbers use JSON's shortest form.
 * inputHash = lowercase hex SHA-256 of those bytes.
 */
const FORMAT = 'shuangcheng/allocation-input/v1';

export function hashAllocationInput(input: AllocationInput): string {
  const digest = createHash('sha256');
  for (const line of canonicalLines(input)) digest.update(line);
  return digest.digest('hex');
}

/** The canonical form as text, for publishing next to the hash (small inputs; big ones stream through the hash). */
export function canonicalAllocationInput(input: AllocationInput): string {
  return [...canonicalLines(input)].join('');
}

// Lines are batched into ~64 KB chunks: one update() per line costs more than the hashing itself.
function* canonicalLines(input: AllocationInput): Generator<string> {
  let chunk = `${JSON.stringify(FORMAT)}\n${JSON.stringify(['seed', input.seed])}\n`;
  const schools = [...input.schools].sort((a, b) => compareCodeUnits(a.schoolId, b.schoolId));
  for (const s of schools) {
    chunk += `${JSON.stringify(['school', s.schoolId, s.seats])}\n`;
    if (chunk.length > 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  const applicants = [...input.applicants].sort((a, b) => compareCodeUnits(a.applicantId, b.applicantId));
  for (const a of applicants) {
    chunk += `${JSON.stringify(['applicant', a.applicantId, a.points, a.preferences])}\n`;
    if (chunk.length > 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk;
}
