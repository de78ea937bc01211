import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Child, ChildChanges } from '../../../types.ts';
import { childrenQueryKey } from './get-children.ts';

export const updateChild = ({ id, ...changes }: ChildChanges & { id: string }) => api.put<Child>(`/enrollment/children/${encodeURIComponent(id)}`, changes);

export function useUpdateChild() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateChild, onSuccess: () => queryClient.invalidateQueries({ queryKey: childrenQueryKey }) });
}
