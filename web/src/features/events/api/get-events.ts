import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Page } from '../../../types/api.ts';
import type { EventFilter, EventItem } from './events-types.ts';

export const getEvents = (filter: EventFilter, signal?: AbortSignal) => api.get<Page<EventItem>>('/events', { ...filter }, signal);

export const eventsQueryOptions = (filter: EventFilter) =>
  queryOptions({ queryKey: ['events', 'list', filter], queryFn: ({ signal }) => getEvents(filter, signal), placeholderData: keepPreviousData });

export const useEvents = (filter: EventFilter) => useQuery(eventsQueryOptions(filter));
