import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Policy } from './policy-types.ts';

export const getPolicy = (id: string, signal?: AbortSignal) => api.get<Policy>(`/enrollment/policies/${encodeURIComponent(id)}`, undefined, signal);

export const policyQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['enrollment-policies', 'detail', id], queryFn: ({ signal }) => getPolicy(id, signal) });

export const usePolicy = (id: string) => useQuery(policyQueryOptions(id));
