import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Ok } from '../../../types/api.ts';

export const deleteExchange = (id: string) => api.delete<Ok>(`/cooperation/exchanges/${encodeURIComponent(id)}`);

export function useDeleteExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteExchange,
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: ['cooperation', 'exchange', id] });
      return queryClient.invalidateQueries({ queryKey: ['cooperation'] });
    },
  });
}
