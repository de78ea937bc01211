import type { DashboardFilter } from '../api/dashboard-types.ts';

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The dashboard's choices in the address: a region, a period of months, when a pairing counts as dormant. */
export interface DashboardView {
  regionId?: string;
  from?: string;
  to?: string;
  dormantMonths: number;
}

export function parseDashboardView(params: URLSearchParams): DashboardView {
  const region = params.get('region');
  const from = params.get('from');
  const to = params.get('to');
  const dormant = Number(params.get('dormant'));
  const period = from !== null && to !== null && MONTH.test(from) && MONTH.test(to) && from <= to ? { from, to } : {};
  return {
    regionId: region !== null && ID.test(region) ? region : undefined,
    ...period,
    dormantMonths: Number.isInteger(dormant) && dormant >= 1 && dormant <= 36 ? dormant : 6,
  };
}

export function dashboardSearchParams(view: DashboardView): URLSearchParams {
  const entries: [string, string | number | undefined][] = [
    ['region', view.regionId],
    ['from', view.from],
    ['to', view.to],
    ['dormant', view.dormantMonths === 6 ? undefined : view.dormantMonths],
  ];
  return new URLSearchParams(entries.filter((e): e is [string, string | number] => e[1] !== undefined).map(([k, v]) => [k, String(v)]));
}

export const toDashboardFilter = (view: DashboardView): DashboardFilter => ({ ...view });

/** The map counts activity over the months of the chosen period (12 when none is chosen), at most 36. */
export function mapMonths(view: Pick<DashboardView, 'from' | 'to'>): number {
  if (!view.from || !view.to) return 12;
  const [fy, fm] = view.from.split('-').map(Number) as [number, number];
  const [ty, tm] = view.to.split('-').map(Number) as [number, number];
  return Math.min(36, Math.max(1, (ty - fy) * 12 + (tm - fm) + 1));
}
