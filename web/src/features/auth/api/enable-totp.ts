import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { sessionQueryKey, queryClient } from '../../../lib/query-client.ts';
import type { Ok } from '../../../types/api.ts';

export const enableTotp = (code: string) => api.post<Ok>('/auth/totp/enable', { code });

/** Confirms the authenticator with its first code; during sign-in this also completes the session. */
export function useEnableTotp() {
  return useMutation({ mutationFn: enableTotp, onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }) });
}
