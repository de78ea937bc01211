import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RunList, RunView, SeedView } from '../../../../../server/src/modules/enrollment/placement/placement.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export type AllocationRun = RunView;
export type LotterySeed = SeedView;
export type AllocationRunList = RunList;
export type SchoolOutcome = RunView['schools'][number];

/** Every run of the policy (dry and final, newest first as the server gives them) and the published seeds. */
export const getAllocationRuns = (policyId: string, signal?: AbortSignal) =>
  api.get<RunList>(`/enrollment/policies/${encodeURIComponent(policyId)}/allocation/runs`, undefined, signal);

export const allocationRunsQueryOptions = (policyId: string) =>
  queryOptions({ queryKey: ['enrollment-allocation', 'runs', policyId], queryFn: ({ signal }) => getAllocationRuns(policyId, signal) });

export const useAllocationRuns = (policyId: string) => useQuery(allocationRunsQueryOptions(policyId));
