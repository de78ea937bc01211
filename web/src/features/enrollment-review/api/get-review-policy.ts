import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PolicyDetail } from './review-types.ts';

/** A policy's routes, materials, schools and points items (for filters and the counter form). */
export const getReviewPolicy = (id: string, signal?: AbortSignal) => api.get<PolicyDetail>(`/enrollment/policies/${encodeURIComponent(id)}`, undefined, signal);

export const reviewPolicyQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['enrollment-review', 'policy', id], queryFn: ({ signal }) => getReviewPolicy(id, signal), staleTime: 5 * 60_000 });

export const useReviewPolicy = (id: string | undefined) => useQuery({ ...reviewPolicyQueryOptions(id ?? ''), enabled: !!id });
