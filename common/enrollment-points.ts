import type { PointsItemKind } from './enrollment.ts';

/**
 * The points calculator (积分计算): pure, so the server's preview, the reviewer's breakdown and the web
 * simulator give the same numbers. Weights, caps and option points count to three decimals; every sum is
 * computed exactly in integer thousandths, and only a total is rounded: to two decimals, half up (`roundTotal`).
 */
export interface PointsOption {
  value: string;
  labelZh: string;
  labelEn: string;
  points: number;
}

export interface PointsItem {
  key: string;
  nameZh: string;
  nameEn: string;
  kind: PointsItemKind;
  /** per_month: points per month; unused for choice. */
  weight: number;
  /** The most points the item can give. */
  cap: number;
  /** choice only. */
  options: PointsOption[] | null;
}

/** Months for per_month items, an option value for choice items; an item left out counts 0. */
export type DeclaredPoints = Record<string, number | string>;

export interface ItemPoints {
  key: string;
  nameZh: string;
  nameEn: string;
  points: number;
  cap: number;
  /** The item already gives its maximum: declaring more cannot raise it. */
  capped: boolean;
}

/** What would raise the total: data for the client to phrase ("6 more months would add 3 points"). */
export type PointsHint =
  | { key: string; messageKey: 'points.more_months'; gain: number; months: number }
  | { key: string; messageKey: 'points.better_option'; gain: number; option: string };

export interface PointsResult {
  total: number;
  items: ItemPoints[];
  hints: PointsHint[];
}

export interface DeclaredProblem {
  key: string;
  reason: 'unknown_item' | 'not_months' | 'unknown_option';
}

export class DeclaredPointsError extends Error {
  constructor(readonly problems: DeclaredProblem[]) {
    super('declared points are invalid');
    this.name = 'DeclaredPointsError';
  }
}

/** Exact arithmetic: points as integer thousandths (0.1 is 100, 0.125 is 125), never binary fractions. */
const UNIT = 1000;
const toUnits = (points: number): number => Math.round(points * UNIT);
const fromUnits = (units: number): number => units / UNIT;

/** The one rounding of the points: a total in thousandths to hundredths, half up (points are never negative). */
export const roundTotal = (units: number): number => Math.floor((units + 5) / 10) / 100;

function validate(items: PointsItem[], declared: DeclaredPoints): DeclaredProblem[] {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const problems: DeclaredProblem[] = [];
  for (const [key, value] of Object.entries(declared)) {
    const item = byKey.get(key);
    if (!item) problems.push({ key, reason: 'unknown_item' });
    else if (item.kind === 'per_month' && !(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1200))
      problems.push({ key, reason: 'not_months' });
    else if (item.kind === 'choice' && !(item.options ?? []).some((o) => o.value === value)) problems.push({ key, reason: 'unknown_option' });
  }
  return problems;
}

/** An item's points and hint, in thousandths. */
function scoreItem(item: PointsItem, value: number | string | undefined): { units: number; hint: PointsHint | null } {
  const cap = toUnits(item.cap);
  if (item.kind === 'per_month') {
    const months = typeof value === 'number' ? value : 0;
    const weight = toUnits(item.weight);
    const units = Math.min(months * weight, cap);
    if (weight <= 0 || cap - units <= 0) return { units, hint: null };
    // Whole months needed to reach the cap from here.
    const needed = Math.ceil((cap - months * weight) / weight);
    return { units, hint: { key: item.key, messageKey: 'points.more_months', gain: fromUnits(cap - units), months: needed } };
  }
  const options = item.options ?? [];
  const chosen = options.find((o) => o.value === value);
  const units = Math.min(toUnits(chosen?.points ?? 0), cap);
  const best = options.reduce<PointsOption | null>((top, o) => (top === null || o.points > top.points ? o : top), null);
  const bestUnits = best ? Math.min(toUnits(best.points), cap) : 0;
  if (!best || bestUnits <= units) return { units, hint: null };
  return { units, hint: { key: item.key, messageKey: 'points.better_option', gain: fromUnits(bestUnits - units), option: best.value } };
}

/** Points of the declared facts, item by item (exact), with a hint for every item that could still give more. */
export function calculatePoints(items: PointsItem[], declared: DeclaredPoints): PointsResult {
  const problems = validate(items, declared);
  if (problems.length > 0) throw new DeclaredPointsError(problems);
  const scored = items.map((item) => ({ item, ...scoreItem(item, declared[item.key]) }));
  return {
    total: roundTotal(scored.reduce((sum, s) => sum + s.units, 0)),
    items: scored.map(({ item, units, hint }) => ({
      key: item.key,
      nameZh: item.nameZh,
      nameEn: item.nameEn,
      points: fromUnits(units),
      cap: item.cap,
      capped: hint === null && units >= toUnits(item.cap),
    })),
    hints: scored.flatMap((s) => (s.hint ? [s.hint] : [])),
  };
}

/** The most an item can give, in thousandths: its cap, or its best option when that is lower. */
function maxUnitsOf(item: PointsItem): number {
  if (item.kind === 'per_month') return item.weight > 0 ? toUnits(item.cap) : 0;
  const best = Math.max(0, ...(item.options ?? []).map((o) => toUnits(o.points)));
  return Math.min(best, toUnits(item.cap));
}

export interface PointsSimulation extends PointsResult {
  /** The most the policy's items can give together. */
  maxTotal: number;
}

/**
 * The simulator (积分模拟): the points of the declared facts, the most the items can give, and the hints
 * ordered by what they would add, largest first (ties keep the policy's item order).
 */
export function simulatePoints(items: PointsItem[], declared: DeclaredPoints): PointsSimulation {
  const result = calculatePoints(items, declared);
  const order = new Map(items.map((item, i) => [item.key, i]));
  const hints = [...result.hints].sort((a, b) => b.gain - a.gain || order.get(a.key)! - order.get(b.key)!);
  return { ...result, hints, maxTotal: roundTotal(items.reduce((sum, item) => sum + maxUnitsOf(item), 0)) };
}
