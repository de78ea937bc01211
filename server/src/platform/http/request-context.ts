import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pickLocale, type Locale } from '../../../../common/locales.ts';
import type { Actor } from '../access/actor.ts';
import type { AuditContext } from '../audit/audit.ts';
import { loadActor, resolveSession, type ResolvedSession, type SessionPolicy } from '../auth/sessions.ts';
import type { Db } from '../db/database.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'sc_session';
export const CSRF_COOKIE = 'sc_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    session: ResolvedSession | null;
    /** The signed-in person with an active (fully authenticated) session, or null. */
    actor: Actor | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const sameToken = (a: string | undefined, b: string | undefined): boolean =>
  !!a && !!b && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function auditContextOf(request: FastifyRequest): AuditContext {
  return { actorUserId: request.session?.userId ?? null, actorName: request.session?.displayName ?? null, requestId: request.id, ip: request.ip };
}

export function cookieOptions(request: FastifyRequest, httpOnly = true) {
  return { path: '/', httpOnly, sameSite: 'lax' as const, secure: request.protocol === 'https' };
}

/** Sets the anonymous double-submit CSRF cookie when missing and returns the token to echo in the header. */
export function ensureAnonymousCsrf(request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[CSRF_COOKIE];
  if (existing && /^[\w-]{32}$/.test(existing)) return existing;
  const token = randomBytes(24).toString('base64url');
  void reply.setCookie(CSRF_COOKIE, token, cookieOptions(request, false));
  return token;
}

/**
 * Resolves the session cookie into `request.actor`, picks the caller's language, and enforces CSRF:
 * every unsafe /api request carries x-csrf-token matching the session's token (or, before sign-in,
 * the double-submit cookie).
 */
export function registerRequestContext(app: FastifyInstance, db: Db, policy: SessionPolicy): void {
  app.decorateRequest('locale', 'zh-CN');
  app.decorateRequest('session', null);
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request) => {
    request.locale = pickLocale(request.headers['accept-language']);
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.session = await resolveSession(db, token, policy);
      if (request.session) {
        request.locale = request.session.locale;
        if (request.session.stage === 'active') request.actor = await loadActor(db, request.session);
      }
    }
    if (UNSAFE.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const sent = Array.isArray(header) ? header[0] : header;
      const expected = request.session ? request.session.csrfToken : request.cookies[CSRF_COOKIE];
      if (!sameToken(sent, expected)) throw new AppError('request.csrf_failed', 403);
    }
  });
}
