import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganizationKind } from '../../../../../common/directory.ts';
import { api } from '../../../lib/api-client.ts';
import type { Organization, Page } from '../../../types/api.ts';

export interface OrganizationSearch {
  /** Only schools, or bureaus, bodies and institutes; every kind when left out. */
  kinds?: readonly OrganizationKind[];
  q: string;
  regionId?: string;
}

/** Organizations to choose from (the directory's list, one request per kind, merged). */
export async function searchOrganizations({ kinds, q, regionId }: OrganizationSearch, signal?: AbortSignal): Promise<Organization[]> {
  const query = { q: q.trim() || undefined, regionId, pageSize: 30 };
  const pages = kinds
    ? await Promise.all(kinds.map((kind) => api.get<Page<Organization>>('/directory/organizations', { ...query, kind }, signal)))
    : [await api.get<Page<Organization>>('/directory/organizations', query, signal)];
  return pages.flatMap((page) => page.items);
}

export const organizationSearchQueryOptions = (search: OrganizationSearch) =>
  queryOptions({
    queryKey: ['cooperation', 'organization-search', search],
    queryFn: ({ signal }) => searchOrganizations(search, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useOrganizationSearch = (search: OrganizationSearch) => useQuery(organizationSearchQueryOptions(search));
