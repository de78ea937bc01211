import type { App, ModuleOptions } from '../../platform/http/types.ts';
import { childrenRoutes, consentTextRoutes } from './children/children.routes.ts';
import { policiesRoutes } from './policies/policies.routes.ts';

/** Cross-region enrollment (异地就学): each part registers its routes below /api/enrollment. */
export async function enrollmentRoutes(app: App, options: ModuleOptions): Promise<void> {
  const deps = { deps: options.deps };
  await app.register(policiesRoutes, { prefix: '/policies', ...deps });
  await app.register(childrenRoutes, { prefix: '/children', ...deps });
  await app.register(consentTextRoutes, { prefix: '/consent-text', ...deps });
}
