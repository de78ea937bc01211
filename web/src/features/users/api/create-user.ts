import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../../../../common/locales.ts';
import { api } from '../../../lib/api-client.ts';
import type { User } from '../../../types/api.ts';
import type { GrantInput } from './add-grant.ts';
import { storeUser } from './user-cache.ts';

export interface CreateUserInput {
  displayName: string;
  username: string;
  password: string;
  locale?: Locale;
  grants: GrantInput[];
}

export const createUser = (input: CreateUserInput) => api.post<User>('/users', input);

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: (user) => storeUser(queryClient, user) });
}
