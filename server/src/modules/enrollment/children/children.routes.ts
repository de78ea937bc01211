import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, OkResponse, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import * as children from './children.service.ts';
import {
  ChildList,
  ChildView,
  ConsentBody,
  ConsentTextQuery,
  ConsentTextView,
  CreateChildBody,
  RevealedIdNumber,
  UpdateChildBody,
} from './children.schemas.ts';

const tags = ['enrollment'];

/**
 * Child profiles under /api/enrollment/children. The full ID number travels only in POST bodies
 * (create, reveal), never in a URL, so request logs and caches never hold it.
 */
export async function childrenRoutes(app: App, { deps: { db, protector } }: ModuleOptions): Promise<void> {
  const deps = { db, protector };

  app.get('/', { schema: { tags, response: { 200: ChildList, ...errorResponses } } }, async (request) => ({
    items: await children.listChildren(deps, requireActor(request)),
  }));

  // 201 for a new profile, 200 with the existing one when the same guardian retries.
  app.post('/', { schema: { tags, body: CreateChildBody, response: { 200: ChildView, 201: ChildView, ...errorResponses } } }, async (request, reply) => {
    const { child, created } = await children.createChild(deps, requireActor(request), auditContextOf(request), request.body);
    return reply.status(created ? 201 : 200).send(child);
  });

  app.get('/:id', { schema: { tags, params: IdParams, response: { 200: ChildView, ...errorResponses } } }, async (request) =>
    children.getChild(deps, requireActor(request), request.params.id),
  );

  app.put('/:id', { schema: { tags, params: IdParams, body: UpdateChildBody, response: { 200: ChildView, ...errorResponses } } }, async (request) =>
    children.updateChild(deps, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.delete('/:id', { schema: { tags, params: IdParams, response: { 200: OkResponse, ...errorResponses } } }, async (request) => {
    await children.deleteChild(deps, requireActor(request), auditContextOf(request), request.params.id);
    return { ok: true as const };
  });

  app.post('/:id/id-number/reveal', { schema: { tags, params: IdParams, response: { 200: RevealedIdNumber, ...errorResponses } } }, async (request, reply) => {
    const revealed = await children.revealIdNumber(deps, requireActor(request), auditContextOf(request), request.params.id);
    return reply.header('cache-control', 'no-store').send(revealed);
  });

  app.post('/:id/consents', { schema: { tags, params: IdParams, body: ConsentBody, response: { 200: ChildView, ...errorResponses } } }, async (request) =>
    children.giveConsent(deps, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/consents/withdraw', { schema: { tags, params: IdParams, response: { 200: ChildView, ...errorResponses } } }, async (request) =>
    children.withdrawConsent(deps, requireActor(request), auditContextOf(request), request.params.id),
  );
}

/** GET /api/enrollment/consent-text: the current consent text and version, for every signed-in user. */
export async function consentTextRoutes(app: App): Promise<void> {
  app.get('/', { schema: { tags, querystring: ConsentTextQuery, response: { 200: ConsentTextView, ...errorResponses } } }, async (request) => {
    requireActor(request);
    return children.consentText(request.query.locale ?? request.locale);
  });
}
