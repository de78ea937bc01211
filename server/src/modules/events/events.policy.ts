import type { EventStatus } from '../../../../common/events.ts';
import { STAFF_ROLES, type Role } from '../../../../common/roles.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { definePolicySection, type Action, type ResourceTypes } from '../../platform/access/policy-section.ts';
import type { OrganizationKind } from '../../../../common/directory.ts';

/** An organization as the events rules see it. */
export interface EventOrgRef {
  organizationId: string;
  kind: OrganizationKind;
}

/**
 * Events (活动). An event is run by its organizers: the admin of an organizing school (school_admin) or of an
 * organizing bureau, institute or body (bureau_admin) creates, edits, moves and cancels it; any staff member
 * of an organizer reads its registrations and checks people in. Published events are read by all staff; a
 * draft only by its organizers' staff and the platform admin. A registration is its registrant's, their
 * school admin's (who may register and cancel for the school's teachers) and the organizers'.
 */
declare module '../../platform/access/policy-section.ts' {
  interface ResourceTypes {
    /** The list of events ('list'). */
    event_catalogue: { type: 'event_catalogue' };
    event: { type: 'event'; status: EventStatus; organizers: EventOrgRef[] };
    /** Acting for a school's teachers: registering several at once ('register'). */
    event_school: { type: 'event_school'; school: EventOrgRef };
    event_registration: { type: 'event_registration'; userId: string; schoolId: string | null; organizers: EventOrgRef[] };
    /** An attendance certificate: its holder's, and the organizers' (who revoke it: 'cancel'). */
    event_certificate: { type: 'event_certificate'; userId: string; organizers: EventOrgRef[] };
  }
  interface ActionNames {
    register: true;
    check_in: true;
    cancel: true;
  }
}

export type EventsResource = ResourceTypes['event_catalogue' | 'event' | 'event_school' | 'event_registration' | 'event_certificate'];

const has = (actor: Actor, ...roles: readonly Role[]) => actor.grants.some((g) => roles.includes(g.role));
/** Runs the organization: a school's admin, or the admin of a bureau, body or institute. */
const administers = (actor: Actor, org: EventOrgRef): boolean =>
  actor.grants.some((g) => g.organizationId === org.organizationId && g.role === (org.kind === 'school' ? 'school_admin' : 'bureau_admin'));
const worksAt = (actor: Actor, orgId: string | null): boolean =>
  orgId !== null && actor.grants.some((g) => g.organizationId === orgId && STAFF_ROLES.includes(g.role));

function canOnEvents(actor: Actor, action: Action, resource: EventsResource): boolean {
  const isPlatformAdmin = has(actor, 'platform_admin');
  const isStaff = has(actor, ...STAFF_ROLES);
  switch (resource.type) {
    case 'event_catalogue':
      return action === 'list' && isStaff;

    case 'event': {
      const runs = resource.organizers.some((o) => administers(actor, o));
      const organizerStaff = resource.organizers.some((o) => worksAt(actor, o.organizationId));
      switch (action) {
        case 'read':
          return isPlatformAdmin || organizerStaff || (resource.status !== 'draft' && isStaff);
        case 'create':
        case 'update':
          return runs;
        case 'register':
          return resource.status !== 'draft' && isStaff;
        case 'list':
        case 'check_in':
          return isPlatformAdmin || organizerStaff;
        default:
          return false;
      }
    }

    case 'event_school':
      return action === 'register' && resource.school.kind === 'school' && administers(actor, resource.school);

    case 'event_registration': {
      const own = resource.userId === actor.userId;
      const schoolAdmin = resource.schoolId !== null && administers(actor, { organizationId: resource.schoolId, kind: 'school' });
      const runs = resource.organizers.some((o) => administers(actor, o));
      const organizerStaff = resource.organizers.some((o) => worksAt(actor, o.organizationId));
      switch (action) {
        case 'read':
          return own || schoolAdmin || organizerStaff || isPlatformAdmin;
        case 'cancel':
          return own || schoolAdmin || runs;
        default:
          return false;
      }
    }

    case 'event_certificate': {
      if (action === 'read') return resource.userId === actor.userId || isPlatformAdmin || resource.organizers.some((o) => worksAt(actor, o.organizationId));
      return action === 'cancel' && resource.organizers.some((o) => administers(actor, o));
    }
  }
}

export const eventsPolicy = definePolicySection(['event_catalogue', 'event', 'event_school', 'event_registration', 'event_certificate'], canOnEvents);
