import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../../../lib/api-client.ts';
import { intentKeys } from '../../../lib/idempotency-key.ts';
import { applicationsQueryKey } from './get-applications.ts';

export interface SubmitInput {
  id: string;
  version: number;
}

/**
 * Submits once: the key belongs to this application at this version, so a double tap, a retry after a
 * lost connection or a reload of the answer all reach the server as the same request.
 */
export async function submitApplication({ id, version }: SubmitInput): Promise<unknown> {
  const intent = `submit:${id}:${version}`;
  try {
    const answer = await api.post<unknown>(
      `/enrollment/applications/${encodeURIComponent(id)}/submit`,
      { version },
      { headers: { 'idempotency-key': intentKeys.keyFor(intent) } },
    );
    intentKeys.settle(intent, null);
    return answer;
  } catch (error) {
    intentKeys.settle(intent, error instanceof ApiError ? error : { status: 0 });
    throw error;
  }
}

export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: submitApplication, onSettled: () => queryClient.invalidateQueries({ queryKey: applicationsQueryKey }) });
}
