import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import * as allocation from './allocation.service.ts';
import { explainAllocation } from './explanation.service.ts';
import * as offers from './offers.service.ts';
import * as placement from './placement.service.ts';
import {
  AcceptOfferBody,
  AllocationExplanation,
  DeclineOfferBody,
  FinalRunView,
  OfferOutcome,
  PlacementBody,
  PublicAllocation,
  RoundBody,
  RunList,
  RunView,
  SeedView,
  UnplacedList,
  UnplacedQuery,
} from './placement.schemas.ts';

const tags = ['enrollment'];

/** Allocation (派位) of a policy by its host bureau, under /api/enrollment/policies. */
export async function allocationRoutes(app: App, options: ModuleOptions): Promise<void> {
  const { db } = options.deps;

  app.post(
    '/:id/lottery-seeds',
    { schema: { tags, params: IdParams, body: RoundBody, response: { 201: SeedView, ...errorResponses } } },
    async (request, reply) => {
      const seed = await allocation.publishSeed(db, requireActor(request), auditContextOf(request), request.params.id, request.body);
      return reply.status(201).send(seed);
    },
  );

  app.post('/:id/allocation/dry-run', { schema: { tags, params: IdParams, body: RoundBody, response: { 200: RunView, ...errorResponses } } }, async (request) =>
    allocation.dryRun(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/allocation/final',
    { schema: { tags, params: IdParams, body: RoundBody, response: { 200: FinalRunView, ...errorResponses } } },
    async (request) => allocation.finalRun(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.get('/:id/allocation/runs', { schema: { tags, params: IdParams, response: { 200: RunList, ...errorResponses } } }, async (request) =>
    allocation.listRuns(db, requireActor(request), request.params.id),
  );

  app.get(
    '/:id/unplaced',
    { schema: { tags, params: IdParams, querystring: UnplacedQuery, response: { 200: UnplacedList, ...errorResponses } } },
    async (request) => placement.listUnplaced(db, requireActor(request), request.params.id, request.query),
  );
}

/** Offers, manual placement and the family's explanation, under /api/enrollment/applications. */
export async function offerRoutes(app: App, options: ModuleOptions): Promise<void> {
  const { db } = options.deps;

  app.post('/:id/placement', { schema: { tags, params: IdParams, body: PlacementBody, response: { 200: OfferOutcome, ...errorResponses } } }, async (request) =>
    placement.placeManually(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/offer/accept',
    { schema: { tags, params: IdParams, body: AcceptOfferBody, response: { 200: OfferOutcome, ...errorResponses } } },
    async (request) => offers.acceptOffer(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/offer/decline',
    { schema: { tags, params: IdParams, body: DeclineOfferBody, response: { 200: OfferOutcome, ...errorResponses } } },
    async (request) => offers.declineOffer(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.get('/:id/allocation-explanation', { schema: { tags, params: IdParams, response: { 200: AllocationExplanation, ...errorResponses } } }, async (request) =>
    explainAllocation(db, requireActor(request), request.params.id),
  );
}

/** Anonymous: a published policy's seeds, final runs and cut-offs, under /api/public/enrollment/policies. */
export async function publicAllocationRoutes(app: App, options: ModuleOptions): Promise<void> {
  const { db } = options.deps;

  app.get('/:id/allocation', { schema: { tags, params: IdParams, response: { 200: PublicAllocation, ...errorResponses } } }, async (request) =>
    allocation.getPublicAllocation(db, request.params.id),
  );
}
