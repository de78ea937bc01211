import { seedOrganizations, seedRegions } from '../../db/seed/reference.seed.ts';
import type { PlatformModule } from '../../platform/modules/module-contract.ts';
import { directoryAuditActions } from './directory.audit.ts';
import { directoryErrors } from './directory.errors.ts';
import { directoryPolicy } from './directory.policy.ts';
import { directoryRoutes } from './directory.routes.ts';
import { directoryCapabilities } from './directory.capabilities.ts';

/** Regions and organizations: the reference kernel every other module reads through its service functions. */
export const directoryModule: PlatformModule = {
  name: 'directory',
  routes: [{ prefix: '/api/directory', plugin: directoryRoutes }],
  policy: [directoryPolicy],
  capabilities: directoryCapabilities,
  errors: directoryErrors,
  referenceData: ({ db }) => seedRegions(db),
  demoSeed: ({ db }) => seedOrganizations(db),
  auditActions: directoryAuditActions,
};
