import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { ErrorResponse, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import { CONTENT_TYPES } from '../../../platform/spreadsheets/spreadsheet.ts';
import * as dashboards from './dashboard.service.ts';
import { exportDashboard } from './dashboard-export.service.ts';
import { DashboardExportQuery, DashboardQuery, DashboardView, MapQuery, MapView, TileParams } from './dashboard.schemas.ts';
import { fetchMapTile } from './map-tiles.ts';

const tags = ['cooperation'];
const tileResponse = { description: 'A map tile image (PNG, JPEG or WebP)', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } };
const xlsxResponse = { description: 'The datasets as an .xlsx workbook', content: { [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } } };

/** Dashboards under /api/cooperation/dashboard: figures, map data (and its optional online tiles) and their .xlsx export. */
export async function dashboardRoutes(app: App, { deps: { db, config } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags, querystring: DashboardQuery, response: { 200: DashboardView, ...errorResponses } } }, async (request) =>
    dashboards.getDashboard(db, requireActor(request), request.query),
  );

  app.get('/map', { schema: { tags, querystring: MapQuery, response: { 200: MapView, ...errorResponses } } }, async (request) =>
    dashboards.getMap(db, requireActor(request), request.query, config.mapTileUrls.length),
  );

  app.get(
    '/tiles/:layer/:z/:x/:y',
    { schema: { tags, params: TileParams, response: { 200: tileResponse, ...errorResponses, 502: ErrorResponse } } },
    async (request, reply) => {
      const tile = await fetchMapTile(config.mapTileUrls, requireActor(request), request.params);
      return reply
        .header('content-type', tile.contentType)
        .header('cache-control', 'private, max-age=86400')
        .header('x-content-type-options', 'nosniff')
        .send(tile.body);
    },
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
