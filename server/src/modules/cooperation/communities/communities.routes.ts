import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import { registerMembershipRoutes } from '../memberships/memberships.routes.ts';
import { addMember } from '../memberships/memberships.service.ts';
import * as communities from './communities.service.ts';
import { AddSchoolBody, CommunityDetail, CommunityListQuery, CommunityPage, CreateCommunityBody, UpdateCommunityBody } from './communities.schemas.ts';

const tags = ['cooperation'];
const detail = { 200: CommunityDetail, ...errorResponses };

/** School development communities under /api/cooperation/communities, with their members and join requests. */
export async function communitiesRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags, querystring: CommunityListQuery, response: { 200: CommunityPage, ...errorResponses } } }, async (request) =>
    communities.listCommunities(db, requireActor(request), request.query),
  );

  // 201 for a new community, 200 with the first one when its founder retries.
  app.post('/', { schema: { tags, body: CreateCommunityBody, response: { 201: CommunityDetail, ...detail } } }, async (request, reply) => {
    const { community, created } = await communities.createCommunity(db, requireActor(request), auditContextOf(request), request.body);
    return reply.status(created ? 201 : 200).send(community);
  });

  app.get('/:id', { schema: { tags, params: IdParams, response: detail } }, async (request) =>
    communities.getCommunity(db, requireActor(request), request.params.id),
  );

  app.put('/:id', { schema: { tags, params: IdParams, body: UpdateCommunityBody, response: detail } }, async (request) =>
    communities.updateCommunity(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  // A manager adds a school directly; schools may also ask to join (below).
  app.post('/:id/members', { schema: { tags, params: IdParams, body: AddSchoolBody, response: detail } }, async (request) => {
    const actor = requireActor(request);
    const { ctx } = await communities.loadCommunity(db, actor, request.params.id);
    await addMember(db, actor, auditContextOf(request), ctx, request.body.organizationId, 'member');
    return communities.getCommunity(db, actor, request.params.id);
  });

  registerMembershipRoutes(app, db, { tags, detail: CommunityDetail, load: communities.loadCommunity, get: communities.getCommunity });
}
