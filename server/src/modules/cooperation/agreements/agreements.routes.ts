import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { ErrorResponse, IdParams, OkResponse, errorResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { ReasonBody } from '../cooperation.schemas.ts';
import { fileDownloadResponse, sendStoredFile, uploadedFile } from '../cooperation-files.ts';
import type { CooperationOptions } from '../cooperation-options.ts';
import * as agreements from './agreements.service.ts';
import { AgreementListQuery, AgreementPage, AgreementView, CreateAgreementBody, UpdateAgreementBody, ConfirmAgreementBody } from './agreements.schemas.ts';

const tags = ['cooperation'];
const view = { 200: AgreementView, ...errorResponses };

/** Agreements (合作协议) under /api/cooperation/agreements: draft, confirm by every party, end; the signed PDF. */
export async function agreementsRoutes(app: App, { deps: { db }, files }: CooperationOptions): Promise<void> {
  const deps = { db, files };

  app.get('/', { schema: { tags, querystring: AgreementListQuery, response: { 200: AgreementPage, ...errorResponses } } }, async (request) =>
    agreements.listAgreements(db, requireActor(request), request.query),
  );

  // 201 for a new draft, 200 with the first one's when a request with the same client key is retried.
  app.post('/', { schema: { tags, body: CreateAgreementBody, response: { 201: AgreementView, ...view } } }, async (request, reply) => {
    const { agreement, created } = await agreements.createAgreement(db, requireActor(request), auditContextOf(request), request.body);
    return reply.status(created ? 201 : 200).send(agreement);
  });

  app.get('/:id', { schema: { tags, params: IdParams, response: view } }, async (request) =>
    agreements.getAgreement(db, requireActor(request), request.params.id),
  );

  app.put('/:id', { schema: { tags, params: IdParams, body: UpdateAgreementBody, response: view } }, async (request) =>
    agreements.updateAgreement(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.delete('/:id', { schema: { tags, params: IdParams, response: { 200: OkResponse, ...errorResponses } } }, async (request) => {
    await agreements.deleteAgreement(deps, requireActor(request), auditContextOf(request), request.params.id);
    return { ok: true as const };
  });

  app.post('/:id/confirm', { schema: { tags, params: IdParams, body: ConfirmAgreementBody, response: view } }, async (request) =>
    agreements.confirmAgreement(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/end', { schema: { tags, params: IdParams, body: ReasonBody, response: view } }, async (request) =>
    agreements.endAgreement(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.put(
    '/:id/document',
    {
      schema: {
        tags,
        params: IdParams,
        consumes: ['multipart/form-data'],
        description: 'multipart/form-data with one file field `file`: the signed agreement as a PDF, at most 10 MiB. Replaces the previous one.',
        response: { ...view, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (request) => agreements.uploadDocument(deps, requireActor(request), auditContextOf(request), request.params.id, () => uploadedFile(request)),
  );

  app.get('/:id/document', { schema: { tags, params: IdParams, response: { 200: fileDownloadResponse, ...errorResponses } } }, async (request, reply) =>
    sendStoredFile(reply, files, await agreements.findDocument(db, requireActor(request), request.params.id)),
  );
}
