import type { FastifyRequest } from 'fastify';
import { displayFileName } from '../../../platform/files/upload-policy.ts';
import { requireActor } from '../../../platform/http/guards.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { ErrorResponse, IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import { fieldMessages } from '../../../platform/i18n/error-messages.ts';
import { DOCUMENT_MAX_BYTES } from '../applications/application-documents.service.ts';
import * as appeals from './appeals.service.ts';
import { AppealBody, AppealDecisionBody, AppealList, AppealListQuery, AppealView } from './appeals.schemas.ts';
import { readUploadedBytes } from '../../../platform/http/uploaded-bytes.ts';

const tags = ['enrollment'];

/** The one file of the multipart body, named `file`; one over the multipart limit is refused by its name. */
async function uploadedFile(request: FastifyRequest): Promise<appeals.UploadedFile> {
  const part = await request.file();
  if (part?.fieldname === 'file') {
    try {
      return { filename: part.filename, bytes: await readUploadedBytes(part) };
    } catch (error) {
      if ((error as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw error;
      throw new AppError('files.too_large', 413, { file: displayFileName(part.filename), maxMb: Math.round((DOCUMENT_MAX_BYTES / (1024 * 1024)) * 10) / 10 });
    }
  }
  part?.file.resume();
  throw new AppError('request.invalid', 400, {}, [{ field: '/file', message: fieldMessages.required[request.locale] }]);
}

/** The family's side of an appeal (复核), under /api/enrollment/applications/:id/appeal. */
export async function familyAppealRoutes(app: App, { deps: { db, files } }: ModuleOptions): Promise<void> {
  const deps = { db, files, maxUploadBytes: DOCUMENT_MAX_BYTES };

  app.post(
    '/:id/appeal',
    { schema: { tags, params: IdParams, body: AppealBody, response: { 201: AppealView, ...errorResponses } } },
    async (request, reply) => {
      const appeal = await appeals.fileAppeal(db, requireActor(request), auditContextOf(request), request.params.id, request.body);
      return reply.status(201).send(appeal);
    },
  );

  app.post(
    '/:id/appeal/documents',
    {
      schema: {
        tags,
        params: IdParams,
        consumes: ['multipart/form-data'],
        description: 'multipart/form-data with one file field `file`: a PDF, JPEG or PNG of evidence for the open appeal.',
        response: { 201: AppealView, ...errorResponses, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (request, reply) => {
      const appeal = await appeals.addEvidence(deps, requireActor(request), auditContextOf(request), request.params.id, () => uploadedFile(request));
      return reply.status(201).send(appeal);
    },
  );
}

/** The reviewers' side, under /api/enrollment/review/appeals. */
export async function reviewAppealRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags, querystring: AppealListQuery, response: { 200: AppealList, ...errorResponses } } }, async (request) =>
    appeals.listAppeals(db, requireActor(request), request.query),
  );

  app.post(
    '/:id/decision',
    { schema: { tags, params: IdParams, body: AppealDecisionBody, response: { 200: AppealView, ...errorResponses } } },
    async (request) => appeals.decideAppeal(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );
}
