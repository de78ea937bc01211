import { describe, expect, it } from 'vitest';
import { dashboardSearchParams, mapMonths, parseDashboardView } from './dashboard-filter.ts';

describe('the dashboard’s choices', () => {
  it('round-trip through the address, defaults left out', () => {
    const params = new URLSearchParams('region=500105&from=2025-01&to=2025-12&dormant=3');
    const view = parseDashboardView(params);
    expect(view).toEqual({ regionId: '500105', from: '2025-01', to: '2025-12', dormantMonths: 3 });
    expect(dashboardSearchParams(view).toString()).toBe(params.toString());
    expect(dashboardSearchParams(parseDashboardView(new URLSearchParams(''))).toString()).toBe('');
  });

  it('drop a period that is malformed, half given or backwards', () => {
    expect(parseDashboardView(new URLSearchParams('from=2025-13&to=2025-12'))).toEqual({ regionId: undefined, dormantMonths: 6 });
    expect(parseDashboardView(new URLSearchParams('from=2025-01'))).toEqual({ regionId: undefined, dormantMonths: 6 });
    expect(parseDashboardView(new URLSearchParams('from=2025-06&to=2025-01&dormant=99'))).toEqual({ regionId: undefined, dormantMonths: 6 });
  });

  it('count the map’s months from the period', () => {
    expect(mapMonths({})).toBe(12);
    expect(mapMonths({ from: '2025-01', to: '2025-12' })).toBe(12);
    expect(mapMonths({ from: '2024-11', to: '2025-02' })).toBe(4);
    expect(mapMonths({ from: '2020-01', to: '2025-12' })).toBe(36);
  });
});
