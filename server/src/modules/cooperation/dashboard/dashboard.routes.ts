import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import { CONTENT_TYPES } from '../../directory/school-file.spreadsheet.ts';
import * as dashboards from './dashboard.service.ts';
import { exportDashboard } from './dashboard-export.service.ts';
import { DashboardExportQuery, DashboardQuery, DashboardView, MapQuery, MapView } from './dashboard.schemas.ts';

const tags = ['cooperation'];
const xlsxResponse = { description: 'The datasets as an .xlsx workbook', content: { [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } };

/** Dashboards under /api/cooperation/dashboard: figures, map data and their .xlsx export. */
export async function dashboardRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags, querystring: DashboardQuery, response: { 200: DashboardView, ...errorResponses } } }, async (request) =>
    dashboards.getDashboard(db, requireActor(request), request.query),
  );

  app.get('/map', { schema: { tags, querystring: MapQuery, response: { 200: MapView, ...errorResponses } } }, async (request) =>
    dashboards.getMap(db, requireActor(request), request.query),
  );

  app.get('/export', { schema: { tags, querystring: DashboardExportQuery, response: { 200: xlsxResponse, ...errorResponses } } }, async (request, reply) => {
    const file = await exportDashboard(db, requireActor(request), auditContextOf(request), request.locale, request.query);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.body);
  });
}
