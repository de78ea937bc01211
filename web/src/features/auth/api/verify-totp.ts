import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { startOver } from '../../../lib/session.ts';
import type { Ok } from '../../../types/api.ts';

export const verifyTotp = (code: string) => api.post<Ok>('/auth/totp/verify', { code });

/** Second step for staff with an authenticator: the six-digit code completes the session. */
export function useVerifyTotp() {
  return useMutation({ mutationFn: verifyTotp, onSuccess: startOver });
}
