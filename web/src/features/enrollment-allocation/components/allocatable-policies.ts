import type { Grant } from '../../../types/api.ts';
import type { AllocationPolicy } from '../api/get-allocation-policies.ts';

/**
 * Policies the host bureau allocates: published ones it may still edit (`canEdit` is the server's answer
 * for the caller), and closed ones of a bureau or region the caller administers (closing clears `canEdit`,
 * but allocation usually follows the close). The server checks again on every run.
 */
export function isAllocatable(policy: AllocationPolicy, grants: readonly Grant[]): boolean {
  if (policy.status === 'draft') return false;
  if (policy.status === 'published' && policy.canEdit) return true;
  return grants.some((g) => g.role === 'bureau_admin' && (g.organizationId === policy.bureauId || g.regionId === policy.hostRegionId));
}

/** Newest school year first, then by title, so this year's policies lead the list. */
export const sortPolicies = (policies: readonly AllocationPolicy[]): AllocationPolicy[] =>
  [...policies].sort((a, b) => b.schoolYear - a.schoolYear || a.titleZh.localeCompare(b.titleZh, 'zh-CN'));
