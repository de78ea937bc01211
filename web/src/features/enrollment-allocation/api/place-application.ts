import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfferOutcome, PlacementBody } from '../../../../../server/src/modules/enrollment/placement/placement.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export interface PlaceApplicationInput extends PlacementBody {
  applicationId: string;
}

/** 统筹安排 of one unplaced application; a full school answers 409 enrollment.placement_no_free_seat. */
export const placeApplication = ({ applicationId, ...body }: PlaceApplicationInput) =>
  api.post<OfferOutcome>(`/enrollment/applications/${encodeURIComponent(applicationId)}/placement`, body);

export function usePlaceApplication(policyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: placeApplication,
    // Also on failure: a 409 means the list or the free seats changed under us.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['enrollment-allocation', 'unplaced', policyId] }),
  });
}
