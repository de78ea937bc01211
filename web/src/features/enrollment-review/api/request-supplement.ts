import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Material } from '../../../../../common/enrollment.ts';
import { api } from '../../../lib/api-client.ts';
import { refreshAfterDecision } from './review-cache.ts';
import type { ReviewOutcome } from './review-types.ts';

export interface SupplementRequestInput {
  version: number;
  materials: Material[];
  message: string;
  /** ISO date-time by which the family must upload. */
  deadline: string;
}

/** Asks the family for materials; they are notified, re-upload, and the application returns to the inbox. */
export const requestSupplement = (applicationId: string, input: SupplementRequestInput) =>
  api.post<ReviewOutcome>(`/enrollment/review/applications/${encodeURIComponent(applicationId)}/supplement-request`, input);

export function useRequestSupplement(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SupplementRequestInput) => requestSupplement(applicationId, input),
    onSettled: () => refreshAfterDecision(queryClient, applicationId),
  });
}
