import type { PlatformModule } from '../../platform/modules/module-contract.ts';
import { authAuditActions } from './auth.audit.ts';
import { authRoutes } from './auth.routes.ts';

/** Sign-in (staff password and authenticator, guardians by SMS code), sessions, profile. */
export const authModule: PlatformModule = {
  name: 'auth',
  routes: [{ prefix: '/api/auth', plugin: authRoutes }],
  auditActions: authAuditActions,
};
