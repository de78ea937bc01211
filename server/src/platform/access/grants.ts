import type { Role } from '../../../../common/roles.ts';
import type { Actor, Grant } from './actor.ts';

/** A region path lies within a grant's scope (the scope itself or below it). */
export const within = (path: string | null, scope: string | null): boolean => path !== null && scope !== null && path.startsWith(scope);

export const grantsOf = (actor: Actor, ...roles: Role[]): Grant[] => actor.grants.filter((g) => roles.includes(g.role));

export const hasAnyRole = (actor: Actor, ...roles: Role[]): boolean => actor.grants.some((g) => roles.includes(g.role));

export const isPlatformAdmin = (actor: Actor): boolean => hasAnyRole(actor, 'platform_admin');

/**
 * The actor's grants of these roles whose jurisdiction reaches the region (a bureau reaches its region and
 * below), the most local first: a district's grant before its municipality's.
 */
export const grantsReaching = (actor: Actor, regionPath: string | null, ...roles: Role[]): Grant[] =>
  grantsOf(actor, ...roles)
    .filter((g) => within(regionPath, g.scopePath))
    .sort((a, b) => b.scopePath!.length - a.scopePath!.length);

/** Whether some grant of these roles reaches the region. */
export const reaches = (actor: Actor, regionPath: string | null, ...roles: Role[]): boolean => grantsReaching(actor, regionPath, ...roles).length > 0;

/** Holds one of these roles at this organization. */
export const holdsAt = (actor: Actor, organizationId: string | null, ...roles: Role[]): boolean =>
  organizationId !== null && actor.grants.some((g) => g.organizationId === organizationId && roles.includes(g.role));
