import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../../../../../common/locales.ts';
import { api } from '../../../../lib/api-client.ts';
import type { Child } from '../../../types.ts';
import { childrenQueryKey } from './get-children.ts';

export interface ConsentInput {
  childId: string;
  /** The version of the text the guardian read: the server records it with the time. */
  textVersion: string;
  locale: Locale;
}

export const giveConsent = ({ childId, ...body }: ConsentInput) => api.post<Child>(`/enrollment/children/${encodeURIComponent(childId)}/consents`, body);

export function useGiveConsent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: giveConsent, onSuccess: () => queryClient.invalidateQueries({ queryKey: childrenQueryKey }) });
}
