import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Page } from '../../../types/api.ts';
import type { Alliance, AllianceFilter } from './cooperation-types.ts';

export const getAlliances = (filter: AllianceFilter, signal?: AbortSignal) => api.get<Page<Alliance>>('/cooperation/alliances', { ...filter }, signal);

export const alliancesQueryOptions = (filter: AllianceFilter) =>
  queryOptions({ queryKey: ['cooperation', 'alliances', filter], queryFn: ({ signal }) => getAlliances(filter, signal), placeholderData: keepPreviousData });

export const useAlliances = (filter: AllianceFilter, enabled = true) => useQuery({ ...alliancesQueryOptions(filter), enabled });
