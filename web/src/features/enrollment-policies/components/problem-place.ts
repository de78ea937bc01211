import { pointerToName } from '../../../lib/form-errors.ts';

/** The parts of the editor a problem can be in, in the order the editor shows them. */
export const POLICY_SECTIONS = ['basics', 'routes', 'schools', 'pointsItems'] as const;
export type PolicySection = (typeof POLICY_SECTIONS)[number];

/** Where a field error points, in the editor's terms. */
export interface ProblemPlace {
  section: PolicySection;
  /** Which route, school or points item (0-based); null for the section as a whole or a basic field. */
  index: number | null;
  /** A list inside the item (a route's materials, an item's options) and the entry in it. */
  inner: { list: string; index: number | null } | null;
  /** The field's own name ('windowClosesAt', 'material', 'schoolId'), null for a whole item or list. */
  field: string | null;
  /** The form field's name path (for antd's setFields), null when it is no field (e.g. a querystring). */
  name: (string | number)[] | null;
}

const LISTS = new Set<string>(['routes', 'schools', 'pointsItems']);

/** '/routes/0/materials/1/material' → routes · item 0 · materials 1 · material. */
export function placeOf(pointer: string): ProblemPlace {
  const name = pointerToName(pointer);
  if (!name || name.length === 0) return { section: 'basics', index: null, inner: null, field: null, name: null };
  const [head, index, ...rest] = name;
  if (typeof head !== 'string' || !LISTS.has(head)) {
    return { section: 'basics', index: null, inner: null, field: typeof head === 'string' ? head : null, name };
  }
  const section = head as PolicySection;
  if (typeof index !== 'number') return { section, index: null, inner: null, field: null, name };
  const [first, innerIndex, ...tail] = rest;
  // A nested list ('materials', 'options') is followed by its index; anything else is a field of the item.
  if (typeof first === 'string' && (typeof innerIndex === 'number' || (innerIndex === undefined && (first === 'materials' || first === 'options')))) {
    const field = tail.filter((p): p is string => typeof p === 'string').at(-1) ?? null;
    return { section, index, inner: { list: first, index: typeof innerIndex === 'number' ? innerIndex : null }, field, name };
  }
  const field = rest.filter((p): p is string => typeof p === 'string').at(-1) ?? null;
  return { section, index, inner: null, field, name };
}
