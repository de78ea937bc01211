import { STAFF_ROLES, type Role } from '../../../../common/roles.ts';

/** Which roles see the directory's pages: the directory itself, creating organizations, the school file (import and export). */
export const directoryCapabilities = {
  directory: STAFF_ROLES,
  organizationCreate: ['platform_admin', 'bureau_admin'],
  schoolFiles: ['platform_admin', 'bureau_admin'],
} as const satisfies Record<string, readonly Role[]>;

declare module '../../../../common/capabilities.ts' {
  interface CapabilityRegistry extends Record<keyof typeof directoryCapabilities, true> {}
}
