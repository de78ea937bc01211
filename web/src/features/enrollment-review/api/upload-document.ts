import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Material } from '../../../../../common/enrollment.ts';
import { api } from '../../../lib/api-client.ts';
import type { FiledApplication } from './review-types.ts';

export type UploadedDocument = FiledApplication['documents'][number];

/** A document scanned at the counter into an assisted application (the server checks and re-encodes it). */
export function uploadDocument(applicationId: string, material: Material, file: File): Promise<UploadedDocument> {
  const body = new FormData();
  body.append('material', material);
  body.append('file', file, file.name);
  return api.post<UploadedDocument>(`/enrollment/applications/${encodeURIComponent(applicationId)}/documents`, body);
}

export function useUploadDocument(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ material, file }: { material: Material; file: File }) => uploadDocument(applicationId, material, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['enrollment-review', 'application', applicationId] }),
  });
}
