import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface SmsRequestResult {
  sent: true;
  retryAfterSeconds: number;
  expiresInMinutes: number;
}

export const requestSmsCode = (mobile: string) => api.post<SmsRequestResult>('/auth/sms/request', { mobile });

export function useRequestSmsCode() {
  return useMutation({ mutationFn: requestSmsCode });
}
