import type { PlatformModule } from '../../platform/modules/module-contract.ts';
import { auditPolicy } from './audit.policy.ts';
import { auditRoutes } from './audit.routes.ts';
import { auditCapabilities } from './audit.capabilities.ts';

/** The append-only audit log, browsed by platform admins. */
export const auditModule: PlatformModule = {
  name: 'audit',
  routes: [{ prefix: '/api/audit', plugin: auditRoutes }],
  policy: [auditPolicy],
  capabilities: auditCapabilities,
};
