import type { OrganizationKind } from '../../../../common/directory.ts';
import type { ApplicationStatus } from '../../../../common/enrollment-application.ts';
import type { Role } from '../../../../common/roles.ts';
import { AppError } from '../http/errors.ts';
import type { Actor, Grant } from './actor.ts';
import { canOnCooperation, isCooperationResource, type CooperationAction, type CooperationResource } from './cooperation-policy.ts';

/**
 * The one access policy. Every handler asks it first: `authorize(actor, 'update', resource)`.
 * A bureau reaches its own region and everything below it; a school its own records.
 */
export type Resource =
  | { type: 'directory' } // regions and the public face of organizations
  | { type: 'organization'; id: string; kind: OrganizationKind; regionPath: string }
  /** Creating, importing or exporting organizations in a region. */
  | { type: 'organization_collection'; regionPath: string }
  | { type: 'user_collection' }
  /** A user as described by their grants; a user without grants is managed by platform admins only. */
  | { type: 'user'; id: string; grants: Pick<Grant, 'role' | 'organizationId' | 'scopePath'>[] }
  | { type: 'role_grant'; role: Role; organizationId: string | null; scopePath: string | null }
  | { type: 'audit_log' }
  /** A migrant child's profile: its guardians alone manage it and see the full ID number. */
  | { type: 'child'; guardianUserIds: string[] }
  /** Adding a child profile, listing one's own children. */
  | { type: 'child_collection' }
  /** An enrollment policy (招生政策) of a host district; creating one is 'create' on a draft in that region. */
  | { type: 'enrollment_policy'; regionPath: string; status: 'draft' | 'published' | 'closed' }
  /**
   * An application (入学申请): its guardian manages it; reviewers of the host district review it; the host
   * bureau reads it masked; the school it was placed at reads it once the offer is accepted.
   */
  | { type: 'enrollment_application'; regionPath: string; guardianUserId: string; placedSchoolId: string | null; status: ApplicationStatus }
  /** The applications of a host region: the inbox ('list'), assisted filing ('create'), statistics ('export'). */
  | { type: 'enrollment_application_collection'; regionPath: string }
  /** The pupils admitted to a school ('list') and their arrival ('record_arrival'). */
  | { type: 'enrollment_school_roster'; schoolId: string }
  /** The cooperation network: agreements, pairings, communities, alliances, exchanges, dashboards (cooperation-policy.ts). */
  | CooperationResource;

export type Action =
  | 'read' | 'create' | 'update' | 'import' | 'export' | 'list' | 'disable' | 'grant' | 'revoke' | 'delete' | 'reveal_id_number'
  // Enrollment: a family's own steps, a reviewer's decisions, a bureau's allocation and placements, a school's 报到.
  | 'submit' | 'respond' | 'review' | 'allocate' | 'place' | 'record_arrival'
  // Cooperation: parties confirm, partners accept, bureaus approve (cooperation-policy.ts).
  | CooperationAction;

const within = (path: string | null, scope: string | null): boolean => path !== null && scope !== null && path.startsWith(scope);

const grantsOf = (actor: Actor, ...roles: Role[]) => actor.grants.filter((g) => roles.includes(g.role));

/** Roles a bureau admin may hand out inside their jurisdiction, and a school admin inside their school. */
const BUREAU_GRANTABLE: readonly Role[] = ['bureau_reviewer', 'school_admin', 'teacher'];
const SCHOOL_GRANTABLE: readonly Role[] = ['teacher'];

function reachesGrant(actor: Actor, target: Pick<Grant, 'role' | 'organizationId' | 'scopePath'>): boolean {
  if (target.role === 'platform_admin') return false;
  if (grantsOf(actor, 'bureau_admin').some((g) => within(target.scopePath, g.scopePath) && (target.role !== 'bureau_admin' || target.scopePath !== g.scopePath))) {
    return true;
  }
  return grantsOf(actor, 'school_admin').some((g) => target.role === 'teacher' && target.organizationId === g.organizationId);
}

/** Asked before the platform-admin rule: a platform admin sees a child masked, and never changes or reveals it. */
function canOnChild(actor: Actor, action: Action, resource: Extract<Resource, { type: 'child' | 'child_collection' }>): boolean {
  const isGuardian = grantsOf(actor, 'guardian').length > 0;
  if (resource.type === 'child_collection') return (action === 'create' || action === 'list') && isGuardian;
  const ownChild = resource.guardianUserIds.includes(actor.userId);
  if (action === 'read') return ownChild || grantsOf(actor, 'platform_admin').length > 0;
  return ['update', 'delete', 'reveal_id_number'].includes(action) && ownChild;
}

/** Pupils count from acceptance on: before that, a school sees nothing of an applicant. */
const ADMITTED: readonly ApplicationStatus[] = ['accepted', 'enrolled', 'no_show'];

