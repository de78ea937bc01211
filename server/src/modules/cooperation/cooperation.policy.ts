import type { AgreementStatus, BodyType, PairingStatus } from '../../../../common/cooperation.ts';
import type { OrganizationKind } from '../../../../common/directory.ts';
import { STAFF_ROLES, type Role } from '../../../../common/roles.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { within as reachesPath } from '../../platform/access/grants.ts';
import { definePolicySection, type Action, type ResourceTypes } from '../../platform/access/policy-section.ts';

/** An organization as the cooperation rules see it: who runs it (by kind) and where it is. */
export interface OrgRef {
  organizationId: string;
  kind: OrganizationKind;
  regionPath: string;
}

/**
 * Resources of the cooperation network (part of the one policy's `Resource`). Public faces (active pairings —
 * which schools, since when, on what — agreements in force, communities, alliances) are read by all staff; proposals, drafts and exchanges only by
 * the organizations involved and the bureaus above them. Guardians see none of it.
 */
declare module '../../platform/access/policy-section.ts' {
  interface ResourceTypes {
    /** The network's lists and public records ('list', 'read'). */
    cooperation_network: { type: 'cooperation_network' };
    cooperation_agreement: { type: 'cooperation_agreement'; status: AgreementStatus; parties: OrgRef[] };
    cooperation_pairing: { type: 'cooperation_pairing'; status: PairingStatus; proposerSchoolId: string; schools: OrgRef[] };
    /** A community or an alliance as a whole; its managers are the lead school, or the chair and vice-chairs. */
    cooperation_body: { type: 'cooperation_body'; bodyType: BodyType; managers: OrgRef[] };
    /** Acting for one organization in a community or alliance: asking to join ('join'), leaving ('leave'). */
    cooperation_membership: { type: 'cooperation_membership'; organization: OrgRef };
    cooperation_exchange: { type: 'cooperation_exchange'; createdBy: string | null; organizations: OrgRef[] };
    /** A dashboard of one region (scopePath) or of everything (null); coordination bodies' staff read everything. */
    cooperation_dashboard: { type: 'cooperation_dashboard'; scopePath: string | null; coordinationBodyIds: string[] };
    /** Importing existing pairings, communities and exchanges; each row is checked against the rules above. */
    cooperation_import: { type: 'cooperation_import' };
    /** The partner finder of one school. */
    cooperation_partner_search: { type: 'cooperation_partner_search'; school: OrgRef };
  }
  interface ActionNames {
    /** A pairing's particulars (description, reasons, timeline): beyond its public face. */
    read_details: true;
    confirm: true;
    accept: true;
    decline: true;
    withdraw: true;
    approve: true;
    reject: true;
    end: true;
    join: true;
    leave: true;
  }
}

export type CooperationResource = ResourceTypes[Extract<keyof ResourceTypes, `cooperation_${string}`>];

const within = (path: string, scope: string | null): boolean => reachesPath(path, scope);
const has = (actor: Actor, ...roles: Role[]) => actor.grants.some((g) => roles.includes(g.role));
const BUREAU_ROLES: Role[] = ['bureau_admin', 'bureau_reviewer'];

/** Runs the organization: a school's admin, or the admin of a bureau, body or institute. */
const administers = (actor: Actor, org: OrgRef): boolean =>
  actor.grants.some((g) => g.organizationId === org.organizationId && g.role === (org.kind === 'school' ? 'school_admin' : 'bureau_admin'));
/** Works there in any staff role. */
const worksAt = (actor: Actor, org: OrgRef): boolean => actor.grants.some((g) => g.organizationId === org.organizationId && STAFF_ROLES.includes(g.role));
/** A bureau whose jurisdiction reaches the organization. */
const covers = (actor: Actor, org: OrgRef, roles: Role[] = BUREAU_ROLES): boolean =>
  actor.grants.some((g) => roles.includes(g.role) && within(org.regionPath, g.scopePath));
const involved = (actor: Actor, orgs: OrgRef[]): boolean => orgs.some((o) => worksAt(actor, o) || covers(actor, o));

