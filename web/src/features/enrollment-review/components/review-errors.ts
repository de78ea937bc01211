import { ApiError } from '../../../lib/api-client.ts';

/**
 * Someone else acted first: a stale version (resource.conflict) or a status that has moved on (another
 * reviewer approved, the family withdrew). The page says so and shows the application as it is now.
 */
export const isStale = (error: unknown): error is ApiError =>
  error instanceof ApiError &&
  error.status === 409 &&
  ['resource.conflict', 'enrollment.application_status_invalid', 'enrollment.document_superseded'].includes(error.code);
