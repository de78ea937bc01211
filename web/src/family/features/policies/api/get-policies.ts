import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Page, PolicyListItem } from '../../../types.ts';

/** Published policies (the ones a family can read); the page sorts them by whether the window is open. */
export const getPublishedPolicies = () => api.get<Page<PolicyListItem>>('/enrollment/policies', { status: 'published', pageSize: 100 });

export const publishedPoliciesQueryOptions = () =>
  queryOptions({ queryKey: ['family', 'policies', 'published'], queryFn: getPublishedPolicies, select: (page) => page.items });

export const usePublishedPolicies = () => useQuery(publishedPoliciesQueryOptions());
