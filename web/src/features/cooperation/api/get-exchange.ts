import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Exchange } from './cooperation-types.ts';

export const getExchange = (id: string, signal?: AbortSignal) => api.get<Exchange>(`/cooperation/exchanges/${encodeURIComponent(id)}`, undefined, signal);

export const exchangeQueryOptions = (id: string) =>
  queryOptions({ queryKey: ['cooperation', 'exchange', id], queryFn: ({ signal }) => getExchange(id, signal) });

export const useExchange = (id: string | undefined) => useQuery({ ...exchangeQueryOptions(id ?? ''), enabled: !!id });

/** Where a photo or document of an exchange is read (same origin: the session cookie goes with it). */
export const exchangeFileUrl = (exchangeId: string, fileId: string) =>
  `/api/cooperation/exchanges/${encodeURIComponent(exchangeId)}/files/${encodeURIComponent(fileId)}`;
