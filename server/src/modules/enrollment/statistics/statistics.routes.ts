import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import * as statistics from './statistics.service.ts';
import { Statistics, StatisticsQuery, xlsxResponse } from './statistics.schemas.ts';

const tags = ['enrollment'];

/** The enrollment funnel of the caller's jurisdiction, as JSON and as an .xlsx download. */
export async function statisticsRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/statistics', { schema: { tags, querystring: StatisticsQuery, response: { 200: Statistics, ...errorResponses } } }, async (request) =>
    statistics.getStatistics(db, requireActor(request), request.query),
  );

  app.get(
    '/statistics.xlsx',
    { schema: { tags, querystring: StatisticsQuery, response: { 200: xlsxResponse, ...errorResponses } } },
    async (request, reply) => {
      const file = await statistics.exportStatistics(db, requireActor(request), auditContextOf(request), request.locale, request.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
}
