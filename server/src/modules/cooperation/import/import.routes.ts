import type { FastifyRequest } from 'fastify';
import { requireActor } from '../../../platform/http/guards.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { ErrorResponse, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import { fieldMessages } from '../../../platform/i18n/error-messages.ts';
import { CONTENT_TYPES } from '../../../platform/spreadsheets/spreadsheet.ts';
import * as imports from './import.service.ts';
import { ImportKindParams, ImportQuery, ImportResult } from './import.schemas.ts';
import { readUploadedBytes } from '../../../platform/http/uploaded-bytes.ts';

const tags = ['cooperation'];
const xlsxResponse = {
  description: 'The template, as an .xlsx attachment',
  content: { [CONTENT_TYPES.xlsx]: { schema: { type: 'string', format: 'binary' } } },
};

/** The one file of the multipart body, named `file` (size limited by the multipart plugin: 413). */
async function uploadedSpreadsheet(request: FastifyRequest): Promise<Buffer> {
  const part = await request.file();
  if (part?.fieldname === 'file') return readUploadedBytes(part);
  part?.file.resume();
  throw new AppError('request.invalid', 400, {}, [{ field: '/file', message: fieldMessages.required[request.locale] }]);
}

/** Imports under /api/cooperation/import/:kind (pairings, communities, exchanges) and their templates. */
export async function importRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/:kind/template', { schema: { tags, params: ImportKindParams, response: { 200: xlsxResponse, ...errorResponses } } }, async (request, reply) => {
    const file = await imports.importTemplate(requireActor(request), request.locale, request.params.kind);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('x-content-type-options', 'nosniff')
      .send(file.body);
  });

  app.post(
    '/:kind',
    {
      schema: {
        tags,
        params: ImportKindParams,
        querystring: ImportQuery,
        consumes: ['multipart/form-data'],
        description:
          'multipart/form-data with one file field `file`: an .xlsx (or .csv) of the kind, at most 10 MiB and 5 000 rows. Every row is checked; any problem and nothing is written.',
        response: { 200: ImportResult, ...errorResponses, 413: ErrorResponse, 415: ErrorResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      imports.assertMayImport(actor); // before the upload is read
      const file = await uploadedSpreadsheet(request);
      return imports.importFile(db, actor, auditContextOf(request), request.locale, request.params.kind, file, request.query.dryRun ?? false);
    },
  );
}
