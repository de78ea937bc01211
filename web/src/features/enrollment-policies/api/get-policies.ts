import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Page } from '../../../types/api.ts';
import type { PolicyFilter, PolicySummary } from './policy-types.ts';

/** Drafts appear only to the host district's bureau; published and closed policies to every member of staff. */
export const getPolicies = (filter: PolicyFilter, signal?: AbortSignal) => api.get<Page<PolicySummary>>('/enrollment/policies', { ...filter }, signal);

export const policiesQueryOptions = (filter: PolicyFilter) =>
  queryOptions({
    queryKey: ['enrollment-policies', 'list', filter],
    queryFn: ({ signal }) => getPolicies(filter, signal),
    placeholderData: keepPreviousData,
  });

export const usePolicies = (filter: PolicyFilter) => useQuery(policiesQueryOptions(filter));
