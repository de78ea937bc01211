import { STAFF_ROLES, type Role } from '../../../../common/roles.ts';

/** Events: every staff member finds and joins them; admins of schools and bureaus organize them. */
export const eventsCapabilities = {
  events: STAFF_ROLES,
  eventsCreate: ['school_admin', 'bureau_admin'],
} as const satisfies Record<string, readonly Role[]>;

declare module '../../../../common/capabilities.ts' {
  interface CapabilityRegistry extends Record<keyof typeof eventsCapabilities, true> {}
}
