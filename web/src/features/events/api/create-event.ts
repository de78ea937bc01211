import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { EventForm, EventItem } from './events-types.ts';
import { eventQueryOptions } from './get-event.ts';

export const createEvent = (form: EventForm) => api.post<EventItem>('/events', form);

export function useCreateEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createEvent,
    onSuccess: async (event) => {
      queryClient.setQueryData(eventQueryOptions(event.id).queryKey, event);
      await queryClient.invalidateQueries({ queryKey: ['events', 'list'] });
    },
  });
}
