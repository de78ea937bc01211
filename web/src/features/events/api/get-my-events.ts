import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { MyEvent } from './events-types.ts';

/** The caller's registrations with the QR code to show at the door. */
export const getMyEvents = (signal?: AbortSignal) => api.get<{ items: MyEvent[] }>('/events/mine', undefined, signal);

export const myEventsQueryOptions = () => queryOptions({ queryKey: ['events', 'mine'], queryFn: ({ signal }) => getMyEvents(signal) });

export const useMyEvents = () => useQuery(myEventsQueryOptions());
