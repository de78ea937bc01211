import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { FamilyNotification } from '../../../types.ts';
import { notificationsQueryKey } from './get-notifications.ts';

export const markRead = (id: string) => api.post<FamilyNotification>(`/notifications/${encodeURIComponent(id)}/read`);
export const markAllRead = () => api.post<{ updated: number }>('/notifications/read-all');

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markRead, onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }) });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markAllRead, onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }) });
}
