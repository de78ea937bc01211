import type { FastifyRequest } from 'fastify';
import { requireActor } from '../../../platform/http/guards.ts';
import { auditContextOf } from '../../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../../platform/http/types.ts';
import * as notices from './notices.service.ts';
import { NoticeCodeParams, PublicNoticeView, pdfResponse } from './notices.schemas.ts';

const tags = ['enrollment'];

/**
 * Where the notice's QR code points: PUBLIC_URL when set, else the site the caller reached (behind a proxy,
 * as TRUST_PROXY reports it).
 */
const originOf = (request: FastifyRequest, publicUrl: string | null) => publicUrl ?? `${request.protocol}://${request.host}`;

/** GET /api/enrollment/applications/:id/admission-notice.pdf — the guardian's admission notice (入学通知书). */
export async function admissionNoticeRoutes(app: App, { deps: { db, config } }: ModuleOptions): Promise<void> {
  app.get(
    '/applications/:id/admission-notice.pdf',
    { schema: { tags, params: IdParams, response: { 200: pdfResponse, ...errorResponses } } },
    async (request, reply) => {
      const file = await notices.downloadAdmissionNotice(
        db,
        requireActor(request),
        auditContextOf(request),
        request.params.id,
        originOf(request, config.publicUrl),
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
}

/** GET /api/public/admission-notices/:code — anonymous: confirms a notice with masked details only. */
export async function publicAdmissionNoticeRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/:code', { schema: { tags, params: NoticeCodeParams, response: { 200: PublicNoticeView, ...errorResponses } } }, async (request, reply) => {
    const view = await notices.verifyAdmissionNotice(db, request.params.code);
    return reply.header('cache-control', 'no-store').send(view);
  });
}
