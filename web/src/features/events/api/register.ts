import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Registration } from './events-types.ts';

/** A retry answers with the registration made the first time (200), never a second one. */
export const register = (eventId: string) => api.post<Registration>(`/events/${encodeURIComponent(eventId)}/registrations`, {});

export const cancelRegistration = (registrationId: string) => api.post<Registration>(`/events/registrations/${encodeURIComponent(registrationId)}/cancel`, {});

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: register, onSettled: () => queryClient.invalidateQueries({ queryKey: ['events'] }) });
}

export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: cancelRegistration, onSettled: () => queryClient.invalidateQueries({ queryKey: ['events'] }) });
}
