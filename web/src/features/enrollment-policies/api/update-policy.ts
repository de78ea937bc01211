import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { policyQueryOptions } from './get-policy.ts';
import type { Policy, PolicyRules } from './policy-types.ts';

/** `version` is the one the editor was loaded with: a stale one is answered 409 resource.conflict. */
export type UpdatePolicyInput = PolicyRules & { version: number };

export const updatePolicy = (id: string, input: UpdatePolicyInput) => api.put<Policy>(`/enrollment/policies/${encodeURIComponent(id)}`, input);

export function useUpdatePolicy(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePolicyInput) => updatePolicy(id, input),
    onSuccess: async (policy) => {
      queryClient.setQueryData(policyQueryOptions(id).queryKey, policy);
      await queryClient.invalidateQueries({ queryKey: ['enrollment-policies', 'list'] });
    },
  });
}
