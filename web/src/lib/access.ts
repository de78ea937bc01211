import { STAFF_ROLES, type Role } from '../../../common/roles.ts';
import type { Grant } from '../types/api.ts';
import { useCurrentUser } from './session.ts';

/**
 * Which roles see which part of the app. The server decides what each person may really do; this only
 * keeps menus and buttons to what can work, so the two must agree with platform/access/policy.ts.
 */
export const ACCESS = {
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
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof ACCESS;

export const hasAnyRole = (grants: readonly Grant[], roles: readonly Role[]): boolean => grants.some((g) => roles.includes(g.role));

/** Guardians without any staff role get the simple family layout. */
export const isGuardianOnly = (grants: readonly Grant[]): boolean => grants.length > 0 && !hasAnyRole(grants, STAFF_ROLES);

export function useCanAccess(area: Area): boolean {
  return hasAnyRole(useCurrentUser().grants, ACCESS[area]);
}
