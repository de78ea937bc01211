import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { partnerSearchQuery } from '../logic/finder-filter.ts';
import type { PartnerFilter, PartnerResults } from './cooperation-types.ts';

/** Ranked partner suggestions for one school, each with the reasons it was suggested. */
export const findPartners = (filter: PartnerFilter, signal?: AbortSignal) =>
  api.get<PartnerResults>(`/cooperation/partner-finder?${partnerSearchQuery(filter)}`, undefined, signal);

export const partnersQueryOptions = (filter: PartnerFilter) =>
  queryOptions({ queryKey: ['cooperation', 'partners', filter], queryFn: ({ signal }) => findPartners(filter, signal), placeholderData: keepPreviousData });

export const usePartners = (filter: PartnerFilter | null) => useQuery({ ...partnersQueryOptions(filter ?? { schoolId: '' }), enabled: filter !== null });
