import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import * as publicLists from './public-lists.service.ts';
import { PublicListQuery, PublicListSummary, PublicListsView } from './public-lists.schemas.ts';

const tags = ['enrollment'];

/** The host bureau publishes the 公示 of a policy: POST /api/enrollment/policies/:id/public-lists. */
export async function publicListRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  // 201 for a new list; 200 with the running one when nothing changed since (a retry, a double click).
  app.post(
    '/:id/public-lists',
    { schema: { tags, params: IdParams, response: { 200: PublicListSummary, 201: PublicListSummary, ...errorResponses } } },
    async (request, reply) => {
      const { list, created } = await publicLists.publishPublicList(db, requireActor(request), auditContextOf(request), request.params.id);
      return reply.status(created ? 201 : 200).send(list);
    },
  );
}

/** Anonymous: GET /api/public/enrollment/policies/:id/public-lists, masked names only. */
export async function publicListPublicRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get(
    '/:id/public-lists',
    { schema: { tags, params: IdParams, querystring: PublicListQuery, response: { 200: PublicListsView, ...errorResponses } } },
    async (request, reply) => {
      const view = await publicLists.getPublicLists(db, request.params.id, request.query);
      return reply.header('cache-control', 'public, max-age=60').send(view);
    },
  );
}
