import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Ok } from '../../../types/api.ts';

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

/** Changes one's own password; every other session of the account ends, this one stays. */
export const changePassword = (input: ChangePasswordInput) => api.post<Ok>('/auth/password', input);

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
