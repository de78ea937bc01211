import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Page } from '../../../types/api.ts';
import type { Community, CommunityFilter } from './cooperation-types.ts';

export const getCommunities = (filter: CommunityFilter, signal?: AbortSignal) => api.get<Page<Community>>('/cooperation/communities', { ...filter }, signal);

export const communitiesQueryOptions = (filter: CommunityFilter) =>
  queryOptions({
    queryKey: ['cooperation', 'communities', filter],
    queryFn: ({ signal }) => getCommunities(filter, signal),
    placeholderData: keepPreviousData,
  });

export const useCommunities = (filter: CommunityFilter, enabled = true) => useQuery({ ...communitiesQueryOptions(filter), enabled });
