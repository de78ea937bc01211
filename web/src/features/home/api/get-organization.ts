import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Organization } from '../../../types/api.ts';

/** The organization behind a role grant: its region is the bureau's jurisdiction. */
export const getOrganization = (id: string, signal?: AbortSignal) =>
  api.get<Organization>(`/directory/organizations/${encodeURIComponent(id)}`, undefined, signal);

export const organizationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['home', 'organization', id], queryFn: ({ signal }) => getOrganization(id, signal), staleTime: 5 * 60_000 });

export const useOrganization = (id: string) => useQuery(organizationQueryOptions(id));
