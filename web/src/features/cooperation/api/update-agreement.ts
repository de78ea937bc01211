import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Agreement, AgreementChanges } from './cooperation-types.ts';
import { agreementQueryOptions } from './get-agreement.ts';

/** Drafts only; any change withdraws the parties' confirmations. */
export const updateAgreement = (id: string, changes: AgreementChanges) => api.put<Agreement>(`/cooperation/agreements/${encodeURIComponent(id)}`, changes);

export function useUpdateAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: AgreementChanges) => updateAgreement(id, changes),
    onSuccess: async (agreement) => {
      queryClient.setQueryData(agreementQueryOptions(id).queryKey, agreement);
      await queryClient.invalidateQueries({ queryKey: ['cooperation', 'agreements'] });
    },
  });
}
