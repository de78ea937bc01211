import type { Locale } from '../../../../common/locales.ts';
import type { Role } from '../../../../common/roles.ts';

export interface Grant {
  id: string;
  role: Role;
  organizationId: string | null;
  /** The region path the grant reaches: the organization's region for bureau and school roles, null for platform and self. */
  scopePath: string | null;
}

/** The signed-in person as the access policy sees them: identity plus role grants, nothing else. */
export interface Actor {
  userId: string;
  displayName: string;
  locale: Locale;
  sessionId: string;
  grants: Grant[];
}

export const hasRole = (actor: Actor, role: Role): boolean => actor.grants.some((g) => g.role === role);
