import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Ok } from '../../../types.ts';
import { applicationQueryKey } from './get-application.ts';

export const deleteDocument = ({ applicationId, documentId }: { applicationId: string; documentId: string }) =>
  api.delete<Ok>(`/enrollment/applications/${encodeURIComponent(applicationId)}/documents/${encodeURIComponent(documentId)}`);

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocument,
    onSettled: (_, __, { applicationId }) => queryClient.invalidateQueries({ queryKey: applicationQueryKey(applicationId) }),
  });
}
