import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import { storeUser } from './user-cache.ts';

/** `version` as loaded: a stale one is answered 409 resource.conflict. */
export interface UpdateUserInput {
  displayName: string;
  version: number;
}

export const updateUser = (id: string, input: UpdateUserInput) => api.patch<User>(`/users/${encodeURIComponent(id)}`, input);

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: UpdateUserInput) => updateUser(id, input), onSuccess: (user) => storeUser(queryClient, user) });
}
