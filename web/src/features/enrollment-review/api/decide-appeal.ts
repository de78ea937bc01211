import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { refreshAfterDecision } from './review-cache.ts';
import type { Appeal } from './review-types.ts';

export interface AppealDecisionInput {
  appealId: string;
  /** The appeal's version the reviewer saw (evidence uploads move it). */
  version: number;
  decision: 'uphold' | 'dismiss';
  /** Required to dismiss: the family reads it. */
  reason?: string;
}

/** Decided by a reviewer other than the one who rejected (the server refuses the same one). */
export const decideAppeal = ({ appealId, ...body }: AppealDecisionInput) =>
  api.post<Appeal>(`/enrollment/review/appeals/${encodeURIComponent(appealId)}/decision`, body);

export function useDecideAppeal(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: decideAppeal, onSettled: () => refreshAfterDecision(queryClient, applicationId) });
}
