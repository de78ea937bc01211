import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Child } from '../../../types.ts';

export const childrenQueryKey = ['family', 'children'] as const;

export const getChildren = () => api.get<{ items: Child[] }>('/enrollment/children');

export const childrenQueryOptions = () => queryOptions({ queryKey: childrenQueryKey, queryFn: getChildren, select: (data) => data.items });

export const useChildren = () => useQuery(childrenQueryOptions());
