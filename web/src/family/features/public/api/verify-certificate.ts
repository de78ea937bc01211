import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PublicCertificateView } from '../../../../../../server/src/modules/events/certificates.schemas.ts';
import { api } from '../../../../lib/api-client.ts';

export type PublicCertificate = PublicCertificateView;

/** Anyone holding the code (printed, or in the certificate's QR code) may check it: masked details only. */
export const verifyCertificate = (code: string) => api.get<PublicCertificate>(`/public/event-certificates/${encodeURIComponent(code)}`);

export const certificateQueryOptions = (code: string) => queryOptions({ queryKey: ['family', 'certificate', code], queryFn: () => verifyCertificate(code) });

export const useCertificateCheck = (code: string) => useQuery({ ...certificateQueryOptions(code), enabled: code !== '' });
