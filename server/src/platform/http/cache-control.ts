import type { FastifyInstance } from 'fastify';

/**
 * Every /api answer is `no-store` unless its route chose a caching of its own (the anonymous public lists,
 * map tiles): API answers carry personal data, and a shared computer's browser cache must not keep them.
 * Errors included, since a 404 or 403 says something about a person too.
 */
export function registerNoStore(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });
}
