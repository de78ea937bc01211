import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { PublicLists } from '../../../types.ts';

export interface PublicListQuery {
  reference?: string;
  page: number;
  pageSize: number;
}

/** The 公示 of a policy: anonymous, masked names only. */
export const getPublicLists = (policyId: string, query: PublicListQuery) =>
  api.get<PublicLists>(`/public/enrollment/policies/${encodeURIComponent(policyId)}/public-lists`, { ...query });

export const publicListsQueryOptions = (policyId: string, query: PublicListQuery) =>
  queryOptions({ queryKey: ['family', 'public-lists', policyId, query], queryFn: () => getPublicLists(policyId, query), placeholderData: keepPreviousData });

export const usePublicLists = (policyId: string, query: PublicListQuery) => useQuery(publicListsQueryOptions(policyId, query));
