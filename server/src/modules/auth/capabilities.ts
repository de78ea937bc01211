import type { Capability } from '../../../../common/capabilities.ts';
import { STAFF_ROLES, type Role } from '../../../../common/roles.ts';

/**
 * Which roles see which part of the staff app. The access policy still decides every request; this only
 * keeps menus and buttons to what can work, so each line must agree with platform/access/policy.ts.
 */
const ROLES_BY_CAPABILITY: Record<Capability, readonly Role[]> = {
  directory: STAFF_ROLES,
  organizationCreate: ['platform_admin', 'bureau_admin'],
  schoolFiles: ['platform_admin', 'bureau_admin'],
  users: ['platform_admin', 'bureau_admin', 'school_admin'],
  audit: ['platform_admin'],
  // Enrollment (异地就学): the host bureau allocates; a school records arrivals; statistics for those who may export them.
  enrollmentAllocation: ['bureau_admin'],
  // Policies: drafted by the host bureau, read by its reviewers; applications reviewed by the reviewers alone.
  enrollmentPolicies: ['platform_admin', 'bureau_admin', 'bureau_reviewer'],
  enrollmentPolicyCreate: ['platform_admin', 'bureau_admin'],
  enrollmentReview: ['bureau_reviewer'],
  enrollmentRoster: ['school_admin'],
  enrollmentStatistics: ['platform_admin', 'bureau_admin', 'bureau_reviewer'],
  // Cooperation network: read by all staff; proposals by school admins (the finder helps them and bureaus);
  // dashboards for bureaus and the platform; imports by bureau and platform admins.
  cooperation: STAFF_ROLES,
  cooperationPartnerFinder: ['platform_admin', 'bureau_admin', 'bureau_reviewer', 'school_admin'],
  cooperationPairingCreate: ['school_admin'],
  cooperationAgreementCreate: ['platform_admin', 'bureau_admin', 'school_admin'],
  cooperationBodyCreate: ['platform_admin', 'bureau_admin', 'school_admin'],
  cooperationDashboard: ['platform_admin', 'bureau_admin', 'bureau_reviewer'],
  cooperationImport: ['platform_admin', 'bureau_admin'],
};

/** The parts of the staff app that any of the actor's grants opens, in a stable order. */
export function capabilitiesOf(actor: { grants: readonly { role: Role }[] }): Capability[] {
  const roles = new Set(actor.grants.map((grant) => grant.role));
  return (Object.keys(ROLES_BY_CAPABILITY) as Capability[]).filter((capability) => ROLES_BY_CAPABILITY[capability].some((role) => roles.has(role)));
}
