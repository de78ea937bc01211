import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** Fetched (not a plain link) so that a refusal shows as a message instead of a page of JSON. */
export const downloadAgreementDocument = ({ id, name }: { id: string; name: string }) =>
  api.download(`/cooperation/agreements/${encodeURIComponent(id)}/document`, {}, name);

export const useDownloadAgreementDocument = () => useMutation({ mutationFn: downloadAgreementDocument });
