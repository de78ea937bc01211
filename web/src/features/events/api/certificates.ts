import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { CertificateView, IssueResult } from '../../../../../server/src/modules/events/certificates.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export type Certificate = CertificateView;

/** The person's certificates, all in one place. */
export const getMyCertificates = (signal?: AbortSignal) => api.get<{ items: Certificate[] }>('/events/certificates/mine', undefined, signal);
export const myCertificatesQueryOptions = () =>
  queryOptions({ queryKey: ['events', 'certificates', 'mine'], queryFn: ({ signal }) => getMyCertificates(signal) });
export const useMyCertificates = () => useQuery(myCertificatesQueryOptions());

/** The PDF, in Chinese or (on request) English. */
export const downloadCertificate = (id: string, lang: 'zh-CN' | 'en-US') =>
  api.download(`/events/certificates/${encodeURIComponent(id)}/pdf`, { lang }, 'certificate.pdf');

/** The organizer issues certificates to everyone who attended (again: only to those still without one). */
export const issueCertificates = (eventId: string) => api.post<Static<typeof IssueResult>>(`/events/${encodeURIComponent(eventId)}/certificates`, {});

export function useIssueCertificates() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: issueCertificates, onSettled: () => queryClient.invalidateQueries({ queryKey: ['events'] }) });
}
