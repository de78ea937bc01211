import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { ErrorResponse, IdParams, OkResponse, errorResponses } from '../../../platform/http/schemas.ts';
import type { App } from '../../../platform/http/types.ts';
import { FileParams } from '../cooperation.schemas.ts';
import { fileDownloadResponse, sendStoredFile, uploadedFile } from '../cooperation-files.ts';
import type { CooperationOptions } from '../cooperation-options.ts';
import * as exchanges from './exchanges.service.ts';
import {
  CreateExchangeBody,
  ExchangeListQuery,
  ExchangePage,
  ExchangeView,
  UpdateExchangeBody,
  ParticipantCandidates,
  ParticipantSearchQuery,
} from './exchanges.schemas.ts';

const tags = ['cooperation'];
const view = { 200: ExchangeView, ...errorResponses };

/** The exchange log under /api/cooperation/exchanges, with photos and documents. */
export async function exchangesRoutes(app: App, { deps: { db }, files }: CooperationOptions): Promise<void> {
  const deps = { db, files };

  app.get('/', { schema: { tags, querystring: ExchangeListQuery, response: { 200: ExchangePage, ...errorResponses } } }, async (request) =>
    exchanges.listExchanges(db, requireActor(request), request.query),
  );

  // 201 for a new exchange, 200 with the first one's when a request with the same client key is retried.
  app.post('/', { schema: { tags, body: CreateExchangeBody, response: { 201: ExchangeView, ...view } } }, async (request, reply) => {
    const { exchange, created } = await exchanges.createExchange(db, requireActor(request), auditContextOf(request), request.body);
    return reply.status(created ? 201 : 200).send(exchange);
  });

  app.get(
    '/participants',
    { schema: { tags, querystring: ParticipantSearchQuery, response: { 200: ParticipantCandidates, ...errorResponses } } },
    async (request) => exchanges.searchParticipants(db, requireActor(request), request.query),
  );
  app.get('/:id', { schema: { tags, params: IdParams, response: view } }, async (request) =>
    exchanges.getExchange(db, requireActor(request), request.params.id),
  );

  app.put('/:id', { schema: { tags, params: IdParams, body: UpdateExchangeBody, response: view } }, async (request) =>
    exchanges.updateExchange(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.delete('/:id', { schema: { tags, params: IdParams, response: { 200: OkResponse, ...errorResponses } } }, async (request) => {
    await exchanges.deleteExchange(deps, requireActor(request), auditContextOf(request), request.params.id);
    return { ok: true as const };
  });

  app.post(
    '/:id/files',
    {
      schema: {
        tags,
        params: IdParams,
        consumes: ['multipart/form-data'],
        description: 'multipart/form-data with one file field `file`: a JPEG or PNG photo or a PDF document, at most 10 MiB.',
        response: { ...view, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (request) => exchanges.addExchangeFile(deps, requireActor(request), auditContextOf(request), request.params.id, () => uploadedFile(request)),
  );

  app.get(
    '/:id/files/:fileId',
    { schema: { tags, params: FileParams, response: { 200: fileDownloadResponse, ...errorResponses } } },
    async (request, reply) => {
      const file = await exchanges.findExchangeFile(db, requireActor(request), request.params.id, request.params.fileId);
      return sendStoredFile(reply, files, file);
    },
  );

  app.delete('/:id/files/:fileId', { schema: { tags, params: FileParams, response: view } }, async (request) =>
    exchanges.removeExchangeFile(deps, requireActor(request), auditContextOf(request), request.params.id, request.params.fileId),
  );
}
