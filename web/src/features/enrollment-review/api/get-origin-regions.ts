import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Region } from '../../../types/api.ts';

/** Provinces, municipalities and cities of the directory, for naming an applicant's origin by its division code. */
export const getOriginRegions = async (): Promise<Region[]> =>
  (await api.get<{ items: Region[] }>('/directory/regions')).items.filter((r) => r.divisionCode && ['province', 'municipality', 'city'].includes(r.level));

export const originRegionsQueryOptions = () =>
  queryOptions({ queryKey: ['enrollment-review', 'origin-regions'], queryFn: getOriginRegions, staleTime: 30 * 60_000 });

export const useOriginRegions = () => useQuery(originRegionsQueryOptions());
