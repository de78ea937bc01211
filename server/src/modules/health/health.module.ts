import type { PlatformModule } from '../../platform/modules/module-contract.ts';
import { healthRoutes } from './health.routes.ts';

/** Liveness and readiness for the proxy and the orchestrator. */
export const healthModule: PlatformModule = {
  name: 'health',
  routes: [{ prefix: '', plugin: healthRoutes }],
};
