import type { EventStatus } from '../../../../common/events.ts';
import type { ActorKey, AuthzRow, Call, Outcome } from '../../test/authorization.types.ts';
import { createUser } from '../../test/factories.ts';
import { insertCertificateFixture, insertEventFixture, insertRegistrationFixture } from './events.fixtures.test-support.ts';

// Events in the authorization table. Every call gets an event of its own, so rows never interfere. A draft
// is its organizers' (and the platform admin's); published events are read by all staff; only an organizer's
// admin runs an event; its staff list registrations and check people in. Guardians never see events.

const BASE = '/api/events';
const T = true;
const F = false;
const HIDDEN: Outcome = { status: 404, code: 'resource.not_found' };
const NOBODY: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: F,
  jiangbeiReviewer: F,
  schoolAdminA: F,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};
const STAFF: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: T,
  jiangbeiReviewer: T,
  schoolAdminA: T,
  teacherA: T,
  guardian: F,
  anonymous: 401,
};
/** A draft of school A: hidden from everyone but school A's staff and the platform admin. */
const DRAFT_SEEN: Record<ActorKey, Outcome> = {
  ...STAFF,
  cqAdmin: HIDDEN,
  jiangbeiAdmin: HIDDEN,
  qingyangAdmin: HIDDEN,
  jiangbeiReviewer: HIDDEN,
  guardian: HIDDEN,
};
const DRAFT_RUN: Record<ActorKey, Outcome> = { ...DRAFT_SEEN, platformAdmin: F, teacherA: F };
const PUBLIC: Record<ActorKey, Outcome> = { ...STAFF, guardian: HIDDEN };
const PUBLIC_NOBODY: Record<ActorKey, Outcome> = { ...NOBODY, guardian: HIDDEN };
const EVERYONE: Record<ActorKey, Outcome> = { ...STAFF, guardian: T, anonymous: T };

const eventOf = async ({ ctx, world }: Call, status: EventStatus, organizer: 'A' | 'Qingyang' | 'JiangbeiBureau' = 'A') => {
  const organizerId = organizer === 'A' ? world.schoolA : organizer === 'Qingyang' ? world.qingyangSchool : world.jiangbeiBureau;
  return insertEventFixture(ctx.db, { organizers: [organizerId], createdBy: world.people.schoolAdminA.id, status, capacity: 50 });
};

const form = (organizerId: string) => ({
  kind: 'seminar',
  title: '家庭教育研讨会',
  organizerIds: [organizerId],
  mode: 'online',
  meetingUrl: 'https://meeting.example.cn/1',
  startsAt: '2027-05-20T09:00:00+08:00',
  endsAt: '2027-05-20T11:00:00+08:00',
  capacity: 50,
  audience: 'staff',
});

