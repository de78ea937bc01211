import type { QueryClient } from '@tanstack/react-query';
import type { User } from '../../../types/api.ts';
import { userQueryOptions } from './get-user.ts';

/** Every change to a user answers with the whole user: show it at once, and refresh the lists behind it. */
export async function storeUser(queryClient: QueryClient, user: User): Promise<void> {
  queryClient.setQueryData(userQueryOptions(user.id).queryKey, user);
  await queryClient.invalidateQueries({ queryKey: ['users', 'list'] });
}
