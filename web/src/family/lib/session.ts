import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import type { Locale } from '../../../../common/locales.ts';
import { queryClient, sessionQueryKey } from '../../lib/query-client.ts';
import type { Ok, Session } from '../../types/api.ts';
import { api, rememberCsrfToken } from './api-client.ts';
import { applyLocale } from './i18n.ts';

/** Who is signed in, and the CSRF token for this browser. */
export async function getSession(): Promise<Session> {
  const session = await api.get<Session>('/auth/session');
  rememberCsrfToken(session.csrfToken);
  // A signed-in guardian's saved language wins over this device's choice.
  if (session.authenticated && session.user) await applyLocale(session.user.locale);
  return session;
}

export const sessionQueryOptions = () => queryOptions({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 60_000 });

export const useSession = () => useQuery(sessionQueryOptions());

export type SignedInUser = NonNullable<Session['user']>;

/** The family app is for accounts with the guardian role (a staff account is sent to the staff app). */
export const isGuardian = (user: SignedInUser | null): boolean => !!user?.grants.some((grant) => grant.role === 'guardian');

/** The signed-in guardian; only below the route guard, which renders nothing until there is one. */
export function useGuardian(): SignedInUser {
  const { data } = useSession();
  if (!data?.authenticated || !data.user) throw new Error('useGuardian() needs a signed-in guardian');
  return data.user;
}

/** After signing in or out: forget everything cached for the previous person, then read the session again. */
export async function startOver(): Promise<void> {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
}

/** Which sign-in page this device used last (shared with the staff app, which sends parents here). */
export function rememberFamilySignIn(): void {
  localStorage.setItem('shuangcheng.signInKind', 'family');
}

export const signOut = () => api.post<Ok>('/auth/logout');

export function useSignOut() {
  return useMutation({ mutationFn: signOut, onSettled: startOver });
}

/** Switches the language at once; a signed-in guardian also gets it saved on the account (SMS follow it). */
export function useChangeLocale() {
  return useMutation({
    mutationFn: async (locale: Locale) => {
      await applyLocale(locale);
      const session = queryClient.getQueryData<Session>(sessionQueryKey);
      if (!session?.authenticated || !session.user) return;
      queryClient.setQueryData<Session>(sessionQueryKey, { ...session, user: { ...session.user, locale } });
      await api.put<Ok>('/auth/preferences', { locale });
    },
  });
}
