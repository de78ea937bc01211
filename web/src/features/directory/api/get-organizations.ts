import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OrganizationKind, Ownership, Stage } from '../../../../../common/directory.ts';
import { api } from '../../../lib/api-client.ts';
import type { Organization, Page } from '../../../types/api.ts';

export interface OrganizationFilter {
  kind?: OrganizationKind;
  regionId?: string;
  stage?: Stage;
  ownership?: Ownership;
  q?: string;
  page?: number;
  pageSize?: number;
}

export const getOrganizations = (filter: OrganizationFilter, signal?: AbortSignal) =>
  api.get<Page<Organization>>('/directory/organizations', { ...filter }, signal);

export const organizationsQueryOptions = (filter: OrganizationFilter) =>
  queryOptions({
    queryKey: ['directory', 'organizations', filter],
    queryFn: ({ signal }) => getOrganizations(filter, signal),
    // Keep the current page on screen while the next one loads, instead of flashing an empty table.
    placeholderData: keepPreviousData,
  });

export const useOrganizations = (filter: OrganizationFilter) => useQuery(organizationsQueryOptions(filter));
