import type { FormInstance } from 'antd';
import type { ApiError, FieldError } from './api-client.ts';

/** '/seats/2/grade' → ['seats', 2, 'grade']; null when the field is not a JSON pointer (e.g. '第 17 行 / 学段'). */
export function pointerToName(pointer: string): (string | number)[] | null {
  if (!pointer.startsWith('/')) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's field errors under the matching form fields (a field is matched when its name is in
 * `formFields`) and returns the ones no field shows, for an alert above the form.
 */
export function showFieldErrors(form: FormInstance, apiError: ApiError, formFields: readonly string[]): FieldError[] {
  // Schema failures explain each field; a rule of the domain ('school code taken') explains itself in the
  // error's own message and only points at the field.
  const fields = apiError.code === 'request.invalid' ? apiError.fields : apiError.fields.map((f) => ({ field: f.field, message: apiError.message }));
  const unmatched: FieldError[] = [];
  const byName = new Map<string, string[]>();
  for (const error of fields) {
    const name = pointerToName(error.field);
    const top = name?.[0];
    if (name && name.length === 1 && typeof top === 'string' && formFields.includes(top)) {
      byName.set(top, [...(byName.get(top) ?? []), error.message]);
    } else {
      unmatched.push(error);
    }
  }
  form.setFields([...byName].map(([name, errors]) => ({ name, errors })));
  return unmatched;
}
