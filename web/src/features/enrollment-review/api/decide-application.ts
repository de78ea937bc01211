import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { refreshAfterDecision } from './review-cache.ts';
import type { ReviewOutcome } from './review-types.ts';

export interface ApplicationDecisionInput {
  version: number;
  decision: 'approve' | 'reject';
  /** Required to reject: the family reads it and may appeal against it. */
  reason?: string;
}

/** Approves or rejects; a second reviewer deciding from the same version gets 409 resource.conflict. */
export const decideApplication = (applicationId: string, input: ApplicationDecisionInput) =>
  api.post<ReviewOutcome>(`/enrollment/review/applications/${encodeURIComponent(applicationId)}/decision`, input);

export function useDecideApplication(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApplicationDecisionInput) => decideApplication(applicationId, input),
    onSettled: () => refreshAfterDecision(queryClient, applicationId),
  });
}
