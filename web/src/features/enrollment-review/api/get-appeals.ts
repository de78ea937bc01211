import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AppealFilter, AppealList } from './review-types.ts';

export const getAppeals = (filter: AppealFilter, signal?: AbortSignal) => api.get<AppealList>('/enrollment/review/appeals', { ...filter }, signal);

export const appealsQueryOptions = (filter: AppealFilter) =>
  queryOptions({
    queryKey: ['enrollment-review', 'appeals', filter],
    queryFn: ({ signal }) => getAppeals(filter, signal),
    placeholderData: keepPreviousData,
  });

export const useAppeals = (filter: AppealFilter) => useQuery(appealsQueryOptions(filter));
