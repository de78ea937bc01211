export const ROLES = ['platform_admin', 'bureau_admin', 'bureau_reviewer', 'school_admin', 'teacher', 'guardian'] as const;
export type Role = (typeof ROLES)[number];

/** Staff roles sign in with account and password; guardians with a mobile number and an SMS code. */
export const STAFF_ROLES: readonly Role[] = ['platform_admin', 'bureau_admin', 'bureau_reviewer', 'school_admin', 'teacher'];

/** Which scope a grant of each role carries: an organization (bureau or school) or none (platform-wide / self). */
export const ROLE_SCOPE: Record<Role, 'platform' | 'bureau' | 'school' | 'self'> = {
  platform_admin: 'platform',
  bureau_admin: 'bureau',
  bureau_reviewer: 'bureau',
  school_admin: 'school',
  teacher: 'school',
  guardian: 'self',
};
