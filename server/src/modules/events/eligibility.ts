import type { EventAudience } from '../../../../common/events.ts';
import { STAFF_ROLES } from '../../../../common/roles.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { AudienceRow } from './events.repository.ts';
import type { Registrant } from './seat-allocation.ts';

/**
 * Where a person registers from: the organization of their first school grant (teacher or school admin), else
 * of their bureau grant; its region path. A platform admin registers from nowhere (open seats only).
 */
export function registrantOf(actor: Actor): Registrant {
  const grant =
    actor.grants.find((g) => (g.role === 'teacher' || g.role === 'school_admin') && g.organizationId) ??
    actor.grants.find((g) => STAFF_ROLES.includes(g.role) && g.organizationId);
  return { organizationId: grant?.organizationId ?? null, regionPath: grant?.scopePath ?? null };
}

/** Whether the event's audience includes the registrant. */
export function eligibilityOf(audience: EventAudience, rows: readonly AudienceRow[], who: Registrant): boolean {
  switch (audience) {
    case 'staff':
      return true;
    case 'regions':
      return who.regionPath !== null && rows.some((r) => r.region_path !== null && who.regionPath!.startsWith(r.region_path));
    case 'invited_schools':
      return who.organizationId !== null && rows.some((r) => r.organization_id === who.organizationId);
  }
}
