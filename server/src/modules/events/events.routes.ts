import type { FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/http/guards.ts';
import { auditContextOf } from '../../platform/http/request-context.ts';
import { IdParams, errorResponses } from '../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../platform/http/types.ts';
import { checkIn } from './check-in.service.ts';
import * as certificates from './certificates.service.ts';
import {
  CertificateCodeParams,
  CertificateList,
  CertificatePdfQuery,
  CertificateView,
  IssueResult,
  PublicCertificateView,
  RevokeCertificateBody,
} from './certificates.schemas.ts';
import * as events from './events.service.ts';
import {
  CancelEventBody,
  CheckInBody,
  CheckInResult,
  EventInput,
  EventListQuery,
  EventPage,
  EventStepBody,
  EventView,
  MyEventsResponse,
  RegisterResult,
  RegisterTeachersBody,
  RegisterTeachersResult,
  RegistrationListQuery,
  RegistrationPage,
  RegistrationView,
  RescheduleEventBody,
  UpdateEventBody,
} from './events.schemas.ts';
import * as registrations from './registrations.service.ts';

const tags = ['events'];
const detail = { 200: EventView, ...errorResponses };
const pdfResponse = { description: 'The certificate as a PDF attachment', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };

/** Where a certificate's QR code points: PUBLIC_URL when set, else the site the caller reached. */
const originOf = (request: FastifyRequest, publicUrl: string | null) => publicUrl ?? `${request.protocol}://${request.host}`;

/** Events under /api/events: the organizers' forms and steps, registration with quotas and a waitlist, check-in. */
export async function eventsRoutes(app: App, { deps: { db, config } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags, querystring: EventListQuery, response: { 200: EventPage, ...errorResponses } } }, async (request) =>
    events.listEvents(db, requireActor(request), request.query),
  );

  app.post('/', { schema: { tags, body: EventInput, response: { 201: EventView, ...errorResponses } } }, async (request, reply) =>
    reply.status(201).send(await events.createEvent(db, requireActor(request), auditContextOf(request), request.body)),
  );

  app.get('/mine', { schema: { tags, response: { 200: MyEventsResponse, ...errorResponses } } }, async (request) =>
    registrations.myEvents(db, requireActor(request)),
  );

  app.get('/:id', { schema: { tags, params: IdParams, response: detail } }, async (request) => events.getEvent(db, requireActor(request), request.params.id));

  app.put('/:id', { schema: { tags, params: IdParams, body: UpdateEventBody, response: detail } }, async (request) =>
    events.updateEvent(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/status', { schema: { tags, params: IdParams, body: EventStepBody, response: detail } }, async (request) =>
    events.stepEvent(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/cancel', { schema: { tags, params: IdParams, body: CancelEventBody, response: detail } }, async (request) =>
    events.cancelEvent(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/:id/reschedule', { schema: { tags, params: IdParams, body: RescheduleEventBody, response: detail } }, async (request) =>
    events.rescheduleEvent(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  // 201 for a new registration, 200 with the existing one when the same person registers again (a retry).
  app.post(
    '/:id/registrations',
    { schema: { tags, params: IdParams, response: { 201: RegisterResult, 200: RegisterResult, ...errorResponses } } },
    async (request, reply) => {
      const { registration, created } = await registrations.registerSelf(db, requireActor(request), auditContextOf(request), request.params.id);
      return reply.status(created ? 201 : 200).send(registration);
    },
  );

  app.post(
    '/:id/registrations/teachers',
    { schema: { tags, params: IdParams, body: RegisterTeachersBody, response: { 200: RegisterTeachersResult, ...errorResponses } } },
    async (request) => registrations.registerTeachers(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.get(
    '/:id/registrations',
    { schema: { tags, params: IdParams, querystring: RegistrationListQuery, response: { 200: RegistrationPage, ...errorResponses } } },
    async (request) => registrations.listRegistrations(db, requireActor(request), request.params.id, request.query),
  );

  app.post('/:id/check-ins', { schema: { tags, params: IdParams, body: CheckInBody, response: { 200: CheckInResult, ...errorResponses } } }, async (request) =>
    checkIn(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );

  app.post('/registrations/:id/cancel', { schema: { tags, params: IdParams, response: { 200: RegistrationView, ...errorResponses } } }, async (request) =>
    registrations.cancelRegistration(db, requireActor(request), auditContextOf(request), request.params.id),
  );

  // Attendance certificates: issued by an organizer to those who attended, kept by their holders, revocable.
  app.post('/:id/certificates', { schema: { tags, params: IdParams, response: { 200: IssueResult, ...errorResponses } } }, async (request) =>
    certificates.issueCertificates(db, requireActor(request), auditContextOf(request), request.params.id),
  );

  app.get('/certificates/mine', { schema: { tags, response: { 200: CertificateList, ...errorResponses } } }, async (request) =>
    certificates.myCertificates(db, requireActor(request)),
  );

  app.get(
    '/certificates/:id/pdf',
    { schema: { tags, params: IdParams, querystring: CertificatePdfQuery, response: { 200: pdfResponse, ...errorResponses } } },
    async (request, reply) => {
      const file = await certificates.downloadCertificate(
        db,
        requireActor(request),
        auditContextOf(request),
        request.params.id,
        originOf(request, config.publicUrl),
        request.query.lang ?? 'zh-CN',
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  app.post(
    '/certificates/:id/revoke',
    { schema: { tags, params: IdParams, body: RevokeCertificateBody, response: { 200: CertificateView, ...errorResponses } } },
    async (request) => certificates.revokeCertificate(db, requireActor(request), auditContextOf(request), request.params.id, request.body),
  );
}

/** GET /api/public/event-certificates/:code — anonymous: confirms a certificate with masked details only. */
export async function publicCertificateRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/:code', { schema: { tags, params: CertificateCodeParams, response: { 200: PublicCertificateView, ...errorResponses } } }, async (request, reply) =>
    reply.header('cache-control', 'no-store').send(await certificates.verifyCertificate(db, request.params.code)),
  );
}
