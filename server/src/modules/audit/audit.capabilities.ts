import type { Role } from '../../../../common/roles.ts';

/** Who reads the audit log. */
export const auditCapabilities = {
  audit: ['platform_admin'],
} as const satisfies Record<string, readonly Role[]>;

declare module '../../../../common/capabilities.ts' {
  interface CapabilityRegistry extends Record<keyof typeof auditCapabilities, true> {}
}
