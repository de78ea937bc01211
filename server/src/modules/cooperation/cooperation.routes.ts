import type { App, ModuleOptions } from '../../platform/http/types.ts';
import { agreementsRoutes } from './agreements/agreements.routes.ts';
import { alliancesRoutes } from './alliances/alliances.routes.ts';
import { communitiesRoutes } from './communities/communities.routes.ts';
import { dashboardRoutes } from './dashboard/dashboard.routes.ts';
import { exchangesRoutes } from './exchanges/exchanges.routes.ts';
import { importRoutes } from './import/import.routes.ts';
import { partnerFinderRoutes, profilesRoutes } from './partner-finder/partner-finder.routes.ts';
import { pairingsRoutes } from './pairings/pairings.routes.ts';

/** The cooperation network: each part registers its routes below /api/cooperation. */
export async function cooperationRoutes(app: App, options: ModuleOptions): Promise<void> {
  const parts = { deps: options.deps, files: options.deps.files };
  await app.register(agreementsRoutes, { prefix: '/agreements', ...parts });
  await app.register(pairingsRoutes, { prefix: '/pairings', ...parts });
  await app.register(communitiesRoutes, { prefix: '/communities', ...parts });
  await app.register(alliancesRoutes, { prefix: '/alliances', ...parts });
  await app.register(exchangesRoutes, { prefix: '/exchanges', ...parts });
  await app.register(dashboardRoutes, { prefix: '/dashboard', ...parts });
  await app.register(partnerFinderRoutes, { prefix: '/partner-finder', ...parts });
  await app.register(profilesRoutes, { prefix: '/profiles', ...parts });
  await app.register(importRoutes, { prefix: '/import', ...parts });
}
