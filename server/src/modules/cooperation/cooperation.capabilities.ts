import { STAFF_ROLES, type Role } from '../../../../common/roles.ts';

/** Cooperation network: read by all staff; proposals by school admins (the finder helps them and bureaus); dashboards for bureaus and the platform; imports by bureau and platform admins. */
export const cooperationCapabilities = {
  cooperation: STAFF_ROLES,
  cooperationPartnerFinder: ['platform_admin', 'bureau_admin', 'bureau_reviewer', 'school_admin'],
  cooperationPairingCreate: ['school_admin'],
  cooperationAgreementCreate: ['platform_admin', 'bureau_admin', 'school_admin'],
  cooperationBodyCreate: ['platform_admin', 'bureau_admin', 'school_admin'],
  cooperationDashboard: ['platform_admin', 'bureau_admin', 'bureau_reviewer'],
  cooperationImport: ['platform_admin', 'bureau_admin'],
} as const satisfies Record<string, readonly Role[]>;

declare module '../../../../common/capabilities.ts' {
  interface CapabilityRegistry extends Record<keyof typeof cooperationCapabilities, true> {}
}
