import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { Locale } from '../../../../common/locales.ts';
import { fieldMessages, formatMessage } from '../i18n/error-messages.ts';
import type { FieldError } from './errors.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

// Bodies are validated strictly: unknown fields and wrong types are refused, never stripped or coerced.
// Query strings and path params arrive as text, so there (and only there) types are coerced.
const strictAjv = addFormats(new Ajv({ allErrors: true, removeAdditional: false, coerceTypes: false, useDefaults: true, strict: false }));
const coercingAjv = addFormats(new Ajv({ allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true, strict: false }));

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  return ajv.compile(schema as object) as ValidateFunction;
};

/** Turns AJV's errors into one localised message per field. */
export function toFieldErrors(errors: ErrorObject[], locale: Locale, prefix = ''): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    let field = error.instancePath || '/';
    let key = error.keyword as keyof typeof fieldMessages;
    const params: Record<string, string | number> = {};
    if (error.keyword === 'required') field = `${error.instancePath}/${(error.params as { missingProperty: string }).missingProperty}`;
    if (error.keyword === 'additionalProperties') field = `${error.instancePath}/${(error.params as { additionalProperty: string }).additionalProperty}`;
    if (error.keyword === 'type') params.type = String((error.params as { type: string }).type);
    if (error.keyword === 'enum') params.values = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ');
    if ('limit' in (error.params as object)) params.limit = Number((error.params as { limit: number }).limit);
    // anyOf of literals (TypeBox unions) reads best as an enum.
    if (error.keyword === 'const' || error.keyword === 'anyOf') key = 'invalid';
    if (!(key in fieldMessages)) key = 'invalid';
    const path = `${prefix}${field}`;
    if (seen.has(path)) continue;
    seen.add(path);
    result.push({ field: path, message: formatMessage(fieldMessages[key][locale], params) });
  }
  return result;
}
