import { calculatePoints, type DeclaredPoints, type PointsItem, type PointsResult } from '../../../../../common/enrollment-points.ts';
import type { ReviewApplicationView } from './review.schemas.ts';

/** Stored values that the (frozen) rules no longer name are left out rather than breaking the reviewer's page. */
function score(items: PointsItem[], values: DeclaredPoints): PointsResult {
  const known = new Map(items.map((item) => [item.key, item]));
  const usable = Object.fromEntries(Object.entries(values).filter(([key, value]) => {
    const item = known.get(key);
    if (!item) return false;
    return item.kind === 'per_month' ? typeof value === 'number' && Number.isInteger(value) && value >= 0 : (item.options ?? []).some((o) => o.value === value);
  }));
  return calculatePoints(items, usable);
}

const parse = (json: string | null): DeclaredPoints | null => (json === null ? null : (JSON.parse(json) as DeclaredPoints));

/** Declared against verified, item by item, with the same calculator the family's simulator uses. */
export function pointsBreakdown(items: PointsItem[], declaredJson: string, verifiedJson: string | null, isRequired: boolean): ReviewApplicationView['points'] {
  const declared = parse(declaredJson) ?? {};
  const verified = parse(verifiedJson);
  const declaredScore = score(items, declared);
  const verifiedScore = verified ? score(items, verified) : null;
  return {
    isRequired,
    declaredTotal: declaredScore.total,
    verifiedTotal: verifiedScore?.total ?? null,
    items: items.map((item, i) => ({
      key: item.key, nameZh: item.nameZh, nameEn: item.nameEn, kind: item.kind, cap: item.cap, options: item.options,
      declaredValue: declared[item.key] ?? null,
      declaredPoints: declaredScore.items[i]!.points,
      verifiedValue: verified ? (verified[item.key] ?? null) : null,
      verifiedPoints: verifiedScore ? verifiedScore.items[i]!.points : null,
    })),
  };
}
