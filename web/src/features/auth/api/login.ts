import { useMutation } from '@tanstack/react-query';
import { api, rememberCsrfToken } from '../../../lib/api-client.ts';
import { rememberSignInKind, startOver } from '../../../lib/session.ts';
import type { LoginResult } from '../../../types/api.ts';

export interface LoginInput {
  username: string;
  password: string;
}

export async function login(input: LoginInput): Promise<LoginResult> {
  const result = await api.post<LoginResult>('/auth/login', input);
  rememberCsrfToken(result.csrfToken);
  rememberSignInKind('staff');
  return result;
}

/** Staff sign-in, first step. What comes next (a code, authenticator set-up, nothing) is read from the session. */
export function useLogin() {
  return useMutation({ mutationFn: login, onSuccess: startOver });
}
