import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { AllianceDetail, CommunityDetail, NewAlliance, NewCommunity } from './cooperation-types.ts';
import { bodyQueryOptions } from './get-body.ts';

/** A new community (POST /cooperation/communities) or alliance (POST /cooperation/alliances). */
export type NewBody = { type: 'community'; input: NewCommunity } | { type: 'alliance'; input: NewAlliance };

export const createBody = (body: NewBody): Promise<CommunityDetail | AllianceDetail> =>
  body.type === 'community'
    ? api.post<CommunityDetail>('/cooperation/communities', body.input)
    : api.post<AllianceDetail>('/cooperation/alliances', body.input);

export function useCreateBody() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBody,
    onSuccess: async (detail, body) => {
      queryClient.setQueryData(bodyQueryOptions(body.type, detail.id).queryKey, detail);
      await queryClient.invalidateQueries({ queryKey: ['cooperation', body.type === 'community' ? 'communities' : 'alliances'] });
    },
  });
}
