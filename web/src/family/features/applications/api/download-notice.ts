import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** The admission notice (入学通知书) PDF, after the offer was accepted. */
export const downloadNotice = ({ id, reference }: { id: string; reference: string }) =>
  api.download(`/enrollment/applications/${encodeURIComponent(id)}/admission-notice.pdf`, `${reference}.pdf`);

export function useDownloadNotice() {
  return useMutation({ mutationFn: downloadNotice });
}
