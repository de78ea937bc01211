import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Ok } from '../../../types.ts';
import { childrenQueryKey } from './get-children.ts';

/** Only while the child has no application (the server says so otherwise). */
export const deleteChild = (id: string) => api.delete<Ok>(`/enrollment/children/${encodeURIComponent(id)}`);

export function useDeleteChild() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteChild, onSuccess: () => queryClient.invalidateQueries({ queryKey: childrenQueryKey }) });
}
