import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Profile, ProfileChanges } from './cooperation-types.ts';
import { profileQueryOptions } from './get-profile.ts';

export const updateProfile = (organizationId: string, changes: ProfileChanges) =>
  api.put<Profile>(`/cooperation/profiles/${encodeURIComponent(organizationId)}`, changes);

export function useUpdateProfile(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileChanges) => updateProfile(organizationId, changes),
    onSuccess: async (profile) => {
      queryClient.setQueryData(profileQueryOptions(organizationId).queryKey, profile);
      await queryClient.invalidateQueries({ queryKey: ['cooperation', 'partners'] });
    },
  });
}
