import type { TSchema } from 'typebox';
import type { Actor } from '../../../platform/access/actor.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { ReasonBody, VersionBody } from '../cooperation.schemas.ts';
import * as memberships from './memberships.service.ts';
import { JoinRequestBody, LeaveBody, MembershipParams } from './memberships.schemas.ts';

export interface BodyRoutes<Detail> {
  tags: string[];
  detail: TSchema;
  load: (db: DbOrTx, actor: Actor, id: string) => Promise<{ ctx: memberships.BodyContext }>;
  get: (db: DbOrTx, actor: Actor, id: string) => Promise<Detail>;
}

/** The membership steps every body has: ask to join, approve or reject a request, leave. Each answers with the body. */
export function registerMembershipRoutes<Detail>(app: App, db: Db, body: BodyRoutes<Detail>): void {
  const { tags } = body;
  const response = { 200: body.detail, ...errorResponses };

  app.post('/:id/join-requests', { schema: { tags, params: IdParams, body: JoinRequestBody, response } }, async (request) => {
    const actor = requireActor(request);
    const { ctx } = await body.load(db, actor, request.params.id);
    await memberships.requestToJoin(db, actor, auditContextOf(request), ctx, request.body);
    return body.get(db, actor, request.params.id);
  });

  app.post('/:id/memberships/:membershipId/approve', { schema: { tags, params: MembershipParams, body: VersionBody, response } }, async (request) => {
    const actor = requireActor(request);
    const { ctx } = await body.load(db, actor, request.params.id);
    await memberships.decideMembership(db, actor, auditContextOf(request), ctx, request.params.membershipId, { approve: true, version: request.body.version });
    return body.get(db, actor, request.params.id);
  });

  app.post('/:id/memberships/:membershipId/reject', { schema: { tags, params: MembershipParams, body: ReasonBody, response } }, async (request) => {
    const actor = requireActor(request);
    const { ctx } = await body.load(db, actor, request.params.id);
    await memberships.decideMembership(db, actor, auditContextOf(request), ctx, request.params.membershipId, { approve: false, ...request.body });
    return body.get(db, actor, request.params.id);
  });

  app.post('/:id/memberships/:membershipId/leave', { schema: { tags, params: MembershipParams, body: LeaveBody, response } }, async (request) => {
    const actor = requireActor(request);
    const { ctx } = await body.load(db, actor, request.params.id);
    await memberships.leaveMembership(db, actor, auditContextOf(request), ctx, request.params.membershipId, request.body);
    return body.get(db, actor, request.params.id);
  });
}
