import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import { ReasonBody, VersionBody } from '../cooperation.schemas.ts';
import * as decisions from './pairing-decisions.service.ts';
import * as pairings from './pairings.service.ts';
import {
  ApprovePairingBody,
  CreatePairingBody,
  EndPairingBody,
  PairingDetail,
  PairingListQuery,
  PairingPage,
  RejectPairingBody,
  UpdatePairingBody,
  WithdrawPairingBody,
} from './pairings.schemas.ts';

const tags = ['cooperation'];
const detail = { 200: PairingDetail, ...errorResponses };

/** Pairings (结对) under /api/cooperation/pairings: propose, accept, approve side by side, end. */
export async function pairingsRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags, querystring: PairingListQuery, response: { 200: PairingPage, ...errorResponses } } }, async (request) =>
    pairings.listPairings(db, requireActor(request), request.query),
  );

  // 201 for a new proposal, 200 with the pending one when the proposing school retries.
  app.post('/', { schema: { tags, body: CreatePairingBody, response: { 201: PairingDetail, ...detail } } }, async (request, reply) => {
    const { pairing, created } = await pairings.createPairing(db, requireActor(request), auditContextOf(request), request.body);
    return reply.status(created ? 201 : 200).send(pairing);
  });

  app.get('/:id', { schema: { tags, params: IdParams, response: detail } }, async (request) =>
    pairings.getPairing(db, requireActor(request), request.params.id),
  );

  app.put('/:id', { schema: { tags, params: IdParams, body: UpdatePairingBody, response: detail } }, async (request) =>
    pairings.updatePairing(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/accept', { schema: { tags, params: IdParams, body: VersionBody, response: detail } }, async (request) =>
    decisions.acceptPairing(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/decline', { schema: { tags, params: IdParams, body: ReasonBody, response: detail } }, async (request) =>
    decisions.declinePairing(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/withdraw', { schema: { tags, params: IdParams, body: WithdrawPairingBody, response: detail } }, async (request) =>
    decisions.withdrawPairing(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/approve', { schema: { tags, params: IdParams, body: ApprovePairingBody, response: detail } }, async (request) =>
    decisions.approvePairing(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/reject', { schema: { tags, params: IdParams, body: RejectPairingBody, response: detail } }, async (request) =>
    decisions.rejectPairing(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/end', { schema: { tags, params: IdParams, body: EndPairingBody, response: detail } }, async (request) =>
    decisions.endPairing(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );
}
