import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PairingDetail, PairingProposal } from './cooperation-types.ts';
import { pairingQueryOptions } from './get-pairing.ts';

/** A retried proposal of the same schools answers with the pending one (200) instead of a second (201). */
export const createPairing = (proposal: PairingProposal) => api.post<PairingDetail>('/cooperation/pairings', proposal);

export function useCreatePairing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPairing,
    onSuccess: async (pairing) => {
      queryClient.setQueryData(pairingQueryOptions(pairing.id).queryKey, pairing);
      await queryClient.invalidateQueries({ queryKey: ['cooperation', 'pairings'] });
    },
  });
}
