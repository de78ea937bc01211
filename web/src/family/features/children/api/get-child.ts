import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Child } from '../../../types.ts';
import { childrenQueryKey } from './get-children.ts';

export const getChild = (id: string) => api.get<Child>(`/enrollment/children/${encodeURIComponent(id)}`);

export const childQueryOptions = (id: string) => queryOptions({ queryKey: [...childrenQueryKey, id], queryFn: () => getChild(id) });

export const useChild = (id: string) => useQuery(childQueryOptions(id));
