import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { storePolicy } from './policy-cache.ts';
import type { Policy } from './policy-types.ts';

/** Ends the cycle: no more applications; a closed policy is never reopened. */
export const closePolicy = (id: string, version: number) => api.post<Policy>(`/enrollment/policies/${encodeURIComponent(id)}/close`, { version });

export function useClosePolicy(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => closePolicy(id, version),
    onSuccess: (policy) => storePolicy(queryClient, policy),
  });
}
