import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Region } from '../../../types/api.ts';

/** All regions (a few hundred rows at most), for quotas and the audience of an event. */
export const getRegions = async (): Promise<Region[]> => (await api.get<{ items: Region[] }>('/directory/regions')).items;

export const regionsQueryOptions = () => queryOptions({ queryKey: ['events', 'regions'], queryFn: getRegions, staleTime: 5 * 60_000 });

export const useRegions = () => useQuery(regionsQueryOptions());
