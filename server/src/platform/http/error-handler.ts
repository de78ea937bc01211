import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorText, formatMessage, localisedParams, type ErrorCode } from '../i18n/error-messages.ts';
import { isDatabaseUnavailable } from '../db/db-errors.ts';
import { AppError, type FieldError } from './errors.ts';
import { closeAfterAnswer } from './lingering-close.ts';

/** What a 503 asks the caller to wait before retrying: a database restart or failover takes seconds. */
export const UNAVAILABLE_RETRY_SECONDS = 5;
import { toFieldErrors } from './validation.ts';

export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  params: Record<string, string | number> = {},
  fields?: FieldError[],
) {
  const body: ErrorBody = { error: { code, message: formatMessage(errorText(code, request.locale), localisedParams(params, request.locale)) } };
  // A field error without its own text repeats the error's message under that field.
  if (fields && fields.length > 0) body.error.fields = fields.map((f) => (f.message ? f : { ...f, message: body.error.message }));
  // A refused upload is not read any further: the connection closes once the answer is sent.
  if (status === 413) {
    void reply.header('connection', 'close');
    closeAfterAnswer(request.raw.socket);
  }
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/** One place turns every failure into `{error:{code,message,fields?}}` in the caller's language. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.statusCode === 429) void reply.header('retry-after', String(error.params.seconds ?? 60));
      if (error.statusCode === 503) void reply.header('retry-after', String(UNAVAILABLE_RETRY_SECONDS));
      return send(request, reply, error.statusCode, error.code, error.params, error.fields);
    }
    if (error.validation) {
      const prefix = error.validationContext && error.validationContext !== 'body' ? `${error.validationContext}:` : '';
      return send(request, reply, 400, 'request.invalid', {}, toFieldErrors(error.validation as never, request.locale, prefix));
    }
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return send(request, reply, 400, 'request.malformed_json');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_REQ_FILE_TOO_LARGE':
      case 'FST_FILES_LIMIT':
      case 'FST_PARTS_LIMIT':
        return send(request, reply, 413, 'request.too_large');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
        return send(request, reply, 415, 'request.unsupported_media_type');
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: { code: error.code, message: error.message } }, 'client error');
      return send(request, reply, error.statusCode, 'request.invalid');
    }
    // The database is away (a restart, a failover, the network): the caller may retry shortly.
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: { code: (error as { code?: unknown }).code, message: error.message } }, 'database unavailable');
      void reply.header('retry-after', String(UNAVAILABLE_RETRY_SECONDS));
      return send(request, reply, 503, 'server.unavailable');
    }
    // 5xx: details go to the log with the request id, never to the caller.
    request.log.error({ err: error }, 'unhandled error');
    return send(request, reply, 500, 'server.internal', { requestId: request.id });
  });

  app.setNotFoundHandler((request, reply) => send(request, reply, 404, 'route.not_found'));
}
