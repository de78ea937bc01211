import { createHash } from 'node:crypto';
import { AllocationInputError, type AllocationInput } from './allocation.types.ts';
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

/** Throws AllocationInputError on duplicate school or applicant ids: such an input has no canonical form. */
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
