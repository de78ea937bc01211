import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import * as policies from './policies.service.ts';
import {
  CreatePolicyBody,
  ExtendWindowBody,
  PointsPreview,
  PointsPreviewBody,
  PolicyList,
  PolicyListQuery,
  PolicyView,
  UpdatePolicyBody,
  VersionBody,
} from './policies.schemas.ts';

const tags = ['enrollment'];

/** Enrollment policies (招生政策): drafted, published and closed by the host district's bureau. */
export async function policiesRoutes(app: App, options: ModuleOptions): Promise<void> {
  const { db } = options.deps;

  app.get('/', { schema: { tags, querystring: PolicyListQuery, response: { 200: PolicyList, ...errorResponses } } }, async (request) =>
    policies.listPolicies(db, requireActor(request), request.query),
  );

  app.post('/', { schema: { tags, body: CreatePolicyBody, response: { 201: PolicyView, ...errorResponses } } }, async (request, reply) => {
    const policy = await policies.createPolicy(db, requireActor(request), auditContextOf(request), request.body);
    return reply.status(201).send(policy);
  });

  app.get('/:id', { schema: { tags, params: IdParams, response: { 200: PolicyView, ...errorResponses } } }, async (request) =>
    policies.getPolicy(db, requireActor(request), request.params.id),
  );

  app.put('/:id', { schema: { tags, params: IdParams, body: UpdatePolicyBody, response: { 200: PolicyView, ...errorResponses } } }, async (request) =>
    policies.updatePolicy(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/publish', { schema: { tags, params: IdParams, body: VersionBody, response: { 200: PolicyView, ...errorResponses } } }, async (request) =>
    policies.publishPolicy(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/close', { schema: { tags, params: IdParams, body: VersionBody, response: { 200: PolicyView, ...errorResponses } } }, async (request) =>
    policies.closePolicy(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/extend-window',
    { schema: { tags, params: IdParams, body: ExtendWindowBody, response: { 200: PolicyView, ...errorResponses } } },
    async (request) => policies.extendWindow(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/points-preview',
    { schema: { tags, params: IdParams, body: PointsPreviewBody, response: { 200: PointsPreview, ...errorResponses } } },
    async (request) => policies.previewPoints(db, requireActor(request), request.params.id, request.body),
  );
}
