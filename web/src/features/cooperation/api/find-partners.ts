import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { PartnerFilter, PartnerResults } from './cooperation-types.ts';

/** The query with lists as repeated parameters (strengths=a&strengths=b), as the server reads them. */
export function partnerSearchQuery(filter: PartnerFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params.toString();
}

/** Ranked partner suggestions for one school, each with the reasons it was suggested. */
export const findPartners = (filter: PartnerFilter, signal?: AbortSignal) => api.get<PartnerResults>(`/cooperation/partner-finder?${partnerSearchQuery(filter)}`, undefined, signal);

export const partnersQueryOptions = (filter: PartnerFilter) =>
  queryOptions({ queryKey: ['cooperation', 'partners', filter], queryFn: ({ signal }) => findPartners(filter, signal), placeholderData: keepPreviousData });

export const usePartners = (filter: PartnerFilter | null) => useQuery({ ...partnersQueryOptions(filter ?? { schoolId: '' }), enabled: filter !== null });
