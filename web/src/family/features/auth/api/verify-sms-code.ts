import { useMutation } from '@tanstack/react-query';
import { api, rememberCsrfToken } from '../../../../lib/api-client.ts';
import { rememberSignInKind, startOver } from '../../../../lib/session.ts';
import type { LoginResult } from '../../../types.ts';

export interface SmsVerifyInput {
  mobile: string;
  code: string;
}

export async function verifySmsCode(input: SmsVerifyInput): Promise<LoginResult> {
  const result = await api.post<LoginResult>('/auth/sms/verify', input);
  rememberCsrfToken(result.csrfToken);
  rememberSignInKind('family');
  return result;
}

/** Guardian sign-in; the first one also creates the guardian's account. */
export function useVerifySmsCode() {
  return useMutation({ mutationFn: verifySmsCode, onSuccess: startOver });
}
