import type { FastifyReply, FastifyRequest } from 'fastify';
import { auditContextOf, cookieOptions, ensureAnonymousCsrf, SESSION_COOKIE } from '../../platform/http/request-context.ts';
import { AppError } from '../../platform/http/errors.ts';
import { OkResponse, errorResponses } from '../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../platform/http/types.ts';
import * as accounts from '../users/account.service.ts';
import * as auth from './auth.service.ts';
import {
  ChangePasswordBody,
  CodeBody,
  LoginBody,
  LoginResult,
  PreferencesBody,
  SessionView,
  SmsRequestBody,
  SmsRequestResult,
  SmsVerifyBody,
  StepResult,
  TotpSetup,
} from './auth.schemas.ts';

const tags = ['auth'];
const client = (request: FastifyRequest): auth.ClientInfo => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'] ?? null,
  audit: auditContextOf(request),
});

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, absoluteHours: number) {
  void reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: absoluteHours * 3600 });
}

export async function authRoutes(app: App, { deps }: ModuleOptions): Promise<void> {
  const hours = deps.config.sessionAbsoluteHours;

  app.get('/session', { schema: { tags, response: { 200: SessionView } } }, async (request, reply) =>
    auth.describeSession(deps, request.session, () => ensureAnonymousCsrf(request, reply)),
  );

  app.post('/login', { schema: { tags, body: LoginBody, response: { 200: LoginResult, ...errorResponses } } }, async (request, reply) => {
    const result = await auth.signInWithPassword(deps, request.body.username, request.body.password, client(request));
    setSessionCookie(request, reply, result.token, hours);
    return { next: result.next, csrfToken: result.csrfToken };
  });

  app.post('/totp/verify', { schema: { tags, body: CodeBody, response: { 200: StepResult, ...errorResponses } } }, async (request, reply) => {
    const session = await auth.completeTotpSignIn(deps, request.session, request.body.code, client(request));
    setSessionCookie(request, reply, session.token, hours);
    return { ok: true as const, csrfToken: session.csrfToken };
  });

  app.post('/totp/setup', { schema: { tags, response: { 200: TotpSetup, ...errorResponses } } }, async (request) => auth.startTotpSetup(deps, request.session));

  app.post('/totp/enable', { schema: { tags, body: CodeBody, response: { 200: StepResult, ...errorResponses } } }, async (request, reply) => {
    const session = await auth.confirmTotpSetup(deps, request.session, request.body.code, client(request));
    setSessionCookie(request, reply, session.token, hours);
    return { ok: true as const, csrfToken: session.csrfToken };
  });

  app.post('/sms/request', { schema: { tags, body: SmsRequestBody, response: { 200: SmsRequestResult, ...errorResponses } } }, async (request) =>
    auth.requestSmsCode(deps, request.body.mobile, request.locale, client(request)),
  );

  app.post('/sms/verify', { schema: { tags, body: SmsVerifyBody, response: { 200: LoginResult, ...errorResponses } } }, async (request, reply) => {
    const session = await auth.signInWithSmsCode(deps, request.body.mobile, request.body.code, request.locale, client(request));
    setSessionCookie(request, reply, session.token, hours);
    return { next: 'done' as const, csrfToken: session.csrfToken };
  });

  app.post('/logout', { schema: { tags, response: { 200: OkResponse } } }, async (request, reply) => {
    await auth.signOut(deps, request.session, client(request));
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.put('/preferences', { schema: { tags, body: PreferencesBody, response: { 200: OkResponse, ...errorResponses } } }, async (request) => {
    if (!request.actor) throw new AppError('auth.required', 401);
    await accounts.setLocale(deps.db, request.actor.userId, request.body.locale);
    return { ok: true as const };
  });

  app.post('/password', { schema: { tags, body: ChangePasswordBody, response: { 200: OkResponse, ...errorResponses } } }, async (request) => {
    if (!request.actor || !request.session) throw new AppError('auth.required', 401);
    await auth.changeOwnPassword(deps, request.session, request.body.currentPassword, request.body.newPassword, client(request));
    return { ok: true as const };
  });
}
