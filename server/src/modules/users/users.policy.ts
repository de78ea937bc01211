import type { Role } from '../../../../common/roles.ts';
import type { Grant } from '../../platform/access/actor.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { grantsOf, isPlatformAdmin, within } from '../../platform/access/grants.ts';
import { definePolicySection } from '../../platform/access/policy-section.ts';

type GrantRef = Pick<Grant, 'role' | 'organizationId' | 'scopePath'>;

declare module '../../platform/access/policy-section.ts' {
  interface ResourceTypes {
    user_collection: { type: 'user_collection' };
    /** A user as described by their grants; a user without grants is managed by platform admins only. */
    user: { type: 'user'; id: string; grants: GrantRef[] };
    role_grant: { type: 'role_grant'; role: Role; organizationId: string | null; scopePath: string | null };
  }
  interface ActionNames {
    disable: true;
    grant: true;
    revoke: true;
  }
}

/** Roles a bureau admin may hand out inside their jurisdiction, and a school admin inside their school. */
const BUREAU_GRANTABLE: readonly Role[] = ['bureau_reviewer', 'school_admin', 'teacher'];
const SCHOOL_GRANTABLE: readonly Role[] = ['teacher'];

function reachesGrant(actor: Actor, target: GrantRef): boolean {
  if (target.role === 'platform_admin') return false;
  if (
    grantsOf(actor, 'bureau_admin').some((g) => within(target.scopePath, g.scopePath) && (target.role !== 'bureau_admin' || target.scopePath !== g.scopePath))
  ) {
    return true;
  }
  return grantsOf(actor, 'school_admin').some((g) => target.role === 'teacher' && target.organizationId === g.organizationId);
}

export const usersPolicy = definePolicySection(['user_collection', 'user', 'role_grant'], (actor, action, resource) => {
  if (isPlatformAdmin(actor)) return true;
  switch (resource.type) {
    case 'user_collection':
      return action === 'list' && grantsOf(actor, 'bureau_admin', 'school_admin').length > 0;
    case 'user':
      if (!['read', 'update', 'disable'].includes(action)) return false;
      if (resource.id === actor.userId) return action === 'read';
      // Seeing a person needs one of their grants within reach (as the people list shows them);
      // changing them needs all of them, so nobody edits a person who also works elsewhere.
      if (action === 'read') return resource.grants.some((g) => reachesGrant(actor, g));
      return resource.grants.length > 0 && resource.grants.every((g) => reachesGrant(actor, g));
    case 'role_grant': {
      if (action !== 'grant' && action !== 'revoke') return false;
      if (grantsOf(actor, 'bureau_admin').some((g) => BUREAU_GRANTABLE.includes(resource.role) && within(resource.scopePath, g.scopePath))) {
        return true;
      }
      // A bureau appoints the admins of the bureaus below it (a municipality its districts), never its peers.
      if (
        resource.role === 'bureau_admin' &&
        grantsOf(actor, 'bureau_admin').some((g) => within(resource.scopePath, g.scopePath) && resource.scopePath !== g.scopePath)
      ) {
        return true;
      }
      return grantsOf(actor, 'school_admin').some((g) => SCHOOL_GRANTABLE.includes(resource.role) && resource.organizationId === g.organizationId);
    }
  }
});
