import { requireActor } from '../../platform/http/guards.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../platform/http/types.ts';
import { AuditActionList, AuditList, AuditQuery } from './audit.schemas.ts';
import { browseAuditLog, listAuditActions } from './audit.service.ts';

export async function auditRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: AuditList, ...errorResponses } } }, async (request) =>
    browseAuditLog(db, requireActor(request), request.query, request.locale),
  );
  app.get('/actions', { schema: { tags: ['audit'], response: { 200: AuditActionList, ...errorResponses } } }, async (request) =>
    listAuditActions(requireActor(request), request.locale),
  );
}
