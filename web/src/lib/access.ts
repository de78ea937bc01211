import type { Capability } from '../../../common/capabilities.ts';
import { STAFF_ROLES } from '../../../common/roles.ts';
import type { Grant } from '../types/api.ts';
import { useCurrentUser } from './session.ts';

/** A part of the staff app (menu entry, page, create button) that the server may open to the signed-in person. */
export type Area = Capability;

/**
 * The server lists the areas this person's roles open with the session (auth/capabilities.ts); the web holds
 * no copy of the rules. It only keeps menus and buttons to what can work: the server checks every request.
 */
export const canUse = (user: { capabilities: readonly string[] }, area: Area): boolean => user.capabilities.includes(area);

export function useCanAccess(area: Area): boolean {
  return canUse(useCurrentUser(), area);
}

/** Guardians without any staff role get the simple family layout. */
export const isGuardianOnly = (grants: readonly Grant[]): boolean => grants.length > 0 && !grants.some((grant) => STAFF_ROLES.includes(grant.role));
