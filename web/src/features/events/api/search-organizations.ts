import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Organization, Page } from '../../../types/api.ts';

/** Co-organizers to choose from: the directory's organizations matching the search. */
export const searchOrganizations = (q: string, signal?: AbortSignal) =>
  api.get<Page<Organization>>('/directory/organizations', { q: q.trim() || undefined, pageSize: 30 }, signal);

export const organizationSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['events', 'organization-search', q],
    queryFn: ({ signal }) => searchOrganizations(q, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useOrganizationSearch = (q: string) => useQuery(organizationSearchQueryOptions(q));