/**
 * Asked before the platform-admin rule: confirming, accepting and approving are the parties' and their
 * bureaus' own acts, which nobody else can do for them — the platform admin included.
 */
function canOnCooperation(actor: Actor, action: Action, resource: CooperationResource): boolean {
  const isPlatformAdmin = has(actor, 'platform_admin');
  const isStaff = has(actor, ...STAFF_ROLES);
  switch (resource.type) {
    case 'cooperation_network':
      return (action === 'list' || action === 'read') && isStaff;

    case 'cooperation_agreement': {
      const party = resource.parties.some((p) => administers(actor, p));
      switch (action) {
        case 'read':
          return isPlatformAdmin || (resource.status !== 'draft' && isStaff) || involved(actor, resource.parties);
        case 'create':
        case 'update':
        case 'delete':
          return isPlatformAdmin || party;
        case 'confirm':
        case 'end':
          return party;
        default:
          return false;
      }
    }

    case 'cooperation_pairing': {
      const proposer = resource.schools.find((s) => s.organizationId === resource.proposerSchoolId);
      const isProposer = !!proposer && administers(actor, proposer);
      const isPartner = resource.schools.some((s) => s.organizationId !== resource.proposerSchoolId && administers(actor, s));
      const sideBureau = resource.schools.some((s) => covers(actor, s, ['bureau_admin']));
      switch (action) {
        case 'read':
          return isPlatformAdmin || ((resource.status === 'active' || resource.status === 'ended') && isStaff) || involved(actor, resource.schools);
        // That two schools are paired is public to staff; what they wrote, the reasons given and the history
        // are the schools' and their bureaus' own.
        case 'read_details':
          return isPlatformAdmin || involved(actor, resource.schools);
        case 'create':
        case 'update':
        case 'withdraw':
          return isProposer;
        case 'accept':
        case 'decline':
          return isPartner;
        case 'approve':
        case 'reject':
          return sideBureau;
        case 'end':
          return isPlatformAdmin || isProposer || isPartner || sideBureau;
        default:
          return false;
      }
    }

    case 'cooperation_body': {
      if (action === 'read') return isStaff;
      const manager = resource.managers.some((m) => administers(actor, m) || covers(actor, m, ['bureau_admin']));
      return (action === 'create' || action === 'update') && (isPlatformAdmin || manager);
    }

    case 'cooperation_membership':
      return (action === 'join' || action === 'leave') && administers(actor, resource.organization);

    case 'cooperation_exchange': {
      const orgs = resource.organizations;
      switch (action) {
        case 'read':
          return isPlatformAdmin || involved(actor, orgs);
        case 'create':
          return orgs.some((o) => worksAt(actor, o) || covers(actor, o, ['bureau_admin']));
        case 'update':
        case 'delete':
          return (
            orgs.some((o) => administers(actor, o) || covers(actor, o, ['bureau_admin'])) ||
            (resource.createdBy === actor.userId && orgs.some((o) => worksAt(actor, o)))
          );
        default:
          return false;
      }
    }

    case 'cooperation_dashboard': {
      if (action !== 'read' && action !== 'export') return false;
      const coordination = actor.grants.some(
        (g) => BUREAU_ROLES.includes(g.role) && g.organizationId !== null && resource.coordinationBodyIds.includes(g.organizationId),
      );
      if (isPlatformAdmin || coordination) return true;
      const scope = resource.scopePath;
      return scope !== null && actor.grants.some((g) => BUREAU_ROLES.includes(g.role) && within(scope, g.scopePath));
    }

    case 'cooperation_import':
      return action === 'import' && (isPlatformAdmin || has(actor, 'bureau_admin'));

    case 'cooperation_partner_search':
      return action === 'read' && (isPlatformAdmin || worksAt(actor, resource.school) || covers(actor, resource.school));
  }
}

export const cooperationPolicy = definePolicySection(
  [
    'cooperation_network',
    'cooperation_agreement',
    'cooperation_pairing',
    'cooperation_body',
    'cooperation_membership',
    'cooperation_exchange',
    'cooperation_dashboard',
    'cooperation_import',
    'cooperation_partner_search',
  ],
  canOnCooperation,
);
