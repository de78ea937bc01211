import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import { registerMembershipRoutes } from '../memberships/memberships.routes.ts';
import { MembershipParams, RoleBody } from '../memberships/memberships.schemas.ts';
import { addMember } from '../memberships/memberships.service.ts';
import * as alliances from './alliances.service.ts';
import { AddAllianceMemberBody, AllianceDetail, AllianceListQuery, AlliancePage, CreateAllianceBody, UpdateAllianceBody } from './alliances.schemas.ts';

const tags = ['cooperation'];
const detail = { 200: AllianceDetail, ...errorResponses };

/** Alliances under /api/cooperation/alliances: members with roles, join requests, history. */
export async function alliancesRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags, querystring: AllianceListQuery, response: { 200: AlliancePage, ...errorResponses } } }, async (request) =>
    alliances.listAlliances(db, requireActor(request), request.query),
  );

  // 201 for a new alliance, 200 with the first one when its founder retries.
  app.post('/', { schema: { tags, body: CreateAllianceBody, response: { 201: AllianceDetail, ...detail } } }, async (request, reply) => {
    const { alliance, created } = await alliances.createAlliance(db, requireActor(request), auditContextOf(request), request.body);
    return reply.status(created ? 201 : 200).send(alliance);
  });

  app.get('/:id', { schema: { tags, params: IdParams, response: detail } }, async (request) =>
    alliances.getAlliance(db, requireActor(request), request.params.id),
  );

  app.put('/:id', { schema: { tags, params: IdParams, body: UpdateAllianceBody, response: detail } }, async (request) =>
    alliances.updateAlliance(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  // A manager adds an organization directly; a new chair is named by changing a member's role.
  app.post('/:id/members', { schema: { tags, params: IdParams, body: AddAllianceMemberBody, response: detail } }, async (request) => {
    const actor = requireActor(request);
    const { ctx } = await alliances.loadAlliance(db, actor, request.params.id);
    await addMember(db, actor, auditContextOf(request), ctx, request.body.organizationId, request.body.role);
    return alliances.getAlliance(db, actor, request.params.id);
  });

  app.put('/:id/memberships/:membershipId/role', { schema: { tags, params: MembershipParams, body: RoleBody, response: detail } }, async (request) =>
    alliances.changeRole(db, requireActor(request), auditContextOf(request), request.params.id, request.params.membershipId, request.body),
  );

  registerMembershipRoutes(app, db, { tags, detail: AllianceDetail, load: alliances.loadAlliance, get: alliances.getAlliance });
}
