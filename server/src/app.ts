import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions, type RouteOptions } from 'fastify';
import type { Config } from './config.ts';
import { MODULES } from './module-list.ts';
import { setPasswordHashCost } from './platform/auth/password.ts';
import { createSmsSender, type SmsSender } from './platform/auth/sms-sender.ts';
import { setDeploymentTimeZone } from './platform/time/deployment-time.ts';
import { createDataProtector } from './platform/crypto/data-protection.ts';
import { createDiskFileStore } from './platform/files/file-store.ts';
import { onConnectionError, type Db } from './platform/db/database.ts';
import { registerRefusalAudit } from './platform/audit/refusal-audit.ts';
import { registerNoStore } from './platform/http/cache-control.ts';
import { registerErrorHandling } from './platform/http/error-handler.ts';
import { registerRequestContext } from './platform/http/request-context.ts';
import { startSmsOutbox } from './platform/notifications/sms-outbox.ts';
import type { App, AppDeps } from './platform/http/types.ts';
import { validatorCompiler } from './platform/http/validation.ts';
import { configureMalwareScanner, createClamdScanner } from './platform/files/malware-scanner.ts';
import { registerMetrics } from './platform/metrics/metrics.ts';

export interface BuildOptions {
  config: Config;
  db: Db;
  sms?: SmsSender;
  logger?: FastifyServerOptions['logger'];
  /** Sees every route as it is registered (the authorization tests check that each one has a row). */
  onRoute?: (route: RouteOptions) => void;
  /** Run this instance's periodic jobs (the SMS outbox) while the app is up; main.ts sets it, tests do not. */
  backgroundJobs?: boolean;
}

export const MULTIPART_FILE_LIMIT = 10 * 1024 * 1024;

/** The whole platform as one Fastify instance; main.ts listens, tests inject. */
export async function buildApp(options: BuildOptions): Promise<App> {
  const { config, db } = options;
  const app = Fastify({
    logger: options.logger ?? {
      level: config.logLevel,
      // Personal data never reaches the logs: no bodies are logged, and these headers are redacted.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      // Query strings may carry searched names: only the path is logged.
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: req.url.split('?')[0], reqId: req.id }),
      },
    },
    trustProxy: config.trustProxy,
    bodyLimit: config.bodyLimitBytes,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  setDeploymentTimeZone(config.timeZone);
  setPasswordHashCost(config.passwordScryptN);
  configureMalwareScanner(config.clamdSocket ? createClamdScanner(config.clamdSocket) : null);
  if (!config.clamdSocket && config.isProduction) app.log.warn('CLAMD_SOCKET is not set: uploads are NOT scanned for malware');
  app.setValidatorCompiler(validatorCompiler);
  if (options.onRoute) app.addHook('onRoute', options.onRoute);

  const deps: AppDeps = {
    config,
    db,
    sms: options.sms ?? createSmsSender(config.sms, app.log),
    protector: createDataProtector(config.dataKey),
    files: createDiskFileStore({ dataDir: config.dataDir, dataKey: config.dataKey }),
  };

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        // Reviewers see a document's PDF inline: the page fetches it and shows it from a blob: URL in a frame.
        frameSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false,
    crossOriginEmbedderPolicy: false,
  });
  // HSTS only means something over TLS (directly or behind a TLS-terminating proxy with TRUST_PROXY).
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  registerNoStore(app);
  registerMetrics(app, db, config.metricsToken);
  await app.register(multipart, { limits: { fileSize: MULTIPART_FILE_LIMIT, files: 1, fields: 10, parts: 12 }, throwFileSizeLimit: true });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Shuangcheng 双城教育协同平台 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sc_session' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerErrorHandling(app);
  const stopWatching = onConnectionError(db, (err) =>
    app.log.warn({ err: { code: (err as { code?: unknown }).code, message: err.message } }, 'database connection lost'),
  );
  app.addHook('onClose', async () => void stopWatching());
  registerRefusalAudit(app, db);
  registerRequestContext(app, db, { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours });

  // Every module's routes, from the one module list; the platform names none of them.
  for (const module of MODULES) {
    for (const { prefix, plugin } of module.routes ?? []) await app.register(plugin, prefix ? { prefix, deps } : { deps });
  }

  if (options.backgroundJobs) {
    const outbox = startSmsOutbox(db, deps.sms, app.log);
    app.addHook('onClose', async () => outbox.stop());
  }

  registerWebApp(app, config);
  return app;
}

/** Families' phone pages and the public notice check (a QR code opens it): the light family entry, not the staff app. */
const FAMILY_PAGES = /^\/(family|verify)(\/|\?|$)/;

/** Serves the built web app; any non-API GET that is not a file gets its entry's HTML (client-side routes). */
function registerWebApp(app: App, config: Config): void {
  const index = join(config.webDir, 'index.html');
  if (!existsSync(index)) return;
  void app.register(fastifyStatic, { root: config.webDir, wildcard: false, index: false, maxAge: '1h' });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    const page = FAMILY_PAGES.test(request.url) ? 'family.html' : 'index.html';
    // The HTML must never be cached: after a deploy it names the new hashed bundles.
    return reply.header('cache-control', 'no-cache').sendFile(page, { maxAge: 0, cacheControl: false });
  });
}
