import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SeedView } from '../../../../../server/src/modules/enrollment/placement/placement.schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** The server draws the seed; once published it never changes (409 enrollment.lottery_seed_published). */
export const publishLotterySeed = (policyId: string, round: number) =>
  api.post<SeedView>(`/enrollment/policies/${encodeURIComponent(policyId)}/lottery-seeds`, { round });

export function usePublishLotterySeed(policyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (round: number) => publishLotterySeed(policyId, round),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['enrollment-allocation', 'runs', policyId] }),
  });
}
