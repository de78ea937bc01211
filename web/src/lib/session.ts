import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Session } from '../types/api.ts';
import { api, rememberCsrfToken } from './api-client.ts';
import { applyLocale } from './i18n.ts';
import { queryClient, sessionQueryKey } from './query-client.ts';

/** Who is signed in (or half-way through signing in), and the CSRF token for this browser. */
export async function getSession(): Promise<Session> {
  const session = await api.get<Session>('/auth/session');
  rememberCsrfToken(session.csrfToken);
  // A signed-in person's saved language wins over this device's choice. Switching here, before React sees
  // the new session, reaches every mounted component (an effect could run before some of them listen).
  if (session.authenticated && session.user) await applyLocale(session.user.locale);
  return session;
}

export const sessionQueryOptions = () => queryOptions({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 60_000 });

export const useSession = () => useQuery(sessionQueryOptions());

export type SignedInUser = NonNullable<Session['user']>;

/** The family app is for accounts with the guardian role (a staff account is sent to the staff app). */
export const isGuardian = (user: SignedInUser | null): boolean => !!user?.grants.some((grant) => grant.role === 'guardian');

/** The signed-in user; only call below the route guard, which renders nothing until there is one. */
export function useCurrentUser(): SignedInUser {
  const { data } = useSession();
  if (!data?.authenticated || !data.user) throw new Error('useCurrentUser() needs a signed-in user');
  return data.user;
}

/** After signing in or out: forget everything cached for the previous person, then read the session again. */
export async function startOver(): Promise<void> {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
}

const SIGN_IN_KIND_KEY = 'shuangcheng.signInKind';

/** Which sign-in page this device used last (shared by both apps): a parent who signs out comes back to the parents' page. */
export function rememberSignInKind(kind: 'staff' | 'family'): void {
  localStorage.setItem(SIGN_IN_KIND_KEY, kind);
}

export function lastSignInKind(): 'staff' | 'family' {
  return localStorage.getItem(SIGN_IN_KIND_KEY) === 'family' ? 'family' : 'staff';
}
