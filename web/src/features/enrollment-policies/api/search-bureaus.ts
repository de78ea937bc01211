import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Organization, Page } from '../../../types/api.ts';

/** Bureaus a platform admin may draft a policy for (a bureau admin drafts for their own bureau). */
export const searchBureaus = (q: string, signal?: AbortSignal) =>
  api.get<Page<Organization>>('/directory/organizations', { kind: 'bureau', q: q.trim() || undefined, pageSize: 30 }, signal);

export const bureauSearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['enrollment-policies', 'bureau-search', q], queryFn: ({ signal }) => searchBureaus(q, signal), staleTime: 60_000 });

export const useBureauSearch = (q: string, enabled: boolean) => useQuery({ ...bureauSearchQueryOptions(q), enabled });
