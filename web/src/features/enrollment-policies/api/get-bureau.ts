import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Organization } from '../../../types/api.ts';

/** The bureau a new draft belongs to: its district is where the designated schools must be. */
export const getBureau = (id: string, signal?: AbortSignal) => api.get<Organization>(`/directory/organizations/${encodeURIComponent(id)}`, undefined, signal);

export const bureauQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['enrollment-policies', 'bureau', id], queryFn: ({ signal }) => getBureau(id, signal), staleTime: 5 * 60_000 });

export const useBureau = (id: string | undefined) => useQuery({ ...bureauQueryOptions(id ?? ''), enabled: !!id });
