import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App, ModuleOptions } from '../../platform/http/types.ts';
import { ErrorResponse } from '../../platform/http/schemas.ts';

/** Liveness (the process answers) and readiness (the database answers) for the proxy and the orchestrator. */
export async function healthRoutes(app: App, { deps }: ModuleOptions): Promise<void> {
  app.get('/healthz', { schema: { tags: ['operations'], response: { 200: Type.Object({ status: Type.Literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/readyz',
    { schema: { tags: ['operations'], response: { 200: Type.Object({ status: Type.Literal('ready') }), 503: ErrorResponse } } },
    async (request, reply) => {
      try {
        await sql`select 1`.execute(deps.db);
        return { status: 'ready' as const };
      } catch (err) {
        request.log.error({ err }, 'database not ready');
        return reply.status(503).send({ error: { code: 'server.unavailable', message: 'database unavailable' } });
      }
    },
  );
}
