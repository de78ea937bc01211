import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Organization } from '../../../types/api.ts';

export const getOrganization = (id: string, signal?: AbortSignal) =>
  api.get<Organization>(`/directory/organizations/${encodeURIComponent(id)}`, undefined, signal);

export const organizationQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['directory', 'organization', id], queryFn: ({ signal }) => getOrganization(id, signal) });

export const useOrganization = (id: string | undefined) => useQuery({ ...organizationQueryOptions(id ?? ''), enabled: !!id });
