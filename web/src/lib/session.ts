import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Session } from '../types/api.ts';
import { api, rememberCsrfToken } from './api-client.ts';
import { queryClient, sessionQueryKey } from './query-client.ts';

/** Who is signed in (or half-way through signing in), and the CSRF token for this browser. */
export async function getSession(): Promise<Session> {
  const session = await api.get<Session>('/auth/session');
  rememberCsrfToken(session.csrfToken);
  return session;
}

export const sessionQueryOptions = () => queryOptions({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 60_000 });

export const useSession = () => useQuery(sessionQueryOptions());

/** The signed-in user; only call below the route guard, which renders nothing until there is one. */
export function useCurrentUser(): NonNullable<Session['user']> {
  const { data } = useSession();
  if (!data?.authenticated || !data.user) throw new Error('useCurrentUser() needs a signed-in user');
  return data.user;
}

/** After signing in or out: forget everything cached for the previous person, then read the session again. */
export async function startOver(): Promise<void> {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
}
