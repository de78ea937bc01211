import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type UploadOptions } from '../../../../lib/api-client.ts';
import type { Appeal } from '../../../types.ts';
import { applicationQueryKey } from './get-application.ts';

/** 复核: after a rejection, within the policy's appeal days; decided by another reviewer. */
export const fileAppeal = ({ applicationId, reason }: { applicationId: string; reason: string }) =>
  api.post<Appeal>(`/enrollment/applications/${encodeURIComponent(applicationId)}/appeal`, { reason });

export function useFileAppeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fileAppeal,
    onSettled: (_, __, { applicationId }) => queryClient.invalidateQueries({ queryKey: applicationQueryKey(applicationId) }),
  });
}

/** Evidence for the open appeal, one file at a time. */
export function uploadAppealEvidence(applicationId: string, file: File, options: UploadOptions): Promise<Appeal> {
  const form = new FormData();
  form.append('file', file, file.name);
  return api.upload<Appeal>(`/enrollment/applications/${encodeURIComponent(applicationId)}/appeal/documents`, form, options);
}
