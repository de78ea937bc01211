import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import * as decisions from './review-decisions.service.ts';
import * as review from './review.service.ts';
import {
  DecisionBody,
  DocumentDecisionBody,
  DocumentParams,
  InboxList,
  InboxQuery,
  PointsVerificationBody,
  RevealedIdNumber,
  ReviewApplicationView,
  ReviewOutcome,
  SupplementRequestBody,
} from './review.schemas.ts';

const tags = ['enrollment'];
const outcome = { 200: ReviewOutcome, ...errorResponses };

/**
 * The reviewers' work under /api/enrollment/review/applications: the inbox, one application, and the
 * decisions on it. Every decision names the version the reviewer saw (409 when someone decided first).
 */
export async function reviewRoutes(app: App, { deps: { db, protector } }: ModuleOptions): Promise<void> {
  const deps = { db, protector };

  app.get('/', { schema: { tags, querystring: InboxQuery, response: { 200: InboxList, ...errorResponses } } }, async (request) =>
    review.listInbox(db, requireActor(request), request.query),
  );

  app.get('/:id', { schema: { tags, params: IdParams, response: { 200: ReviewApplicationView, ...errorResponses } } }, async (request, reply) => {
    const view = await review.getReviewView(deps, requireActor(request), auditContextOf(request), request.params.id);
    return reply.header('cache-control', 'no-store').send(view);
  });

  // The full ID number travels only in this POST's answer, never in a URL.
  app.post('/:id/reveal-id-number', { schema: { tags, params: IdParams, response: { 200: RevealedIdNumber, ...errorResponses } } }, async (request, reply) => {
    const revealed = await review.revealIdNumber(deps, requireActor(request), auditContextOf(request), request.params.id);
    return reply.header('cache-control', 'no-store').send(revealed);
  });

  app.post(
    '/:id/documents/:documentId/decision',
    { schema: { tags, params: DocumentParams, body: DocumentDecisionBody, response: outcome } },
    async (request) => decisions.decideDocument(db, requireActor(request), auditContextOf(request), request.params.id, request.params.documentId, request.body),
  );

  app.post('/:id/supplement-request', { schema: { tags, params: IdParams, body: SupplementRequestBody, response: outcome } }, async (request) =>
    decisions.requestSupplement(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/points-verification', { schema: { tags, params: IdParams, body: PointsVerificationBody, response: outcome } }, async (request) =>
    decisions.verifyPoints(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/decision', { schema: { tags, params: IdParams, body: DecisionBody, response: outcome } }, async (request) =>
    decisions.decideApplication(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );
}
