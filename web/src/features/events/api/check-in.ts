import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { CheckInResult } from './events-types.ts';

/** By the token a QR code carries, or a registration picked from the list; a second check-in is harmless. */
export type CheckIn = { sessionId: string } & ({ token: string } | { registrationId: string });

export const checkIn = (eventId: string, body: CheckIn) => api.post<CheckInResult>(`/events/${encodeURIComponent(eventId)}/check-ins`, body);

export function useCheckIn(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckIn) => checkIn(eventId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['events', 'registrations', eventId] }),
  });
}
