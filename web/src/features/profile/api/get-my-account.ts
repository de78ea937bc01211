import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';

/** One's own account as the users API shows it (account name, masked mobile, creation date). */
export const getMyAccount = (userId: string, signal?: AbortSignal) => api.get<User>(`/users/${encodeURIComponent(userId)}`, undefined, signal);

export const myAccountQueryOptions = (userId: string) =>
  queryOptions({ queryKey: ['profile', 'account', userId], queryFn: ({ signal }) => getMyAccount(userId, signal) });

export const useMyAccount = (userId: string) => useQuery(myAccountQueryOptions(userId));
