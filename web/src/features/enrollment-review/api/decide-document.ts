import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { refreshAfterDecision } from './review-cache.ts';
import type { ReviewOutcome } from './review-types.ts';

export interface DocumentDecisionInput {
  documentId: string;
  version: number;
  decision: 'accept' | 'reject';
  /** Required to reject: the family reads it. */
  reason?: string;
}

export const decideDocument = (applicationId: string, { documentId, ...body }: DocumentDecisionInput) =>
  api.post<ReviewOutcome>(`/enrollment/review/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(documentId)}/decision`, body);

export function useDecideDocument(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DocumentDecisionInput) => decideDocument(applicationId, input),
    onSettled: () => refreshAfterDecision(queryClient, applicationId),
  });
}
