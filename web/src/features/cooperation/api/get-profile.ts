import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import type { Profile } from './cooperation-types.ts';

/** A school's strengths and needs (subjects and focus areas), which the partner finder matches. */
export const getProfile = (organizationId: string, signal?: AbortSignal) =>
  api.get<Profile>(`/cooperation/profiles/${encodeURIComponent(organizationId)}`, undefined, signal);

export const profileQueryOptions = (organizationId: string) =>
  queryOptions({ queryKey: ['cooperation', 'profile', organizationId], queryFn: ({ signal }) => getProfile(organizationId, signal) });

export const useProfile = (organizationId: string | undefined) => useQuery({ ...profileQueryOptions(organizationId ?? ''), enabled: !!organizationId });
