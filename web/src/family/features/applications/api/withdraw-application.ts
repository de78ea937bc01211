import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import { applicationsQueryKey } from './get-applications.ts';

export const withdrawApplication = ({ id, version }: { id: string; version: number }) =>
  api.post<unknown>(`/enrollment/applications/${encodeURIComponent(id)}/withdraw`, { version });

export function useWithdrawApplication() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: withdrawApplication, onSettled: () => queryClient.invalidateQueries({ queryKey: applicationsQueryKey }) });
}
