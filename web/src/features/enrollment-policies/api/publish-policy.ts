import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { storePolicy } from './policy-cache.ts';
import type { Policy } from './policy-types.ts';

/**
 * Freezes the draft's rules and hashes them. An incomplete draft is answered 400 enrollment.policy_incomplete
 * with every problem as a field error, so the bureau fixes them all in one go.
 */
export const publishPolicy = (id: string, version: number) => api.post<Policy>(`/enrollment/policies/${encodeURIComponent(id)}/publish`, { version });

export function usePublishPolicy(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => publishPolicy(id, version),
    onSuccess: (policy) => storePolicy(queryClient, policy),
  });
}
