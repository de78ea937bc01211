import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import { useSession } from '../../../../lib/session.ts';
import type { NotificationList } from '../../../types.ts';

export const notificationsQueryKey = ['family', 'notifications'] as const;

export const getNotifications = () => api.get<NotificationList>('/notifications');

// Looked at again every minute while the app is open: a reviewer's request should not wait for a reload.
export const notificationsQueryOptions = () => queryOptions({ queryKey: notificationsQueryKey, queryFn: getNotifications, refetchInterval: 60_000 });

export const useNotifications = () => useQuery(notificationsQueryOptions());

/** The badge on the messages tab; 0 until known. */
export function useUnreadCount(): number {
  const signedIn = useSession().data?.authenticated === true;
  const { data } = useQuery({ ...notificationsQueryOptions(), enabled: signedIn });
  return data?.unread ?? 0;
}
