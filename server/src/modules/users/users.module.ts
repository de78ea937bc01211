import { seedDemoUsers } from '../../db/seed/demo.seed.ts';
import type { PlatformModule } from '../../platform/modules/module-contract.ts';
import { usersAuditActions } from './users.audit.ts';
import { usersErrors } from './users.errors.ts';
import { usersPolicy } from './users.policy.ts';
import { usersRoutes } from './users.routes.ts';
import { usersCapabilities } from './users.capabilities.ts';

/** People and their role grants. */
export const usersModule: PlatformModule = {
  name: 'users',
  routes: [{ prefix: '/api/users', plugin: usersRoutes }],
  policy: [usersPolicy],
  capabilities: usersCapabilities,
  errors: usersErrors,
  demoSeed: ({ db, protector }) => seedDemoUsers(db, protector),
  auditActions: usersAuditActions,
};
