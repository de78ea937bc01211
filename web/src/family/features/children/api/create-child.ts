import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import type { Child, NewChild } from '../../../types.ts';
import { childrenQueryKey } from './get-children.ts';

/** A retry of the same profile answers with the existing one (the ID number is the key), never a second. */
export const createChild = (input: NewChild) => api.post<Child>('/enrollment/children', input);

export function useCreateChild() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createChild, onSuccess: () => queryClient.invalidateQueries({ queryKey: childrenQueryKey }) });
}
