import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import { applicationQueryKey } from './get-application.ts';

/** The admission notice (入学通知书) PDF, after the offer was accepted. */
export const downloadNotice = ({ id, reference }: { id: string; reference: string }) =>
  api.download(`/enrollment/applications/${encodeURIComponent(id)}/admission-notice.pdf`, {}, `${reference}.pdf`);

/** The first download issues the notice: the application then shows its verification code. */
export function useDownloadNotice() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: downloadNotice, onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: applicationQueryKey(id) }) });
}
