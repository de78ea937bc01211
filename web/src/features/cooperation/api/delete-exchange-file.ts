import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Exchange } from './cooperation-types.ts';
import { exchangeQueryOptions } from './get-exchange.ts';

export const deleteExchangeFile = (exchangeId: string, fileId: string) =>
  api.delete<Exchange>(`/cooperation/exchanges/${encodeURIComponent(exchangeId)}/files/${encodeURIComponent(fileId)}`);

export function useDeleteExchangeFile(exchangeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => deleteExchangeFile(exchangeId, fileId),
    onSuccess: (exchange) => queryClient.setQueryData(exchangeQueryOptions(exchangeId).queryKey, exchange),
  });
}
