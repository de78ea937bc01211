import { calculatePoints, type DeclaredPoints, type PointsItem, type PointsResult } from '../../../../../common/enrollment-points.ts';
import type { ReviewApplicationView } from './review.schemas.ts';

/** Stored values that the (frozen) rules no longer name are left out rather than breaking the reviewer's page. */
function score(items: PointsItem[], values: DeclaredPoints): PointsResult {
  const known = new Map(items.map((item) => [item.key, item]));
  const usable = Object.fromEntries(
    Object.entries(values).filter(([key, value]) => {
      const item = known.get(key);
      if (!item) return false;
      return item.kind === 'per_month'
        ? typeof value === 'number' && Number.isInteger(value) && value >= 0
        : (item.options ?? []).some((o) => o.value === value);
    }),
  );
  return calculatePoints(items, usable);
}

const parse = (json: string | null): DeclaredPoints | null => (json === null ? null : (JSON.parse(json) as DeclaredPoints));

/** An item's value for comparison: a per-month item left out counts 0 months, a choice left out is no option. */
const comparable = (item: PointsItem, values: DeclaredPoints): number | string | null => values[item.key] ?? (item.kind === 'per_month' ? 0 : null);

/** The items whose verified value differs from the declared one: each needs the reviewer's reason. */
export function changedItems(items: PointsItem[], declared: DeclaredPoints, verified: DeclaredPoints): string[] {
  return items.filter((item) => comparable(item, declared) !== comparable(item, verified)).map((item) => item.key);
}

/** The reasons of the latest verification (they live in its 'points_verified' event, written once). */
export function verificationReasons(events: { kind: string; detail: string | null }[]): Record<string, string> {
  const latest = events.filter((e) => e.kind === 'points_verified').at(-1);
  const detail = latest?.detail ? (JSON.parse(latest.detail) as { reasons?: Record<string, string> }) : null;
  return detail?.reasons ?? {};
}

/** Declared against verified, item by item, with the same calculator the family's simulator uses. */
export function pointsBreakdown(
  items: PointsItem[],
  declaredJson: string,
  verifiedJson: string | null,
  isRequired: boolean,
  reasons: Record<string, string> = {},
): ReviewApplicationView['points'] {
  const declared = parse(declaredJson) ?? {};
  const verified = parse(verifiedJson);
  const declaredScore = score(items, declared);
  const verifiedScore = verified ? score(items, verified) : null;
  return {
    isRequired,
    declaredTotal: declaredScore.total,
    verifiedTotal: verifiedScore?.total ?? null,
    items: items.map((item, i) => ({
      key: item.key,
      nameZh: item.nameZh,
      nameEn: item.nameEn,
      kind: item.kind,
      cap: item.cap,
      options: item.options,
      declaredValue: declared[item.key] ?? null,
      declaredPoints: declaredScore.items[i]!.points,
      verifiedValue: verified ? (verified[item.key] ?? null) : null,
      verifiedPoints: verifiedScore ? verifiedScore.items[i]!.points : null,
      reason: verified ? (reasons[item.key] ?? null) : null,
    })),
  };
}
