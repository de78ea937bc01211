import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Exchange, ExchangeChanges } from './cooperation-types.ts';
import { exchangeQueryOptions } from './get-exchange.ts';

/** A stale `version` is answered 409 resource.conflict. */
export const updateExchange = (id: string, changes: ExchangeChanges) => api.put<Exchange>(`/cooperation/exchanges/${encodeURIComponent(id)}`, changes);

export function useUpdateExchange(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ExchangeChanges) => updateExchange(id, changes),
    onSuccess: async (exchange) => {
      queryClient.setQueryData(exchangeQueryOptions(id).queryKey, exchange);
      await queryClient.invalidateQueries({ queryKey: ['cooperation'] });
    },
  });
}
