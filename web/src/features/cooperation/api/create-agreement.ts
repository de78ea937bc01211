import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Agreement, NewAgreement } from './cooperation-types.ts';
import { agreementQueryOptions } from './get-agreement.ts';

/** A draft; `clientKey` makes a retried request return the first one's draft (200). */
export const createAgreement = (input: NewAgreement) => api.post<Agreement>('/cooperation/agreements', input);

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgreement,
    onSuccess: async (agreement) => {
      queryClient.setQueryData(agreementQueryOptions(agreement.id).queryKey, agreement);
      await queryClient.invalidateQueries({ queryKey: ['cooperation', 'agreements'] });
    },
  });
}
