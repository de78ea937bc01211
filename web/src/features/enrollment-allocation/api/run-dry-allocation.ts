import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RunView } from '../../../../../server/src/modules/enrollment/placement/placement.schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Computes the round as the final run would, and writes only the run record. */
export const runDryAllocation = (policyId: string, round: number) =>
  api.post<RunView>(`/enrollment/policies/${encodeURIComponent(policyId)}/allocation/dry-run`, { round });

export function useRunDryAllocation(policyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (round: number) => runDryAllocation(policyId, round),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['enrollment-allocation', 'runs', policyId] }),
  });
}
