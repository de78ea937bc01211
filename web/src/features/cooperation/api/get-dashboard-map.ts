import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MapData, MapFilter } from './dashboard-types.ts';

/** Schools with their activity and pairings with their dormancy, for the map. */
export const getDashboardMap = (filter: MapFilter, signal?: AbortSignal) => api.get<MapData>('/cooperation/dashboard/map', { ...filter }, signal);

export const dashboardMapQueryOptions = (filter: MapFilter) =>
  queryOptions({
    queryKey: ['cooperation', 'dashboard-map', filter],
    queryFn: ({ signal }) => getDashboardMap(filter, signal),
    placeholderData: keepPreviousData,
  });

export const useDashboardMap = (filter: MapFilter) => useQuery(dashboardMapQueryOptions(filter));
