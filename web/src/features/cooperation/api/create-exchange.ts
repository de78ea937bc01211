import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Exchange, NewExchange } from './cooperation-types.ts';
import { exchangeQueryOptions } from './get-exchange.ts';

/** `clientKey` is chosen once per form: a retried request answers with the exchange the first one made (200). */
export const createExchange = (input: NewExchange) => api.post<Exchange>('/cooperation/exchanges', input);

export function useCreateExchange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExchange,
    onSuccess: async (exchange) => {
      queryClient.setQueryData(exchangeQueryOptions(exchange.id).queryKey, exchange);
      // Pairings show their exchange counts; the dashboard counts them too.
      await queryClient.invalidateQueries({ queryKey: ['cooperation'] });
    },
  });
}
