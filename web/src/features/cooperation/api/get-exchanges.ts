import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { ExchangeFilter, ExchangePage } from './cooperation-types.ts';

export const getExchanges = (filter: ExchangeFilter, signal?: AbortSignal) => api.get<ExchangePage>('/cooperation/exchanges', { ...filter }, signal);

export const exchangesQueryOptions = (filter: ExchangeFilter) =>
  queryOptions({ queryKey: ['cooperation', 'exchanges', filter], queryFn: ({ signal }) => getExchanges(filter, signal), placeholderData: keepPreviousData });

export const useExchanges = (filter: ExchangeFilter) => useQuery(exchangesQueryOptions(filter));
