import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Ok } from '../../../types/api.ts';

export interface ResetPasswordInput {
  id: string;
  password: string;
}

/** Sets a new password for someone else (who should change it after signing in). */
export const resetPassword = ({ id, password }: ResetPasswordInput) => api.post<Ok>(`/users/${encodeURIComponent(id)}/password`, { password });

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
