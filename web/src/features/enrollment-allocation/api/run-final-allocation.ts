import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FinalRunView } from '../../../../../server/src/modules/enrollment/placement/placement.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export type FinalAllocationRun = FinalRunView;

/** Once per round: places every participant, opens offers with a deadline and notifies the families. */
export const runFinalAllocation = (policyId: string, round: number) =>
  api.post<FinalRunView>(`/enrollment/policies/${encodeURIComponent(policyId)}/allocation/final`, { round });

export function useRunFinalAllocation(policyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (round: number) => runFinalAllocation(policyId, round),
    // Runs, the unplaced list and every count change with a final run.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['enrollment-allocation'] }),
  });
}
