import type { Role } from '../../../../common/roles.ts';

/** Enrollment (异地就学): the host bureau drafts policies and allocates, its reviewers read policies and review applications, a school records arrivals; statistics for those who may export them. */
export const enrollmentCapabilities = {
  enrollmentAllocation: ['bureau_admin'],
  enrollmentPolicies: ['platform_admin', 'bureau_admin', 'bureau_reviewer'],
  enrollmentPolicyCreate: ['platform_admin', 'bureau_admin'],
  enrollmentReview: ['bureau_reviewer'],
  enrollmentRoster: ['school_admin'],
  enrollmentStatistics: ['platform_admin', 'bureau_admin', 'bureau_reviewer'],
} as const satisfies Record<string, readonly Role[]>;

declare module '../../../../common/capabilities.ts' {
  interface CapabilityRegistry extends Record<keyof typeof enrollmentCapabilities, true> {}
}
