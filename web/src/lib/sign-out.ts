import { useMutation } from '@tanstack/react-query';
import type { Ok } from '../types/api.ts';
import { api } from './api-client.ts';
import { startOver } from './session.ts';

export const signOut = () => api.post<Ok>('/auth/logout');

/** Ends the session; the route guard then shows the sign-in page. Also cancels a half-finished sign-in. */
export function useSignOut() {
  return useMutation({ mutationFn: signOut, onSettled: startOver });
}
