import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Organization } from '../../../types/api.ts';

/** A school's names from the directory: the inbox may be opened with a school but no policy to name it. */
export const getSchool = (id: string, signal?: AbortSignal) => api.get<Organization>(`/directory/organizations/${encodeURIComponent(id)}`, undefined, signal);

export const schoolQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['enrollment-review', 'school', id], queryFn: ({ signal }) => getSchool(id, signal), staleTime: 30 * 60_000, retry: false });

export const useSchool = (id: string | undefined) => useQuery({ ...schoolQueryOptions(id ?? ''), enabled: !!id });
