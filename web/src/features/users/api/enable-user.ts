import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import { storeUser } from './user-cache.ts';

export const enableUser = (id: string) => api.post<User>(`/users/${encodeURIComponent(id)}/enable`);

export function useEnableUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: enableUser, onSuccess: (user) => storeUser(queryClient, user) });
}