export const EVENT_AUTHZ_ROWS: AuthzRow[] = [
  { route: 'GET /api/events', target: 'the events the caller may see', request: () => ({ url: BASE }), expect: STAFF },
  { route: 'GET /api/events/mine', target: "the caller's registrations", request: () => ({ url: `${BASE}/mine` }), expect: STAFF },
  {
    route: 'POST /api/events',
    target: 'a seminar organized by school A',
    request: ({ world }) => ({ url: BASE, body: form(world.schoolA) }),
    expect: { ...NOBODY, schoolAdminA: T },
  },
  {
    route: 'POST /api/events',
    target: 'a seminar organized by the Jiangbei bureau',
    request: ({ world }) => ({ url: BASE, body: form(world.jiangbeiBureau) }),
    expect: { ...NOBODY, jiangbeiAdmin: T },
  },
  {
    route: 'GET /api/events/:id',
    target: 'a draft of school A',
    request: async (call) => ({ url: `${BASE}/${(await eventOf(call, 'draft')).id}` }),
    expect: DRAFT_SEEN,
  },
  {
    route: 'GET /api/events/:id',
    target: "a Qingyang school's event open for registration",
    request: async (call) => ({ url: `${BASE}/${(await eventOf(call, 'registration_open', 'Qingyang')).id}` }),
    expect: PUBLIC,
  },
  {
    route: 'PUT /api/events/:id',
    target: 'a draft of school A',
    expect: DRAFT_RUN,
    request: async (call) => ({ url: `${BASE}/${(await eventOf(call, 'draft')).id}`, body: { ...form(call.world.schoolA), version: 1 } }),
  },
  {
    route: 'PUT /api/events/:id',
    target: "the Jiangbei bureau's published event",
    expect: { ...PUBLIC_NOBODY, jiangbeiAdmin: T },
    request: async (call) => ({
      url: `${BASE}/${(await eventOf(call, 'published', 'JiangbeiBureau')).id}`,
      body: { ...form(call.world.jiangbeiBureau), version: 1 },
    }),
  },
  {
    route: 'POST /api/events/:id/status',
    target: 'publishing a draft of school A',
    request: async (call) => ({ url: `${BASE}/${(await eventOf(call, 'draft')).id}/status`, body: { status: 'published', version: 1 } }),
    expect: DRAFT_RUN,
  },
  {
    route: 'POST /api/events/:id/status',
    target: "opening registration for a Qingyang school's event",
    expect: PUBLIC_NOBODY,
    request: async (call) => ({
      url: `${BASE}/${(await eventOf(call, 'published', 'Qingyang')).id}/status`,
      body: { status: 'registration_open', version: 1 },
    }),
  },
  {
    route: 'POST /api/events/:id/cancel',
    target: 'a draft of school A',
    request: async (call) => ({ url: `${BASE}/${(await eventOf(call, 'draft')).id}/cancel`, body: { reason: '场地冲突', version: 1 } }),
    expect: DRAFT_RUN,
  },
  {
    route: 'POST /api/events/:id/cancel',
    target: "the Jiangbei bureau's event open for registration",
    expect: { ...PUBLIC_NOBODY, jiangbeiAdmin: T },
    request: async (call) => ({
      url: `${BASE}/${(await eventOf(call, 'registration_open', 'JiangbeiBureau')).id}/cancel`,
      body: { reason: '场地冲突', version: 1 },
    }),
  },
  {
    route: 'POST /api/events/:id/reschedule',
    target: "school A's published event",
    expect: { ...PUBLIC_NOBODY, schoolAdminA: T },
    request: async (call) => ({
      url: `${BASE}/${(await eventOf(call, 'published')).id}/reschedule`,
      body: { startsAt: '2027-03-25T09:00:00+08:00', endsAt: '2027-03-25T17:00:00+08:00', version: 1 },
    }),
  },
  {
    route: 'POST /api/events/:id/registrations',
    target: "a Qingyang school's event open to all staff",
    request: async (call) => ({ url: `${BASE}/${(await eventOf(call, 'registration_open', 'Qingyang')).id}/registrations`, body: {} }),
    expect: PUBLIC,
  },
  {
    route: 'POST /api/events/:id/registrations',
    target: 'a draft of school A',
    expect: { ...DRAFT_SEEN, platformAdmin: F, schoolAdminA: F, teacherA: F },
    request: async (call) => ({ url: `${BASE}/${(await eventOf(call, 'draft')).id}/registrations`, body: {} }),
  },
  {
    route: 'POST /api/events/:id/registrations/teachers',
    target: "a teacher of school A, for a Qingyang school's event",
    expect: { ...PUBLIC_NOBODY, schoolAdminA: T },
    request: async (call) => {
      const teacher = await createUser(call.ctx.db, { role: 'teacher', organizationId: call.world.schoolA });
      return {
        url: `${BASE}/${(await eventOf(call, 'registration_open', 'Qingyang')).id}/registrations/teachers`,
        body: { schoolId: call.world.schoolA, userIds: [teacher.id] },
      };
    },
  },
  {
    route: 'GET /api/events/:id/registrations',
    target: "school A's event",
    expect: { ...PUBLIC_NOBODY, platformAdmin: T, schoolAdminA: T, teacherA: T },
    request: async (call) => ({ url: `${BASE}/${(await eventOf(call, 'registration_open')).id}/registrations` }),
  },
  {
    route: 'GET /api/events/:id/registrations',
    target: "the Jiangbei bureau's event",
    expect: { ...PUBLIC_NOBODY, platformAdmin: T, jiangbeiAdmin: T, jiangbeiReviewer: T },
    request: async (call) => ({ url: `${BASE}/${(await eventOf(call, 'registration_open', 'JiangbeiBureau')).id}/registrations` }),
  },
  {
    route: 'POST /api/events/:id/check-ins',
    target: "a Qingyang teacher at school A's event, from the list",
    expect: { ...PUBLIC_NOBODY, platformAdmin: T, schoolAdminA: T, teacherA: T },
    request: async (call) => {
      const { id, sessionIds } = await eventOf(call, 'registration_open');
      const teacher = await createUser(call.ctx.db, { role: 'teacher', organizationId: call.world.qingyangSchool });
      const registrationId = await insertRegistrationFixture(call.ctx.db, id, teacher.id, call.world.qingyangSchool);
      return { url: `${BASE}/${id}/check-ins`, body: { sessionId: sessionIds[0], registrationId } };
    },
  },
  {
    route: 'POST /api/events/registrations/:id/cancel',
    target: "teacher A's registration for a Qingyang school's event",
    expect: {
      ...NOBODY,
      platformAdmin: F,
      cqAdmin: HIDDEN,
      jiangbeiAdmin: HIDDEN,
      qingyangAdmin: HIDDEN,
      jiangbeiReviewer: HIDDEN,
      guardian: HIDDEN,
      schoolAdminA: T,
      teacherA: T,
    },
    request: async (call) => {
      const { id } = await eventOf(call, 'registration_open', 'Qingyang');
      return {
        url: `${BASE}/registrations/${await insertRegistrationFixture(call.ctx.db, id, call.world.people.teacherA.id, call.world.schoolA)}/cancel`,
        body: {},
      };
    },
  },
  {
    route: 'POST /api/events/registrations/:id/cancel',
    target: "a Qingyang teacher's registration for the Jiangbei bureau's event",
    expect: {
      ...NOBODY,
      platformAdmin: F,
      cqAdmin: HIDDEN,
      jiangbeiAdmin: T,
      qingyangAdmin: HIDDEN,
      jiangbeiReviewer: F,
      schoolAdminA: HIDDEN,
      teacherA: HIDDEN,
      guardian: HIDDEN,
    },
    request: async (call) => {
      const { id } = await eventOf(call, 'registration_open', 'JiangbeiBureau');
      const teacher = await createUser(call.ctx.db, { role: 'teacher', organizationId: call.world.qingyangSchool });
      return { url: `${BASE}/registrations/${await insertRegistrationFixture(call.ctx.db, id, teacher.id, call.world.qingyangSchool)}/cancel`, body: {} };
    },
  },
  {
    route: 'POST /api/events/:id/certificates',
    target: "school A's held event",
    expect: { ...PUBLIC_NOBODY, schoolAdminA: T },
    request: async (call) => ({ url: `${BASE}/${(await eventOf(call, 'held')).id}/certificates`, body: {} }),
  },
  { route: 'GET /api/events/certificates/mine', target: "the caller's certificates", request: () => ({ url: `${BASE}/certificates/mine` }), expect: STAFF },
  {
    route: 'GET /api/events/certificates/:id/pdf',
    target: "teacher A's certificate of school A's event",
    expect: {
      ...NOBODY,
      platformAdmin: T,
      schoolAdminA: T,
      teacherA: T,
      cqAdmin: HIDDEN,
      jiangbeiAdmin: HIDDEN,
      qingyangAdmin: HIDDEN,
      jiangbeiReviewer: HIDDEN,
      guardian: HIDDEN,
    },
    request: async (call) => {
      const { id } = await eventOf(call, 'held');
      const certificate = await insertCertificateFixture(call.ctx.db, id, call.world.people.teacherA.id, call.world.schoolA, call.world.people.schoolAdminA.id);
      return { url: `${BASE}/certificates/${certificate.id}/pdf` };
    },
  },
  {
    route: 'POST /api/events/certificates/:id/revoke',
    target: "a Qingyang teacher's certificate of school A's event",
    expect: {
      ...NOBODY,
      platformAdmin: F,
      schoolAdminA: T,
      teacherA: F,
      cqAdmin: HIDDEN,
      jiangbeiAdmin: HIDDEN,
      qingyangAdmin: HIDDEN,
      jiangbeiReviewer: HIDDEN,
      guardian: HIDDEN,
    },
    request: async (call) => {
      const { id } = await eventOf(call, 'held');
      const teacher = await createUser(call.ctx.db, { role: 'teacher', organizationId: call.world.qingyangSchool });
      const certificate = await insertCertificateFixture(call.ctx.db, id, teacher.id, call.world.qingyangSchool, call.world.people.schoolAdminA.id);
      return { url: `${BASE}/certificates/${certificate.id}/revoke`, body: { reason: '签到记录有误' } };
    },
  },
  {
    route: 'GET /api/public/event-certificates/:code',
    target: 'a certificate verified by its code (public)',
    expect: EVERYONE,
    request: async (call) => {
      const { id } = await eventOf(call, 'held');
      const teacher = await createUser(call.ctx.db, { role: 'teacher', organizationId: call.world.qingyangSchool });
      return {
        url: `/api/public/event-certificates/${(await insertCertificateFixture(call.ctx.db, id, teacher.id, call.world.qingyangSchool, call.world.people.schoolAdminA.id)).code}`,
      };
    },
  },
];
