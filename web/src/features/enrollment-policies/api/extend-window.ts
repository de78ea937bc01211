import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { storePolicy } from './policy-cache.ts';
import type { Policy } from './policy-types.ts';

export interface ExtendWindowInput {
  windowClosesAt: string;
  version: number;
}

/** The one change a published policy allows: a later closing time (never an earlier one). */
export const extendWindow = (id: string, input: ExtendWindowInput) => api.post<Policy>(`/enrollment/policies/${encodeURIComponent(id)}/extend-window`, input);

export function useExtendWindow(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ExtendWindowInput) => extendWindow(id, input),
    onSuccess: (policy) => storePolicy(queryClient, policy),
  });
}
