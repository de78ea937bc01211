import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventStep } from '../../../../../common/events.ts';
import { api } from '../../../lib/api-client.ts';
import type { EventItem } from './events-types.ts';
import { eventQueryOptions } from './get-event.ts';

/** The organizer's steps: a status change (publish, open or close registration, held, closed) or cancelling with a reason. */
export type EventChange = { action: 'status'; status: EventStep; version: number } | { action: 'cancel'; reason: string; version: number };

export const changeEvent = (id: string, { action, ...body }: EventChange) => api.post<EventItem>(`/events/${encodeURIComponent(id)}/${action}`, body);

export function useChangeEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: EventChange) => changeEvent(id, change),
    onSuccess: (event) => queryClient.setQueryData(eventQueryOptions(id).queryKey, event),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}
