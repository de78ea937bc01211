import { ApiError, type FieldError } from '../../../lib/api-client.ts';

/** Answers that list the draft's problems field by field (schema failures, contradictions, gaps before publishing). */
const PROBLEM_CODES = new Set(['request.invalid', 'enrollment.policy_invalid', 'enrollment.policy_incomplete']);

export const isConflict = (error: unknown): error is ApiError => error instanceof ApiError && error.code === 'resource.conflict';

/** The problems an answer lists, or none when it is another kind of failure. */
export function problemsOf(error: unknown): FieldError[] {
  return error instanceof ApiError && PROBLEM_CODES.has(error.code) ? error.fields : [];
}
