import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Agreement } from './cooperation-types.ts';
import { agreementQueryOptions } from './get-agreement.ts';

/** The signed text as a PDF of at most 10 MiB; replaces the previous one. */
export function uploadAgreementDocument(id: string, file: File): Promise<Agreement> {
  const body = new FormData();
  body.append('file', file, file.name);
  return api.put<Agreement>(`/cooperation/agreements/${encodeURIComponent(id)}/document`, body);
}

export function useUploadAgreementDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadAgreementDocument(id, file),
    onSuccess: (agreement) => queryClient.setQueryData(agreementQueryOptions(id).queryKey, agreement),
  });
}