/**
 * Asked before the platform-admin rule, like children: the platform admin reads applications (masked)
 * and statistics but never decides one. Reviewing is the host district's reviewers' work alone.
 */
function canOnApplication(
  actor: Actor,
  action: Action,
  resource: Extract<Resource, { type: 'enrollment_application' | 'enrollment_application_collection' | 'enrollment_school_roster' }>,
): boolean {
  const isPlatformAdmin = grantsOf(actor, 'platform_admin').length > 0;
  if (resource.type === 'enrollment_school_roster') {
    if (action === 'list') return isPlatformAdmin || grantsOf(actor, 'school_admin').some((g) => g.organizationId === resource.schoolId);
    return action === 'record_arrival' && grantsOf(actor, 'school_admin').some((g) => g.organizationId === resource.schoolId);
  }
  const reviewer = grantsOf(actor, 'bureau_reviewer').some((g) => within(resource.regionPath, g.scopePath));
  const hostBureau = grantsOf(actor, 'bureau_admin').some((g) => within(resource.regionPath, g.scopePath));
  if (resource.type === 'enrollment_application_collection') {
    if (action === 'list' || action === 'export') return isPlatformAdmin || reviewer || hostBureau;
    if (action === 'create') return reviewer; // assisted filing at a service counter
    if (action === 'allocate' || action === 'place') return hostBureau;
    return false;
  }
  const own = resource.guardianUserId === actor.userId;
  const atSchool = ADMITTED.includes(resource.status) && grantsOf(actor, 'school_admin').some((g) => g.organizationId === resource.placedSchoolId);
  switch (action) {
    case 'read':
      return own || reviewer || hostBureau || atSchool || isPlatformAdmin;
    case 'update':
    case 'submit':
    case 'respond':
      return own;
    case 'review':
    case 'reveal_id_number':
      return reviewer;
    case 'place':
      return hostBureau;
    case 'record_arrival':
      return atSchool;
    default:
      return false;
  }
}

export function can(actor: Actor | null, action: Action, resource: Resource): boolean {
  if (!actor) return false;
  if (resource.type === 'child' || resource.type === 'child_collection') return canOnChild(actor, action, resource);
  if (resource.type === 'enrollment_application' || resource.type === 'enrollment_application_collection' || resource.type === 'enrollment_school_roster') {
    return canOnApplication(actor, action, resource);
  }
  if (isCooperationResource(resource)) return canOnCooperation(actor, action, resource);
  if (actor.grants.some((g) => g.role === 'platform_admin')) return true;

  switch (resource.type) {
    case 'directory':
      return action === 'read';
    case 'organization':
      if (action === 'read') return true;
      if (action !== 'update') return false;
      return (
        grantsOf(actor, 'bureau_admin').some((g) => within(resource.regionPath, g.scopePath)) ||
        (resource.kind === 'school' && grantsOf(actor, 'school_admin').some((g) => g.organizationId === resource.id))
      );
    case 'organization_collection':
      if (action === 'create' || action === 'import') {
        return grantsOf(actor, 'bureau_admin').some((g) => within(resource.regionPath, g.scopePath));
      }
      if (action === 'export') {
        return grantsOf(actor, 'bureau_admin', 'bureau_reviewer').some((g) => within(resource.regionPath, g.scopePath));
      }
      return false;
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
      if (resource.role === 'bureau_admin' && grantsOf(actor, 'bureau_admin').some((g) => within(resource.scopePath, g.scopePath) && resource.scopePath !== g.scopePath)) {
        return true;
      }
      return grantsOf(actor, 'school_admin').some((g) => SCHOOL_GRANTABLE.includes(resource.role) && resource.organizationId === g.organizationId);
    }
    case 'enrollment_policy':
      // Published and closed policies are public to every signed-in person: families apply across districts.
      if (action === 'read') {
        return resource.status !== 'draft' || grantsOf(actor, 'bureau_admin', 'bureau_reviewer').some((g) => within(resource.regionPath, g.scopePath));
      }
      if (action === 'create' || action === 'update') return grantsOf(actor, 'bureau_admin').some((g) => within(resource.regionPath, g.scopePath));
      return false;
    case 'audit_log':
      return false;
  }
}

/** `can` or a 403 (401 when nobody is signed in). */
export function authorize(actor: Actor | null, action: Action, resource: Resource): asserts actor is Actor {
  if (!actor) throw new AppError('auth.required', 401);
  if (!can(actor, action, resource)) throw new AppError('auth.forbidden', 403);
}

/** The region paths an actor administers (for filtering lists); null means everything. */
export function jurisdictionOf(actor: Actor, ...roles: Role[]): string[] | null {
  if (actor.grants.some((g) => g.role === 'platform_admin')) return null;
  return grantsOf(actor, ...roles).map((g) => g.scopePath).filter((p): p is string => p !== null);
}
