import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { UnplacedList } from '../../../../../server/src/modules/enrollment/placement/placement.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export type UnplacedApplications = UnplacedList;
export type UnplacedApplication = UnplacedList['items'][number];
export type SchoolFreeSeats = UnplacedList['schools'][number];

export interface UnplacedFilter {
  page: number;
  pageSize: number;
}

/** The 统筹安排 list, and the designated schools with their free seats right now. */
export const getUnplaced = (policyId: string, filter: UnplacedFilter, signal?: AbortSignal) =>
  api.get<UnplacedList>(`/enrollment/policies/${encodeURIComponent(policyId)}/unplaced`, { ...filter }, signal);

export const unplacedQueryOptions = (policyId: string, filter: UnplacedFilter) =>
  queryOptions({
    queryKey: ['enrollment-allocation', 'unplaced', policyId, filter],
    queryFn: ({ signal }) => getUnplaced(policyId, filter, signal),
    placeholderData: keepPreviousData,
  });

export const useUnplaced = (policyId: string, filter: UnplacedFilter) => useQuery(unplacedQueryOptions(policyId, filter));
