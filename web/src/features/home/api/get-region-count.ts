import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Region } from '../../../types/api.ts';

/** How many regions the directory covers (the overview's first figure). */
export const getRegionCount = async (signal?: AbortSignal): Promise<number> =>
  (await api.get<{ items: Region[] }>('/directory/regions', undefined, signal)).items.length;

export const regionCountQueryOptions = () =>
  queryOptions({ queryKey: ['home', 'region-count'], queryFn: ({ signal }) => getRegionCount(signal), staleTime: 5 * 60_000 });

export const useRegionCount = () => useQuery(regionCountQueryOptions());
