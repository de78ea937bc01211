import { sql } from 'kysely';
import { Type } from 'typebox';
import type { App, ModuleOptions } from '../../platform/http/types.ts';
import { AppError } from '../../platform/http/errors.ts';
import { ErrorResponse } from '../../platform/http/schemas.ts';

/** Liveness (the process answers) and readiness (the database answers) for the proxy and the orchestrator. */
export async function healthRoutes(app: App, { deps }: ModuleOptions): Promise<void> {
  app.get('/healthz', { schema: { tags: ['operations'], response: { 200: Type.Object({ status: Type.Literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/readyz',
    { schema: { tags: ['operations'], response: { 200: Type.Object({ status: Type.Literal('ready') }), 503: ErrorResponse } } },
    async (request) => {
      try {
        await sql`select 1`.execute(deps.db);
        return { status: 'ready' as const };
      } catch (err) {
        // Unready until the pool reaches the database again: it reconnects by itself, no restart needed.
        request.log.warn({ err: { code: (err as { code?: unknown }).code, message: (err as Error).message } }, 'database not ready');
        throw new AppError('server.unavailable', 503);
      }
    },
  );
}
