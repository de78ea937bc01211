import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';

export const getUser = (id: string, signal?: AbortSignal) => api.get<User>(`/users/${encodeURIComponent(id)}`, undefined, signal);

export const userQueryOptions = (id: string) => queryOptions({ queryKey: ['users', 'detail', id], queryFn: ({ signal }) => getUser(id, signal) });

export const useUser = (id: string) => useQuery(userQueryOptions(id));
