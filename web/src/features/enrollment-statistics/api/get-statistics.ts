import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type {
  FunnelCounts,
  FunnelRow,
  Statistics,
  StatisticsGroup,
  StatisticsQuery,
} from '../../../../../server/src/modules/enrollment/statistics/statistics.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export type EnrollmentStatistics = Statistics;
export type { FunnelCounts, FunnelRow, StatisticsGroup };
export type StatisticsFilter = StatisticsQuery;

/** The server's STATISTICS_GROUPS, in the order the page offers them (a value import would bundle server code). */
export const STATISTICS_GROUPS = ['hostDistrict', 'originProvince', 'originCity', 'school', 'grade'] as const satisfies readonly StatisticsGroup[];

/** The funnel of the caller's jurisdiction (every grouping at once: switching groups asks nothing more). */
export const getStatistics = (filter: StatisticsFilter, signal?: AbortSignal) => api.get<Statistics>('/enrollment/statistics', { ...filter }, signal);

export const statisticsQueryOptions = (filter: StatisticsFilter) =>
  queryOptions({
    queryKey: ['enrollment-statistics', filter],
    queryFn: ({ signal }) => getStatistics(filter, signal),
    placeholderData: keepPreviousData,
  });

export const useStatistics = (filter: StatisticsFilter) => useQuery(statisticsQueryOptions(filter));
