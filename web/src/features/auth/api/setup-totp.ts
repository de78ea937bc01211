import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface TotpSetup {
  secret: string;
  otpauthUri: string;
  /** A PNG data URL of the otpauth URI, made by the server. */
  qrCodeDataUrl: string;
}

export const setupTotp = () => api.post<TotpSetup>('/auth/totp/setup');

/** A new secret each call (the previous unconfirmed one is replaced), so it is a mutation, never a query. */
export function useSetupTotp() {
  return useMutation({ mutationFn: setupTotp });
}
