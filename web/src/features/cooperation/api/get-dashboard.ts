import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { DashboardData, DashboardFilter } from './dashboard-types.ts';

/** Counts of the caller's jurisdiction (or of a region inside it; everything for the platform and coordination bodies). */
export const getDashboard = (filter: DashboardFilter, signal?: AbortSignal) => api.get<DashboardData>('/cooperation/dashboard', { ...filter }, signal);

export const dashboardQueryOptions = (filter: DashboardFilter) =>
  queryOptions({ queryKey: ['cooperation', 'dashboard', filter], queryFn: ({ signal }) => getDashboard(filter, signal), placeholderData: keepPreviousData });

export const useDashboard = (filter: DashboardFilter) => useQuery(dashboardQueryOptions(filter));
