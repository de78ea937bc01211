import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database.ts';
import { auditContextOf } from '../http/request-context.ts';
import { recordAudit } from './audit.ts';

/** Statuses of a refused upload (bad, too large, wrong type, failed inspection); 401/403/404 are other stories. */
const UPLOAD_REFUSALS = new Set([400, 413, 415, 422]);

function refusalAction(request: FastifyRequest, reply: FastifyReply): 'access.denied' | 'upload.refused' | null {
  if (!request.session) return null; // anonymous refusals would only let anyone fill the log
  if (reply.statusCode === 403) return 'access.denied';
  if (UPLOAD_REFUSALS.has(reply.statusCode) && request.isMultipart()) return 'upload.refused';
  return null;
}

function errorCodeOf(payload: unknown): string | null {
  if (typeof payload !== 'string') return null;
  try {
    const code = (JSON.parse(payload) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

/**
 * One audit entry for each request a signed-in person was refused out of scope (403), and for each refused
 * upload: the action, the route (its pattern, never the URL with its ids or query), the actor and the error
 * code. Never the body, the file or its name. Written before the answer goes out; a failure to write is
 * logged, never turned into a different answer.
 */
export function registerRefusalAudit(app: FastifyInstance, db: Db): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const action = refusalAction(request, reply);
    if (!action) return payload;
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    try {
      await recordAudit(db, auditContextOf(request), {
        action,
        objectType: 'route',
        objectId: route,
        result: 'denied',
        detail: { code: errorCodeOf(payload), status: reply.statusCode },
      });
    } catch (err) {
      request.log.error({ err, action, route }, 'refusal not audited');
    }
    return payload;
  });
}
