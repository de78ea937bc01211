import type { Application, DeclaredPoints, PolicyPointsItem } from '../../../types.ts';

/** A declared (or verified) value as the family gave it: months, the option's name, or nothing. */
export type PointsValue = { kind: 'months'; months: number } | { kind: 'option'; labelZh: string; labelEn: string } | { kind: 'none' };

/** One points item of the application: what was declared and the points it gives. */
export interface DeclaredLine {
  key: string;
  nameZh: string;
  nameEn: string;
  value: PointsValue;
  points: number;
}

export function pointsValueOf(item: Pick<PolicyPointsItem, 'kind' | 'options'>, value: number | string | null | undefined): PointsValue {
  if (value === undefined || value === null) return { kind: 'none' };
  if (item.kind === 'per_month') return typeof value === 'number' ? { kind: 'months', months: value } : { kind: 'none' };
  const option = (item.options ?? []).find((o) => o.value === value);
  return option ? { kind: 'option', labelZh: option.labelZh, labelEn: option.labelEn } : { kind: 'none' };
}

/** The policy's points items with the family's declared value and its points (from the server's breakdown). */
export function declaredLines(items: PolicyPointsItem[], declared: DeclaredPoints, breakdown: Application['pointsBreakdown']): DeclaredLine[] {
  const points = new Map((breakdown?.items ?? []).map((i) => [i.key, i.points]));
  return items.map((item) => ({
    key: item.key,
    nameZh: item.nameZh,
    nameEn: item.nameEn,
    value: pointsValueOf(item, declared[item.key]),
    points: points.get(item.key) ?? 0,
  }));
}
