import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface ParticipantCandidate {
  userId: string;
  displayName: string;
  organizationId: string;
  organizationNameZh: string;
  organizationNameEn: string | null;
}

/** Staff of the exchange's organizations — the partners' as well as the caller's own — to name as participants. */
export const searchParticipants = (organizationIds: string[], q: string, signal?: AbortSignal) =>
  api.get<{ items: ParticipantCandidate[] }>('/cooperation/exchanges/participants', { organizationIds, q: q.trim() || undefined }, signal);

export const useParticipantSearch = (organizationIds: string[], q: string) =>
  useQuery({
    queryKey: ['cooperation', 'participants', organizationIds, q],
    queryFn: ({ signal }) => searchParticipants(organizationIds, q, signal),
    enabled: organizationIds.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
