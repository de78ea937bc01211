import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Inbox, InboxFilter } from './review-types.ts';

/** The host district's applications, longest waiting first, with a count per status under the other filters. */
export const getInbox = (filter: InboxFilter, signal?: AbortSignal) => api.get<Inbox>('/enrollment/review/applications', { ...filter }, signal);

export const inboxQueryOptions = (filter: InboxFilter) =>
  queryOptions({
    queryKey: ['enrollment-review', 'inbox', filter],
    queryFn: ({ signal }) => getInbox(filter, signal),
    placeholderData: keepPreviousData,
  });

export const useInbox = (filter: InboxFilter) => useQuery(inboxQueryOptions(filter));
