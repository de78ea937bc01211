import type { App, ModuleOptions } from '../../platform/http/types.ts';
import { familyAppealRoutes, reviewAppealRoutes } from './appeals/appeals.routes.ts';
import { applicationsRoutes, assistedApplicationsRoutes, pointsSimulationRoutes } from './applications/applications.routes.ts';
import { childrenRoutes, consentTextRoutes } from './children/children.routes.ts';
import { admissionNoticeRoutes } from './notices/notices.routes.ts';
import { rosterRoutes } from './roster/roster.routes.ts';
import { statisticsRoutes } from './statistics/statistics.routes.ts';
import { policiesRoutes } from './policies/policies.routes.ts';
import { publicListRoutes } from './public-lists/public-lists.routes.ts';
import { allocationRoutes, offerRoutes } from './placement/placement.routes.ts';
import { reviewRoutes } from './review/review.routes.ts';

/** Cross-region enrollment (异地就学): each part registers its routes below /api/enrollment. */
export async function enrollmentRoutes(app: App, options: ModuleOptions): Promise<void> {
  const deps = { deps: options.deps };
  await app.register(policiesRoutes, { prefix: '/policies', ...deps });
  await app.register(allocationRoutes, { prefix: '/policies', ...deps });
  await app.register(offerRoutes, { prefix: '/applications', ...deps });
  await app.register(childrenRoutes, { prefix: '/children', ...deps });
  await app.register(consentTextRoutes, { prefix: '/consent-text', ...deps });
  await app.register(applicationsRoutes, { prefix: '/applications', ...deps });
  await app.register(pointsSimulationRoutes, { prefix: '/points-simulation', ...deps });
  await app.register(assistedApplicationsRoutes, { prefix: '/review/assisted-applications', ...deps });
  await app.register(reviewRoutes, { prefix: '/review/applications', ...deps });
  await app.register(familyAppealRoutes, { prefix: '/applications', ...deps });
  await app.register(reviewAppealRoutes, { prefix: '/review/appeals', ...deps });
  await app.register(publicListRoutes, { prefix: '/policies', ...deps });
  await app.register(admissionNoticeRoutes, deps);
  await app.register(rosterRoutes, deps);
  await app.register(statisticsRoutes, deps);
}
