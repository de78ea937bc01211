import type { QueryClient } from '@tanstack/react-query';
import { policyQueryOptions } from './get-policy.ts';
import type { Policy } from './policy-types.ts';

/** After a change of status or window: the answer is the new policy; every list may have changed. */
export async function storePolicy(queryClient: QueryClient, policy: Policy): Promise<void> {
  queryClient.setQueryData(policyQueryOptions(policy.id).queryKey, policy);
  await queryClient.invalidateQueries({ queryKey: ['enrollment-policies', 'list'] });
}
