import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Exchange } from './cooperation-types.ts';
import { exchangeQueryOptions } from './get-exchange.ts';

/** One photo (JPEG, PNG) or document (PDF) of at most 10 MiB; the server checks the content, not the name. */
export function uploadExchangeFile(exchangeId: string, file: File): Promise<Exchange> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.post<Exchange>(`/cooperation/exchanges/${encodeURIComponent(exchangeId)}/files`, body);
}

export function useUploadExchangeFile(exchangeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadExchangeFile(exchangeId, file),
    onSuccess: (exchange) => queryClient.setQueryData(exchangeQueryOptions(exchangeId).queryKey, exchange),
  });
}
