import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { OfferAnswer } from '../../../types.ts';
import { applicationsQueryKey } from './get-applications.ts';

const base = (id: string) => `/enrollment/applications/${encodeURIComponent(id)}/offer`;

export const acceptOffer = ({ id, version }: { id: string; version: number }) => api.post<OfferAnswer>(`${base(id)}/accept`, { version });

/** The seat goes to the next round; the reason helps the bureau plan. */
export const declineOffer = ({ id, version, reason }: { id: string; version: number; reason: string }) =>
  api.post<OfferAnswer>(`${base(id)}/decline`, { version, reason });

export function useAcceptOffer() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: acceptOffer, onSettled: () => queryClient.invalidateQueries({ queryKey: applicationsQueryKey }) });
}

export function useDeclineOffer() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: declineOffer, onSettled: () => queryClient.invalidateQueries({ queryKey: applicationsQueryKey }) });
}
