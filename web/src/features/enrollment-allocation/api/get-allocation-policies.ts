import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PolicySummary } from '../../../../../server/src/modules/enrollment/policies/policies.schemas.ts';
import { api } from '../../../lib/api-client.ts';
import type { Page } from '../../../types/api.ts';

export type AllocationPolicy = PolicySummary;

/** Published and closed policies (every signed-in person reads those); the page keeps the caller's own. */
export async function getAllocationPolicies(signal?: AbortSignal): Promise<AllocationPolicy[]> {
  const page = await api.get<Page<PolicySummary>>('/enrollment/policies', { pageSize: 200 }, signal);
  return page.items.filter((p) => p.status !== 'draft');
}

export const allocationPoliciesQueryOptions = () =>
  queryOptions({ queryKey: ['enrollment-allocation', 'policies'], queryFn: ({ signal }) => getAllocationPolicies(signal) });

export const useAllocationPolicies = () => useQuery(allocationPoliciesQueryOptions());
