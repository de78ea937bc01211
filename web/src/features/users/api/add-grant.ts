import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../../common/roles.ts';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import { storeUser } from './user-cache.ts';

/** Bureau roles name a bureau (or body, or institute), school roles a school, platform_admin nothing. */
export interface GrantInput {
  role: Role;
  organizationId: string | null;
}

export const addGrant = (userId: string, grant: GrantInput) => api.post<User>(`/users/${encodeURIComponent(userId)}/grants`, grant);

export function useAddGrant(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (grant: GrantInput) => addGrant(userId, grant), onSuccess: (user) => storeUser(queryClient, user) });
}
