import { calculatePoints, type PointsItem } from '../../../../../common/enrollment-points.ts';
import type { PointsLine } from '../api/review-types.ts';

export type PointsValues = Record<string, number | string | null | undefined>;

/** What the reviewer starts from: what was verified before, else what the family declared. */
export const initialVerified = (lines: readonly PointsLine[]): PointsValues =>
  Object.fromEntries(lines.map((line) => [line.key, line.verifiedValue ?? line.declaredValue ?? null]));

/** The body's `verified`: items left empty are left out (they count 0). */
export const toVerified = (values: PointsValues): Record<string, number | string> =>
  Object.fromEntries(Object.entries(values).filter((e): e is [string, number | string] => e[1] !== null && e[1] !== undefined && e[1] !== ''));

/** A value for comparison: a month item left empty counts 0 months (as the server counts it), a choice left empty is none. */
const comparable = (line: PointsLine, value: number | string | null | undefined) =>
  value === null || value === undefined || value === '' ? (line.kind === 'per_month' ? 0 : null) : value;

/** The items whose value now differs from what the family declared: each needs a reason the family reads. */
export const changedKeys = (lines: readonly PointsLine[], values: PointsValues): string[] =>
  lines.filter((line) => comparable(line, values[line.key]) !== comparable(line, line.declaredValue)).map((line) => line.key);

/** The body's `reasons`: one per changed item, trimmed. */
export const reasonsFor = (changed: readonly string[], reasons: Record<string, string>): Record<string, string> =>
  Object.fromEntries(changed.map((key) => [key, (reasons[key] ?? '').trim()]));

/**
 * The verified total and points per item as the server will compute them (the same calculator), from the
 * policy's items; values the items do not accept are left out rather than failing the preview.
 */
export function previewVerified(items: readonly PointsItem[], values: PointsValues): { total: number; byKey: Map<string, number> } {
  const usable = Object.fromEntries(
    Object.entries(toVerified(values)).filter(([key, value]) => {
      const item = items.find((i) => i.key === key);
      if (!item) return false;
      return item.kind === 'per_month'
        ? typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1200
        : (item.options ?? []).some((o) => o.value === value);
    }),
  );
  const result = calculatePoints([...items], usable);
  return { total: result.total, byKey: new Map(result.items.map((i) => [i.key, i.points])) };
}
