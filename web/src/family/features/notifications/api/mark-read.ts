import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Ok } from '../../../types.ts';
import { notificationsQueryKey } from './get-notifications.ts';

export const markRead = (id: string) => api.post<Ok>(`/notifications/${encodeURIComponent(id)}/read`);
export const markAllRead = () => api.post<Ok>('/notifications/read-all');

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markRead, onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }) });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markAllRead, onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }) });
}
