import type { Locale } from '../../../../../common/locales.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { dashboardWorkbook } from './dashboard-export.ts';
import { DASHBOARD_DATASETS, type DashboardExportQuery } from './dashboard.schemas.ts';
import { buildDashboard, buildMap, resolveScope } from './dashboard.service.ts';

/** The dashboard's datasets as .xlsx (one, or all as sheets), for those who may read the dashboard. */
export async function exportDashboard(db: Db, actor: Actor, audit: AuditContext, locale: Locale, query: DashboardExportQuery) {
  const scope = await resolveScope(db, actor, query.regionId, 'export');
  const [dashboard, map] = await Promise.all([buildDashboard(db, scope, query), buildMap(db, scope, query)]);
  const datasets = query.dataset ? [query.dataset] : [...DASHBOARD_DATASETS];
  const file = await dashboardWorkbook(dashboard, map, locale, datasets);
  await recordAudit(db, audit, {
    action: 'cooperation.dashboard.export',
    objectType: 'dashboard',
    objectId: scope.view.regionId,
    result: 'success',
    detail: { datasets },
  });
  return file;
}
