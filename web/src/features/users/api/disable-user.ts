import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import { storeUser } from './user-cache.ts';

/** Blocks sign-in and ends the user's sessions; nothing is deleted. */
export const disableUser = (id: string) => api.post<User>(`/users/${encodeURIComponent(id)}/disable`);

export function useDisableUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: disableUser, onSuccess: (user) => storeUser(queryClient, user) });
}
