import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import { storeUser } from './user-cache.ts';

export const removeGrant = (userId: string, grantId: string) => api.delete<User>(`/users/${encodeURIComponent(userId)}/grants/${encodeURIComponent(grantId)}`);

export function useRemoveGrant(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (grantId: string) => removeGrant(userId, grantId), onSuccess: (user) => storeUser(queryClient, user) });
}
