import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Region } from '../../../types/api.ts';

/** All regions, parents before children (a few hundred rows at most), for the region filters. */
export const getRegions = async (): Promise<Region[]> => (await api.get<{ items: Region[] }>('/directory/regions')).items;

export const regionsQueryOptions = () => queryOptions({ queryKey: ['cooperation', 'regions'], queryFn: getRegions, staleTime: 5 * 60_000 });

export const useRegions = () => useQuery(regionsQueryOptions());
