import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { refreshAfterDecision } from './review-cache.ts';
import type { ReviewOutcome } from './review-types.ts';

export interface PointsVerificationInput {
  version: number;
  /** The verified value per points item: months, or an option's value. */
  verified: Record<string, number | string>;
  /** Why, for each item whose verified value differs from the declared one. */
  reasons: Record<string, string>;
}

export const verifyPoints = (applicationId: string, input: PointsVerificationInput) =>
  api.post<ReviewOutcome>(`/enrollment/review/applications/${encodeURIComponent(applicationId)}/points-verification`, input);

export function useVerifyPoints(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PointsVerificationInput) => verifyPoints(applicationId, input),
    onSettled: () => refreshAfterDecision(queryClient, applicationId),
  });
}
