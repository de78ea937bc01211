import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PolicySummary } from '../../../../../server/src/modules/enrollment/policies/policies.schemas.ts';
import { api } from '../../../lib/api-client.ts';
import type { Page } from '../../../types/api.ts';

export type StatisticsPolicy = PolicySummary;

/** Policies to narrow the statistics to (drafts have no applications); the page keeps those of the caller's jurisdiction. */
export const getStatisticsPolicies = async (signal?: AbortSignal): Promise<PolicySummary[]> =>
  (await api.get<Page<PolicySummary>>('/enrollment/policies', { pageSize: 200 }, signal)).items.filter((p) => p.status !== 'draft');

export const statisticsPoliciesQueryOptions = () =>
  queryOptions({ queryKey: ['enrollment-statistics', 'policies'], queryFn: ({ signal }) => getStatisticsPolicies(signal), staleTime: 5 * 60_000 });

export const useStatisticsPolicies = () => useQuery(statisticsPoliciesQueryOptions());
