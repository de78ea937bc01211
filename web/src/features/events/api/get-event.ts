import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { EventItem } from './events-types.ts';

export const getEvent = (id: string, signal?: AbortSignal) => api.get<EventItem>(`/events/${encodeURIComponent(id)}`, undefined, signal);

export const eventQueryOptions = (id: string) => queryOptions({ queryKey: ['events', 'event', id], queryFn: ({ signal }) => getEvent(id, signal) });

export const useEvent = (id: string | undefined) => useQuery({ ...eventQueryOptions(id ?? ''), enabled: !!id });
