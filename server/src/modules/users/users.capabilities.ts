import type { Role } from '../../../../common/roles.ts';

/** Who sees the accounts page: admins, each for the accounts of their own scope. */
export const usersCapabilities = {
  users: ['platform_admin', 'bureau_admin', 'school_admin'],
} as const satisfies Record<string, readonly Role[]>;

declare module '../../../../common/capabilities.ts' {
  interface CapabilityRegistry extends Record<keyof typeof usersCapabilities, true> {}
}
