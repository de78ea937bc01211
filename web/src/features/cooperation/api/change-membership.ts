import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AllianceRole } from '../../../../../common/cooperation.ts';
import { api } from '../../../lib/api-client.ts';
import { bodyPath, bodyQueryOptions, type BodyDetail, type BodyType } from './get-body.ts';

/**
 * The membership steps of a community or alliance, each its own endpoint, each answered with the body:
 * ask to join, add a member directly (managers), approve or reject a request, leave, change an alliance role.
 */
export type MembershipChange =
  | { action: 'join'; organizationId: string; note?: string }
  | { action: 'add'; organizationId: string; role?: Exclude<AllianceRole, 'chair'> }
  | { action: 'approve'; membershipId: string; version: number }
  | { action: 'reject'; membershipId: string; version: number; reason: string }
  | { action: 'leave'; membershipId: string; version: number; reason?: string }
  | { action: 'role'; membershipId: string; version: number; role: AllianceRole };

export function changeMembership(type: BodyType, id: string, change: MembershipChange): Promise<BodyDetail> {
  const base = bodyPath(type, id);
  switch (change.action) {
    case 'join':
      return api.post<BodyDetail>(`${base}/join-requests`, { organizationId: change.organizationId, note: change.note ?? null });
    case 'add':
      return api.post<BodyDetail>(
        `${base}/members`,
        type === 'alliance' ? { organizationId: change.organizationId, role: change.role ?? 'member' } : { organizationId: change.organizationId },
      );
    case 'approve':
      return api.post<BodyDetail>(`${base}/memberships/${encodeURIComponent(change.membershipId)}/approve`, { version: change.version });
    case 'reject':
      return api.post<BodyDetail>(`${base}/memberships/${encodeURIComponent(change.membershipId)}/reject`, { reason: change.reason, version: change.version });
    case 'leave':
      return api.post<BodyDetail>(`${base}/memberships/${encodeURIComponent(change.membershipId)}/leave`, {
        reason: change.reason ?? null,
        version: change.version,
      });
    case 'role':
      return api.put<BodyDetail>(`${base}/memberships/${encodeURIComponent(change.membershipId)}/role`, { role: change.role, version: change.version });
  }
}

export function useChangeMembership(type: BodyType, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: MembershipChange) => changeMembership(type, id, change),
    onSuccess: (detail) => queryClient.setQueryData(bodyQueryOptions(type, id).queryKey, detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cooperation', type === 'community' ? 'communities' : 'alliances'] }),
  });
}
