import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PolicyView } from '../../../../../server/src/modules/enrollment/policies/policies.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export type AllocationPolicyDetail = PolicyView;

/** The policy with its designated schools and seats: the page names schools and counts free seats from it. */
export const getAllocationPolicy = (id: string, signal?: AbortSignal) =>
  api.get<PolicyView>(`/enrollment/policies/${encodeURIComponent(id)}`, undefined, signal);

export const allocationPolicyQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['enrollment-allocation', 'policy', id], queryFn: ({ signal }) => getAllocationPolicy(id, signal) });

export const useAllocationPolicy = (id: string) => useQuery(allocationPolicyQueryOptions(id));
