import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { policyQueryOptions } from './get-policy.ts';
import type { Policy, PolicyRules } from './policy-types.ts';

export type CreatePolicyInput = PolicyRules & { bureauId: string };

/** A new draft of the bureau's district; incomplete is fine, contradictions are refused (400 with the fields). */
export const createPolicy = (input: CreatePolicyInput) => api.post<Policy>('/enrollment/policies', input);

export function useCreatePolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPolicy,
    onSuccess: async (policy) => {
      queryClient.setQueryData(policyQueryOptions(policy.id).queryKey, policy);
      await queryClient.invalidateQueries({ queryKey: ['enrollment-policies', 'list'] });
    },
  });
}
