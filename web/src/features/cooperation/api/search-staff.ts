import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Page, User } from '../../../types/api.ts';

/** Staff the caller manages, to name as an exchange's participants (the server checks they work at its organizations). */
export const searchStaff = (q: string, signal?: AbortSignal) => api.get<Page<User>>('/users', { q: q.trim() || undefined, pageSize: 30 }, signal);

export const staffSearchQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['cooperation', 'staff-search', q], queryFn: ({ signal }) => searchStaff(q, signal), staleTime: 60_000, placeholderData: keepPreviousData });

export const useStaffSearch = (q: string, enabled: boolean) => useQuery({ ...staffSearchQueryOptions(q), enabled });
