import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Organization, Page } from '../../../types/api.ts';

/** Schools in a region and below it (all schools without one): the list's total, fetching a single row. */
export const getSchoolCount = async (regionId: string | null, signal?: AbortSignal): Promise<number> =>
  (await api.get<Page<Organization>>('/directory/organizations', { kind: 'school', regionId, pageSize: 1 }, signal)).total;

export const schoolCountQueryOptions = (regionId: string | null) =>
  queryOptions({ queryKey: ['home', 'school-count', regionId], queryFn: ({ signal }) => getSchoolCount(regionId, signal) });

export const useSchoolCount = (regionId: string | null, enabled = true) => useQuery({ ...schoolCountQueryOptions(regionId), enabled });
