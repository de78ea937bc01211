import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** The child's full ID number: a POST (never in a URL), answered only to a reviewer of the application and audited. */
export const revealIdNumber = (applicationId: string) =>
  api.post<{ idNumber: string }>(`/enrollment/review/applications/${encodeURIComponent(applicationId)}/reveal-id-number`);

export const useRevealIdNumber = (applicationId: string) => useMutation({ mutationFn: () => revealIdNumber(applicationId) });
