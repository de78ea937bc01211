import type { FastifyReply, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/http/guards.ts';
import { AppError } from '../../platform/http/errors.ts';
import { auditContextOf } from '../../platform/http/request-context.ts';
import { ErrorResponse, errorResponses } from '../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../platform/http/types.ts';
import { fieldMessages } from '../../platform/i18n/error-messages.ts';
import * as schoolFiles from './school-file.service.ts';
import { SchoolExportQuery, SchoolImportQuery, SchoolImportResult, SchoolTemplateQuery } from './school-file.schemas.ts';
import { CONTENT_TYPES } from '../../platform/spreadsheets/spreadsheet.ts';
import { readUploadedBytes } from '../../platform/http/uploaded-bytes.ts';

const tags = ['directory'];
/** A file download, for the OpenAPI document (a Buffer reply is sent as is, never serialised). */
const fileResponse = {
  200: {
    description: 'The file, as an attachment',
    content: Object.fromEntries(Object.values(CONTENT_TYPES).map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  },
  ...errorResponses,
};

function sendFile(reply: FastifyReply, file: schoolFiles.SchoolFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(file.body);
}

/** The one file of the multipart body, named `file` (size limited by the multipart plugin: 413). */
async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  const part = await request.file();
  if (part?.fieldname === 'file') return readUploadedBytes(part);
  part?.file.resume();
  throw new AppError('request.invalid', 400, {}, [{ field: '/file', message: fieldMessages.required[request.locale] }]);
}

/** School import and export as .xlsx or .csv. */
export async function schoolFileRoutes(app: App, options: ModuleOptions): Promise<void> {
  const { db } = options.deps;

  app.get('/schools/export', { schema: { tags, querystring: SchoolExportQuery, response: fileResponse } }, async (request, reply) => {
    const file = await schoolFiles.exportSchools(db, requireActor(request), auditContextOf(request), request.locale, request.query);
    return sendFile(reply, file);
  });

  app.get('/schools/import-template', { schema: { tags, querystring: SchoolTemplateQuery, response: fileResponse } }, async (request, reply) => {
    const file = await schoolFiles.schoolTemplate(requireActor(request), request.locale, request.query.format ?? 'xlsx');
    return sendFile(reply, file);
  });

  app.post(
    '/schools/import',
    {
      schema: {
        tags,
        consumes: ['multipart/form-data'],
        querystring: SchoolImportQuery,
        // Without a body schema the document shows no request body: say what it is.
        description: 'multipart/form-data with one file field `file`: an .xlsx or .csv of schools, at most 10 MiB and 5 000 rows.',
        response: { 200: SchoolImportResult, ...errorResponses, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      schoolFiles.assertMayImport(actor); // before the upload is read
      const file = await uploadedFile(request);
      return schoolFiles.importSchools(db, actor, auditContextOf(request), request.locale, file, request.query.dryRun ?? false);
    },
  );
}
