import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { displayFileName } from '../../../platform/files/upload-policy.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { requireActor } from '../../../platform/http/guards.ts';
import { idempotencyKeyOf } from '../../../platform/http/idempotency.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { ErrorResponse, IdParams, OkResponse, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import { fieldMessages } from '../../../platform/i18n/error-messages.ts';
import { DOCUMENT_MAX_BYTES, assertMayUpload, deleteDocument, readDocument, uploadDocument } from './application-documents.service.ts';
import { submitApplication } from './application-submit.service.ts';
import * as applications from './applications.service.ts';
import {
  ApplicationList,
  ApplicationView,
  AssistedApplicationBody,
  CreateApplicationBody,
  DocumentParams,
  DocumentView,
  PointsBreakdown,
  PointsSimulationBody,
  UpdateApplicationBody,
  VersionBody,
} from './applications.schemas.ts';
import { fileAssistedApplication } from './assisted-filing.service.ts';
import { readUploadedBytes } from '../../../platform/http/uploaded-bytes.ts';

const tags = ['enrollment'];
/** A retried request with the same key gets the first answer (see platform/http/idempotency.ts). */
const IdempotencyHeaders = Type.Object({ 'idempotency-key': Type.Optional(Type.String({ maxLength: 100 })) });
const fileResponse = {
  200: {
    description: 'The document, as an attachment',
    content: {
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
      'image/jpeg': { schema: { type: 'string', format: 'binary' } },
      'image/png': { schema: { type: 'string', format: 'binary' } },
    },
  },
  ...errorResponses,
};

/** The fields `material` and `file` of a multipart body; a file over the limit is refused by its name. */
async function readUpload(request: FastifyRequest): Promise<{ material: string; filename: string; bytes: Buffer }> {
  const fields: Record<string, string> = {};
  let file: { filename: string; bytes: Buffer } | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    } else if (part.fieldname === 'file' && file === null) {
      try {
        file = { filename: part.filename, bytes: await readUploadedBytes(part) };
      } catch (error) {
        if ((error as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw error;
        throw new AppError('files.too_large', 413, { file: displayFileName(part.filename), maxMb: Math.round((DOCUMENT_MAX_BYTES / (1024 * 1024)) * 10) / 10 });
      }
    } else {
      part.file.resume();
    }
  }
  const missing = [...(fields.material ? [] : ['/material']), ...(file ? [] : ['/file'])];
  if (missing.length > 0)
    throw new AppError(
      'request.invalid',
      400,
      {},
      missing.map((field) => ({ field, message: fieldMessages.required[request.locale] })),
    );
  return { material: fields.material!, ...file! };
}

/** The family side of applications under /api/enrollment/applications (reviewers read and upload at a counter here too). */
export async function applicationsRoutes(app: App, { deps }: ModuleOptions): Promise<void> {
  const d: applications.ApplicationDeps = deps;

  app.get('/', { schema: { tags, response: { 200: ApplicationList, ...errorResponses } } }, async (request) => ({
    items: await applications.listApplications(d, request.actor),
  }));

  app.post(
    '/',
    {
      schema: {
        tags,
        headers: IdempotencyHeaders,
        body: CreateApplicationBody,
        response: { 200: ApplicationView, 201: ApplicationView, ...errorResponses, 422: ErrorResponse },
      },
    },
    async (request, reply) => {
      const key = idempotencyKeyOf(request);
      const { view, statusCode } = await applications.createApplication(d, request.actor, auditContextOf(request), request.body, key);
      return reply.status(statusCode).send(view);
    },
  );

  app.get('/:id', { schema: { tags, params: IdParams, response: { 200: ApplicationView, ...errorResponses } } }, async (request, reply) => {
    const view = await applications.getApplication(d, requireActor(request), auditContextOf(request), request.params.id);
    return reply.header('cache-control', 'no-store').send(view);
  });

  app.put('/:id', { schema: { tags, params: IdParams, body: UpdateApplicationBody, response: { 200: ApplicationView, ...errorResponses } } }, async (request) =>
    applications.updateApplication(d, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/submit',
    {
      schema: {
        tags,
        params: IdParams,
        headers: IdempotencyHeaders,
        body: VersionBody,
        response: { 200: ApplicationView, ...errorResponses, 422: ErrorResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { view, statusCode } = await submitApplication(d, actor, auditContextOf(request), request.params.id, request.body, idempotencyKeyOf(request));
      return reply.status(statusCode).send(view);
    },
  );

  app.post('/:id/withdraw', { schema: { tags, params: IdParams, body: VersionBody, response: { 200: ApplicationView, ...errorResponses } } }, async (request) =>
    applications.withdrawApplication(d, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post(
    '/:id/documents',
    {
      schema: {
        tags,
        params: IdParams,
        consumes: ['multipart/form-data'],
        description: `multipart/form-data with the fields \`material\` (one of the route's materials) and \`file\` (PDF, JPEG or PNG, at most ${DOCUMENT_MAX_BYTES / (1024 * 1024)} MiB).`,
        response: { 201: DocumentView, ...errorResponses, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await assertMayUpload(d, actor, request.params.id); // before the file is read
      const upload = await readUpload(request);
      return reply.status(201).send(await uploadDocument(d, actor, auditContextOf(request), request.params.id, upload));
    },
  );

  app.delete('/:id/documents/:documentId', { schema: { tags, params: DocumentParams, response: { 200: OkResponse, ...errorResponses } } }, async (request) => {
    await deleteDocument(d, requireActor(request), auditContextOf(request), request.params.id, request.params.documentId);
    return { ok: true as const };
  });

  app.get('/:id/documents/:documentId/content', { schema: { tags, params: DocumentParams, response: fileResponse } }, async (request, reply) => {
    const file = await readDocument(d, requireActor(request), auditContextOf(request), request.params.id, request.params.documentId);
    return reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'no-store')
      .send(file.bytes);
  });
}

/** POST /api/enrollment/points-simulation: the points the declared facts would give, and what would raise them. */
export async function pointsSimulationRoutes(app: App, { deps }: ModuleOptions): Promise<void> {
  app.post('/', { schema: { tags, body: PointsSimulationBody, response: { 200: PointsBreakdown, ...errorResponses } } }, async (request) =>
    applications.simulateApplicationPoints(deps.db, request.actor, request.body),
  );
}

/** POST /api/enrollment/review/assisted-applications: a host reviewer files and submits for a family at a counter. */
export async function assistedApplicationsRoutes(app: App, { deps }: ModuleOptions): Promise<void> {
  const d: applications.ApplicationDeps = deps;
  app.post(
    '/',
    {
      schema: {
        tags,
        headers: IdempotencyHeaders,
        body: AssistedApplicationBody,
        response: { 200: ApplicationView, 201: ApplicationView, ...errorResponses, 422: ErrorResponse },
      },
    },
    async (request, reply) => {
      const { view, statusCode } = await fileAssistedApplication(d, requireActor(request), auditContextOf(request), request.body, idempotencyKeyOf(request));
      return reply.status(statusCode).send(view);
    },
  );
}
