import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PairingDetail } from './cooperation-types.ts';
import { pairingQueryOptions } from './get-pairing.ts';

/**
 * The steps of a pairing, each its own endpoint (POST /cooperation/pairings/:id/<action>): a partner school
 * accepts or declines, the proposer withdraws, each side's bureau approves or rejects, anyone involved ends it.
 */
export type PairingDecision =
  | { action: 'accept'; version: number }
  | { action: 'decline'; version: number; reason: string }
  | { action: 'withdraw'; version: number; reason?: string }
  | { action: 'approve'; version: number; regionId?: string }
  | { action: 'reject'; version: number; reason: string }
  | { action: 'end'; version: number; reason: string; endsOn?: string };

export type PairingAction = PairingDecision['action'];

export const decidePairing = (id: string, { action, ...body }: PairingDecision) =>
  api.post<PairingDetail>(`/cooperation/pairings/${encodeURIComponent(id)}/${action}`, body);

export function useDecidePairing(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: PairingDecision) => decidePairing(id, decision),
    onSuccess: (pairing) => queryClient.setQueryData(pairingQueryOptions(id).queryKey, pairing),
    // Lists, "waiting for me" counts and a 409's fresh copy all change.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cooperation'] }),
  });
}
