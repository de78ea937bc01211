import { ROLE_SCOPE, type Role } from '../../../../../common/roles.ts';
import type { Grant } from '../../../types/api.ts';
import type { GrantScope } from '../api/search-organizations.ts';

/**
 * The roles a person may hand out, mirroring platform/access/policy.ts (BUREAU_GRANTABLE, SCHOOL_GRANTABLE,
 * and bureau_admin for the bureaus below one's own); the server has the last word, per organization.
 * Guardians are never created here: they register by signing in.
 */
export function grantableRoles(grants: readonly Grant[]): Role[] {
  const roles = new Set(grants.map((g) => g.role));
  if (roles.has('platform_admin')) return ['platform_admin', 'bureau_admin', 'bureau_reviewer', 'school_admin', 'teacher'];
  if (roles.has('bureau_admin')) return ['bureau_admin', 'bureau_reviewer', 'school_admin', 'teacher'];
  if (roles.has('school_admin')) return ['teacher'];
  return [];
}

/** Which organization a grant of this role names, if any. */
export function grantScopeOf(role: Role | undefined): GrantScope | null {
  if (!role) return null;
  const scope = ROLE_SCOPE[role];
  return scope === 'bureau' || scope === 'school' ? scope : null;
}
