import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** Publishes the 公示 of the policy's approved applicants (masked names only) for the policy's notice days. */
export const publishPublicList = (policyId: string) => api.post<unknown>(`/enrollment/policies/${encodeURIComponent(policyId)}/public-lists`, {});

export const usePublishPublicList = (policyId: string) => useMutation({ mutationFn: () => publishPublicList(policyId) });
