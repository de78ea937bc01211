import { calculatePoints, type PointsItem } from '../../../../../common/enrollment-points.ts';
import type { PointsLine } from '../api/review-types.ts';

export type PointsValues = Record<string, number | string | null | undefined>;

/** What the reviewer starts from: what was verified before, else what the family declared. */
export const initialVerified = (lines: readonly PointsLine[]): PointsValues =>
  Object.fromEntries(lines.map((line) => [line.key, line.verifiedValue ?? line.declaredValue ?? null]));

/** The body's `verified`: items left empty are left out (they count 0). */
export const toVerified = (values: PointsValues): Record<string, number | string> =>
  Object.fromEntries(Object.entries(values).filter((e): e is [string, number | string] => e[1] !== null && e[1] !== undefined && e[1] !== ''));

/**
 * The verified total and points per item as the server will compute them (the same calculator), from the
 * policy's items; values the items do not accept are left out rather than failing the preview.
 */
export function previewVerified(items: readonly PointsItem[], values: PointsValues): { total: number; byKey: Map<string, number> } {
  const usable = Object.fromEntries(Object.entries(toVerified(values)).filter(([key, value]) => {
    const item = items.find((i) => i.key === key);
    if (!item) return false;
    return item.kind === 'per_month' ? typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1200 : (item.options ?? []).some((o) => o.value === value);
  }));
  const result = calculatePoints([...items], usable);
  return { total: result.total, byKey: new Map(result.items.map((i) => [i.key, i.points])) };
}
