import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../../../lib/api-client.ts';
import { intentKeys } from '../../../lib/idempotency-key.ts';
import type { Application, NewApplication } from '../../../types.ts';
import { applicationsQueryKey } from './get-applications.ts';

/** A new draft; the same child and policy tapped twice (or retried) makes one draft, not two. */
export async function createApplication(input: NewApplication): Promise<Application> {
  const intent = `create:${input.policyId}:${input.childId}:${input.routeCode}`;
  try {
    const created = await api.post<Application>('/enrollment/applications', input, { headers: { 'idempotency-key': intentKeys.keyFor(intent) } });
    intentKeys.settle(intent, null);
    return created;
  } catch (error) {
    intentKeys.settle(intent, error instanceof ApiError ? error : { status: 0 });
    throw error;
  }
}

export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createApplication, onSuccess: () => queryClient.invalidateQueries({ queryKey: applicationsQueryKey }) });
}
