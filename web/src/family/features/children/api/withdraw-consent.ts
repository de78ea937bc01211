import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Child } from '../../../types.ts';
import { childrenQueryKey } from './get-children.ts';

export const withdrawConsent = (childId: string) => api.post<Child>(`/enrollment/children/${encodeURIComponent(childId)}/consents/withdraw`);

export function useWithdrawConsent() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: withdrawConsent, onSuccess: () => queryClient.invalidateQueries({ queryKey: childrenQueryKey }) });
}
