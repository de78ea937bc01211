import { useMutation } from '@tanstack/react-query';
import type { PublicListSummary } from '../../../../../server/src/modules/enrollment/public-lists/public-lists.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export type PublicList = PublicListSummary;

/**
 * Publishes the 公示 of the policy's approved applicants (masked names only) for the policy's notice days.
 * Publishing again with nothing changed answers the running list (a retry or a double click is harmless).
 */
export const publishPublicList = (policyId: string) => api.post<PublicList>(`/enrollment/policies/${encodeURIComponent(policyId)}/public-lists`);

export const usePublishPublicList = (policyId: string) => useMutation({ mutationFn: () => publishPublicList(policyId) });
