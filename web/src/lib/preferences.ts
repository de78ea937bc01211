import { useMutation } from '@tanstack/react-query';
import type { Locale } from '../../../common/locales.ts';
import type { Ok, Session } from '../types/api.ts';
import { api } from './api-client.ts';
import { applyLocale } from './i18n.ts';
import { queryClient, sessionQueryKey } from './query-client.ts';

export const updatePreferences = (locale: Locale) => api.put<Ok>('/auth/preferences', { locale });

/**
 * Switches the language at once; signed-in users also get it saved on their account (so it follows them
 * to other devices and server messages use it), everyone else on this device only.
 */
export function useChangeLocale() {
  return useMutation({
    mutationFn: async (locale: Locale) => {
      await applyLocale(locale);
      const session = queryClient.getQueryData<Session>(sessionQueryKey);
      if (!session?.authenticated || !session.user) return;
      queryClient.setQueryData<Session>(sessionQueryKey, { ...session, user: { ...session.user, locale } });
      await updatePreferences(locale);
      // Some answers are worded by the server in the account's language (to-do labels, notification texts): ask again.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    },
  });
}
