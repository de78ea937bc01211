import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PairingChanges, PairingDetail } from './cooperation-types.ts';
import { pairingQueryOptions } from './get-pairing.ts';

/** The proposer edits a proposal; a stale `version` is answered 409 resource.conflict. */
export const updatePairing = (id: string, changes: PairingChanges) => api.put<PairingDetail>(`/cooperation/pairings/${encodeURIComponent(id)}`, changes);

export function useUpdatePairing(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: PairingChanges) => updatePairing(id, changes),
    onSuccess: async (pairing) => {
      queryClient.setQueryData(pairingQueryOptions(id).queryKey, pairing);
      await queryClient.invalidateQueries({ queryKey: ['cooperation', 'pairings'] });
    },
  });
}
