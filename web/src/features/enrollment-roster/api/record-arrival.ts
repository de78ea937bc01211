import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ArrivalBody, RosterPupil } from '../../../../../server/src/modules/enrollment/roster/roster.schemas.ts';
import { api } from '../../../lib/api-client.ts';

export interface RecordArrivalInput extends ArrivalBody {
  applicationId: string;
}

/** 报到 (arrived) or no-show, at the version the page showed: a stale one is answered 409. */
export const recordArrival = ({ applicationId, ...body }: RecordArrivalInput) =>
  api.post<RosterPupil>(`/enrollment/applications/${encodeURIComponent(applicationId)}/arrival`, body);

export function useRecordArrival() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordArrival,
    // The list and its counts move either way; on a conflict the fresh list shows what someone else recorded.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['enrollment-roster'] }),
  });
}
