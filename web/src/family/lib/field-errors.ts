import type { ApiError } from '../../lib/api-client.ts';

/**
 * The server's field errors by top-level field name ('/idNumber' → 'idNumber'), for the form to show under
 * each field; those no field of the form shows are left for the message above the form. A schema failure
 * explains each field; a rule of the domain explains itself in the error's message and only points.
 */
export function fieldErrorsOf(
  error: Pick<ApiError, 'code' | 'message' | 'fields'> | null | undefined,
  formFields: readonly string[],
): { byField: Record<string, string>; unmatched: boolean } {
  if (!error) return { byField: {}, unmatched: false };
  const byField: Record<string, string> = {};
  let unmatched = error.fields.length === 0;
  for (const f of error.fields) {
    const name = /^\/([^/]+)$/.exec(f.field)?.[1];
    if (name && formFields.includes(name)) byField[name] = error.code === 'request.invalid' ? f.message : error.message;
    else unmatched = true;
  }
  return { byField, unmatched };
}
