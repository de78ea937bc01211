import type { ApplicationStatus } from '../../../../common/enrollment-application.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { grantsOf, holdsAt, isPlatformAdmin, reaches } from '../../platform/access/grants.ts';
import { definePolicySection, type Action, type ResourceTypes } from '../../platform/access/policy-section.ts';

declare module '../../platform/access/policy-section.ts' {
  interface ResourceTypes {
    /** A migrant child's profile: its guardians alone manage it and see the full ID number. */
    child: { type: 'child'; guardianUserIds: string[] };
    /** Adding a child profile, listing one's own children. */
    child_collection: { type: 'child_collection' };
    /** An enrollment policy (招生政策) of a host district; creating one is 'create' on a draft in that region. */
    enrollment_policy: { type: 'enrollment_policy'; regionPath: string; status: 'draft' | 'published' | 'closed' };
    /**
     * An application (入学申请): its guardian manages it; reviewers of the host district review it; the host
     * bureau reads it masked; the school it was placed at reads it once the offer is accepted.
     */
    enrollment_application: {
      type: 'enrollment_application';
      regionPath: string;
      guardianUserId: string;
      placedSchoolId: string | null;
      status: ApplicationStatus;
      /** Ever submitted (submitted_at set): a draft withdrawn before submission stays its family's alone. */
      wasSubmitted: boolean;
    };
    /** The applications of a host region: the inbox ('list'), assisted filing ('create'), statistics ('export'), allocation. */
    enrollment_application_collection: { type: 'enrollment_application_collection'; regionPath: string };
    /** The pupils admitted to a school ('list') and their arrival ('record_arrival'). */
    enrollment_school_roster: { type: 'enrollment_school_roster'; schoolId: string };
  }
  interface ActionNames {
    reveal_id_number: true;
    // A family's own steps, a reviewer's decisions, a bureau's allocation and placements, a school's 报到.
    submit: true;
    respond: true;
    review: true;
    allocate: true;
    place: true;
    record_arrival: true;
  }
}

type ApplicationResource = ResourceTypes['enrollment_application'];

/** The one builder of an application as the policy sees it, from any row that carries these columns. */
export const applicationResource = (row: {
  host_region_path: string;
  guardian_user_id: string;
  placed_school_id: string | null;
  status: ApplicationStatus;
  submitted_at: string | null;
}): ApplicationResource => ({
  type: 'enrollment_application',
  regionPath: row.host_region_path,
  guardianUserId: row.guardian_user_id,
  placedSchoolId: row.placed_school_id,
  status: row.status,
  wasSubmitted: row.submitted_at !== null,
});

/** Pupils count from acceptance on: before that, a school sees nothing of an applicant. */
const ADMITTED: readonly ApplicationStatus[] = ['accepted', 'enrolled', 'no_show'];

/** A platform admin sees a child masked, and never changes or reveals it. */
export const childPolicy = definePolicySection(['child', 'child_collection'], (actor, action, resource) => {
  const isGuardian = grantsOf(actor, 'guardian').length > 0;
  if (resource.type === 'child_collection') return (action === 'create' || action === 'list') && isGuardian;
  const ownChild = resource.guardianUserIds.includes(actor.userId);
  if (action === 'read') return ownChild || isPlatformAdmin(actor);
  return ['update', 'delete', 'reveal_id_number'].includes(action) && ownChild;
});

/** Published and closed policies are public to every signed-in person: families apply across districts. */
export const enrollmentPolicyPolicy = definePolicySection(['enrollment_policy'], (actor, action, resource) => {
  if (isPlatformAdmin(actor)) return true;
  if (action === 'read') return resource.status !== 'draft' || reaches(actor, resource.regionPath, 'bureau_admin', 'bureau_reviewer');
  if (action === 'create' || action === 'update') return reaches(actor, resource.regionPath, 'bureau_admin');
  return false;
});

function canOnApplication(actor: Actor, action: Action, resource: ApplicationResource): boolean {
  const own = resource.guardianUserId === actor.userId;
  // A draft is its family's alone until it is submitted, and stays so when withdrawn unsubmitted: nobody else reads it or acts on it.
  if ((resource.status === 'draft' || !resource.wasSubmitted) && !own) return false;
  const reviewer = reaches(actor, resource.regionPath, 'bureau_reviewer');
  const hostBureau = reaches(actor, resource.regionPath, 'bureau_admin');
  const atSchool = ADMITTED.includes(resource.status) && holdsAt(actor, resource.placedSchoolId, 'school_admin');
  switch (action) {
    case 'read':
      return own || reviewer || hostBureau || atSchool || isPlatformAdmin(actor);
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

/**
 * The platform admin reads applications (masked) and statistics but never decides one. Reviewing is the
 * host district's reviewers' work alone.
 */
export const applicationPolicy = definePolicySection(
  ['enrollment_application', 'enrollment_application_collection', 'enrollment_school_roster'],
  (actor, action, resource) => {
    switch (resource.type) {
      case 'enrollment_school_roster':
        if (action === 'list') return isPlatformAdmin(actor) || holdsAt(actor, resource.schoolId, 'school_admin');
        return action === 'record_arrival' && holdsAt(actor, resource.schoolId, 'school_admin');
      case 'enrollment_application_collection': {
        const reviewer = reaches(actor, resource.regionPath, 'bureau_reviewer');
        const hostBureau = reaches(actor, resource.regionPath, 'bureau_admin');
        if (action === 'list' || action === 'export') return isPlatformAdmin(actor) || reviewer || hostBureau;
        if (action === 'create') return reviewer; // assisted filing at a service counter
        if (action === 'allocate' || action === 'place') return hostBureau;
        return false;
      }
      case 'enrollment_application':
        return canOnApplication(actor, action, resource);
    }
  },
);
