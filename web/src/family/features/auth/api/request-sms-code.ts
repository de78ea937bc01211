import { useMutation } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { SmsRequestResult } from '../../../../../../server/src/modules/auth/auth.schemas.ts';
import { api } from '../../../../lib/api-client.ts';

export type SentCode = Static<typeof SmsRequestResult>;

export const requestSmsCode = (mobile: string) => api.post<SentCode>('/auth/sms/request', { mobile });

export function useRequestSmsCode() {
  return useMutation({ mutationFn: requestSmsCode });
}
