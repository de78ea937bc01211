import { isPlatformAdmin } from '../../platform/access/grants.ts';
import { definePolicySection } from '../../platform/access/policy-section.ts';

declare module '../../platform/access/policy-section.ts' {
  interface ResourceTypes {
    audit_log: { type: 'audit_log' };
  }
}

/** The audit log is the platform admins' alone. */
export const auditPolicy = definePolicySection(['audit_log'], (actor) => isPlatformAdmin(actor));
