import type { DeclaredPoints, PolicyPointsItem } from '../../../types.ts';

/** What the points fields hold while typing: months as text, options as their value ('' = not declared). */
export type PointsFormValues = Record<string, string>;

export function toFormValues(items: PolicyPointsItem[], declared: DeclaredPoints): PointsFormValues {
  return Object.fromEntries(items.map((item) => [item.key, declared[item.key] === undefined ? '' : String(declared[item.key])]));
}

/** Full-width digits as typed on Chinese keyboards count as digits. */
const asciiDigits = (value: string) => value.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)).trim();

/**
 * The declared facts to save and simulate, and the keys whose text is not whole months (0–1200).
 * Empty fields are left out: an item not declared counts 0.
 */
export function toDeclared(items: PolicyPointsItem[], values: PointsFormValues): { declared: DeclaredPoints; invalid: string[] } {
  const declared: DeclaredPoints = {};
  const invalid: string[] = [];
  for (const item of items) {
    const raw = asciiDigits(values[item.key] ?? '');
    if (raw === '') continue;
    if (item.kind === 'choice') {
      if ((item.options ?? []).some((o) => o.value === raw)) declared[item.key] = raw;
      else invalid.push(item.key);
      continue;
    }
    const months = Number(raw);
    if (/^\d+$/.test(raw) && months <= 1200) declared[item.key] = months;
    else invalid.push(item.key);
  }
  return { declared, invalid };
}
