import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Page } from '../../../types/api.ts';
import type { Pairing, PairingFilter } from './cooperation-types.ts';

export const getPairings = (filter: PairingFilter, signal?: AbortSignal) => api.get<Page<Pairing>>('/cooperation/pairings', { ...filter }, signal);

export const pairingsQueryOptions = (filter: PairingFilter) =>
  queryOptions({
    queryKey: ['cooperation', 'pairings', filter],
    queryFn: ({ signal }) => getPairings(filter, signal),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });

export const usePairings = (filter: PairingFilter, enabled = true) => useQuery({ ...pairingsQueryOptions(filter), enabled });
