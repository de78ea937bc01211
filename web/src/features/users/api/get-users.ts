import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../../common/roles.ts';
import { api } from '../../../lib/api-client.ts';
import type { Page, User } from '../../../types/api.ts';

export interface UserFilter {
  q?: string;
  role?: Role;
  includeDisabled?: boolean;
  page: number;
  pageSize: number;
}

/** The people the caller manages (their jurisdiction or school); the server does the narrowing. */
export const getUsers = (filter: UserFilter, signal?: AbortSignal) => api.get<Page<User>>('/users', { ...filter }, signal);

export const usersQueryOptions = (filter: UserFilter) =>
  queryOptions({ queryKey: ['users', 'list', filter], queryFn: ({ signal }) => getUsers(filter, signal), placeholderData: keepPreviousData });

export const useUsers = (filter: UserFilter) => useQuery(usersQueryOptions(filter));
