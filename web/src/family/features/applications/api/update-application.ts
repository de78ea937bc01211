import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Application, ApplicationChanges } from '../../../types.ts';
import { applicationQueryKey } from './get-application.ts';
import { applicationsQueryKey } from './get-applications.ts';

/** Saves a step of the draft; fields left out stay as they are. The version guards against another device's edits. */
export const updateApplication = ({ id, ...changes }: ApplicationChanges & { id: string }) =>
  api.put<Application>(`/enrollment/applications/${encodeURIComponent(id)}`, changes);

export function useUpdateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateApplication,
    onSuccess: (application) => {
      queryClient.setQueryData(applicationQueryKey(application.id), application);
      void queryClient.invalidateQueries({ queryKey: applicationsQueryKey, exact: true });
    },
  });
}
