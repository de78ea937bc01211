import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Agreement } from './cooperation-types.ts';
import { agreementQueryOptions } from './get-agreement.ts';

/** A party's admin confirms (POST …/confirm; in force once all have) or ends it with a reason (POST …/end). */
export type AgreementDecision = { action: 'confirm'; version: number; withoutDocument: boolean } | { action: 'end'; version: number; reason: string };

export const decideAgreement = (id: string, { action, ...body }: AgreementDecision) =>
  api.post<Agreement>(`/cooperation/agreements/${encodeURIComponent(id)}/${action}`, body);

export function useDecideAgreement(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: AgreementDecision) => decideAgreement(id, decision),
    onSuccess: (agreement) => queryClient.setQueryData(agreementQueryOptions(id).queryKey, agreement),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cooperation'] }),
  });
}
