import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Ok } from '../../../types/api.ts';

/** Drafts only. */
export const deleteAgreement = (id: string) => api.delete<Ok>(`/cooperation/agreements/${encodeURIComponent(id)}`);

export function useDeleteAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAgreement,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: ['cooperation', 'agreement', id] });
      return queryClient.invalidateQueries({ queryKey: ['cooperation', 'agreements'] });
    },
  });
}
