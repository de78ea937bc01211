import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Page } from '../../../types/api.ts';
import type { PolicyOption } from './review-types.ts';

/** The policies a reviewer may filter by or file under: every non-draft policy they can see. */
export const getReviewPolicies = (signal?: AbortSignal) =>
  api.get<Page<PolicyOption>>('/enrollment/policies', { pageSize: 100 }, signal).then((page) => page.items.filter((p) => p.status !== 'draft'));

export const reviewPoliciesQueryOptions = () =>
  queryOptions({ queryKey: ['enrollment-review', 'policies'], queryFn: ({ signal }) => getReviewPolicies(signal), staleTime: 5 * 60_000 });

export const useReviewPolicies = () => useQuery(reviewPoliciesQueryOptions());
