/**
 * The parts of the staff app a person may use (menus, pages, create buttons). The server derives them from
 * the person's roles and sends them with the session; the web only reads them, so it holds no access rules.
 */
export const CAPABILITIES = [
  'directory',
  'organizationCreate',
  'schoolFiles',
  'users',
  'audit',
  'enrollmentAllocation',
  'enrollmentPolicies',
  'enrollmentPolicyCreate',
  'enrollmentReview',
  'enrollmentRoster',
  'enrollmentStatistics',
  'cooperation',
  'cooperationPartnerFinder',
  'cooperationPairingCreate',
  'cooperationAgreementCreate',
  'cooperationBodyCreate',
  'cooperationDashboard',
  'cooperationImport',
] as const;

export type Capability = (typeof CAPABILITIES)[number];
