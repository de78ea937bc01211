import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AssistedApplicationInput, FiledApplication } from './review-types.ts';

/**
 * Files and submits an application for a family at a counter (the guardian's account and the child are
 * created when new). The Idempotency-Key makes a retried request give the first answer, never a second application.
 */
export const createAssistedApplication = (input: AssistedApplicationInput, idempotencyKey: string) =>
  api.post<FiledApplication>('/enrollment/review/assisted-applications', input, { headers: { 'idempotency-key': idempotencyKey } });

export function useCreateAssistedApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: AssistedApplicationInput; idempotencyKey: string }) => createAssistedApplication(input, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['enrollment-review', 'inbox'] }),
  });
}
