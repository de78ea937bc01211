import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.ts';
import { createSchool, createUser } from '../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app.ts';
import { buildNetwork, type Network } from '../cooperation/cooperation.fixtures.test-support.ts';
import { readPdf } from '../enrollment/notices/notice-pdf.fixtures.test-support.ts';
import { insertEventFixture, seatInvariants } from './events.fixtures.test-support.ts';

const BASE = '/api/events';

describe.each(DIALECTS)('events (%s)', (dialect) => {
  let ctx: TestContext;
  let net: Network;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    net = await buildNetwork(ctx);
  });
  afterAll(async () => ctx?.close());

  const teacher = async (schoolId: string) => {
    const user = await createUser(ctx.db, { role: 'teacher', organizationId: schoolId });
    return { id: user.id, client: await ctx.clientAs(user.id) };
  };
  const counts = async () => {
    const [events, registrations, attendance] = await Promise.all(
      (['events', 'event_registrations', 'event_attendance'] as const).map(async (t) =>
        Number(
          (
            await ctx.db
              .selectFrom(t)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ),
    );
    return { events, registrations, attendance };
  };
  async function refused(client: TestClient, method: 'POST' | 'PUT', url: string, body: unknown) {
    const before = await counts();
    const response = await client.request(method, url, body);
    expect(await counts()).toEqual(before);
    return response;
  }
  const notificationsOf = async (userId: string) =>
    (await ctx.db.selectFrom('notifications').select(['kind', 'object_id']).where('user_id', '=', userId).execute()).map((n) => n.kind);

  const hybridForm = (overrides: Record<string, unknown> = {}) => ({
    kind: 'joint_research',
    title: '川渝数学联合教研',
    subject: 'mathematics',
    stage: 'primary',
    organizerIds: [net.schools.jiangbei, net.schools.qingyang],
    mode: 'hybrid',
    venue: '江北区教师进修学院 301',
    address: '重庆市江北区',
    latitude: 29.58,
    longitude: 106.53,
    meetingUrl: 'https://meeting.example.cn/888',
    startsAt: '2027-03-18T09:00:00+08:00',
    endsAt: '2027-03-18T16:00:00+08:00',
    capacity: 4,
    audience: 'staff',
    quotas: [
      { regionId: '500105', seats: 1 },
      { regionId: '510105', seats: 1 },
    ],
    sessions: [
      { title: '课例展示', startsAt: '2027-03-18T09:00:00+08:00', endsAt: '2027-03-18T11:30:00+08:00', room: '301', speakers: ['张静'] },
      {
        title: '专家点评',
        startsAt: '2027-03-18T14:00:00+08:00',
        endsAt: '2027-03-18T16:00:00+08:00',
        meetingUrl: 'https://meeting.example.cn/888',
        speakers: ['李老师', '王老师'],
      },
    ],
    ...overrides,
  });

  it('an organizer creates a hybrid joint research session with two district quotas and walks it to open registration', async () => {
    const created = await net.as.jiangbeiSchool.post(BASE, hybridForm());
    expect(created.statusCode, created.body).toBe(201);
    const event = created.json();
    expect(event).toMatchObject({ status: 'draft', mode: 'hybrid', capacity: 4, confirmed: 0, startsAt: '2027-03-18T01:00:00.000Z', version: 1 });
    expect(event.organizers.map((o: { id: string }) => o.id).sort()).toEqual([net.schools.jiangbei, net.schools.qingyang].sort());
    expect(event.quotas.map((q: { region: { id: string }; seats: number }) => [q.region.id, q.seats])).toEqual(
      expect.arrayContaining([
        ['500105', 1],
        ['510105', 1],
      ]),
    );
    expect(event.sessions.map((s: { title: string; speakers: string[] }) => [s.title, s.speakers])).toEqual([
      ['课例展示', ['张静']],
      ['专家点评', ['李老师', '王老师']],
    ]);
    expect(event.permissions).toMatchObject({ canUpdate: true, canPublish: true, canRegister: false, canManageRegistrations: true });

    // A draft is its organizers' alone: a teacher of another school does not see it.
    expect((await net.as.yuzhongSchool.get(`${BASE}/${event.id}`)).statusCode).toBe(404);
    // The co-organizing Qingyang school runs it too.
    const published = await net.as.qingyangSchool.post(`${BASE}/${event.id}/status`, { status: 'published', version: 1 });
    expect(published.statusCode, published.body).toBe(200);
    const skipped = await net.as.jiangbeiSchool.post(`${BASE}/${event.id}/status`, { status: 'held', version: 2 });
    expect(skipped.json().error.code).toBe('events.status_invalid');
    const opened = await net.as.jiangbeiSchool.post(`${BASE}/${event.id}/status`, { status: 'registration_open', version: 2 });
    expect(opened.json()).toMatchObject({ status: 'registration_open', version: 3 });
    const stale = await net.as.jiangbeiSchool.post(`${BASE}/${event.id}/status`, { status: 'registration_closed', version: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('events.version_conflict');

    const view = (await net.as.jiangbeiTeacher.get(`${BASE}/${event.id}`)).json();
    expect(view.permissions).toMatchObject({ canRegister: true, canUpdate: false, canManageRegistrations: true });
    const outsider = (await net.as.yuzhongSchool.get(`${BASE}/${event.id}`)).json();
    expect(outsider.permissions).toMatchObject({ canRegister: true, canUpdate: false, canManageRegistrations: false, canRegisterTeachers: true });
  });

  it('refuses bad forms with a stable code and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ endsAt: '2027-03-18T08:00:00+08:00' }, 'events.times_invalid'],
      [{ venue: null }, 'events.venue_required'],
      [{ meetingUrl: null }, 'events.meeting_url_required'],
      [
        {
          quotas: [
            { regionId: '500105', seats: 3 },
            { regionId: '510105', seats: 2 },
          ],
        },
        'events.quotas_exceed_capacity',
      ],
      [
        {
          quotas: [
            { regionId: '500105', seats: 1 },
            { regionId: '500105', seats: 1 },
          ],
        },
        'events.quota_duplicate',
      ],
      [{ quotas: [{ regionId: '999999', seats: 1 }] }, 'events.region_unknown'],
      [{ organizerIds: [net.schools.jiangbei, 'no-such-org'] }, 'events.organization_unknown'],
      [{ audience: 'invited_schools', audienceIds: [] }, 'events.audience_required'],
      [{ sessions: [{ title: '提前', startsAt: '2027-03-18T07:00:00+08:00', endsAt: '2027-03-18T08:00:00+08:00' }] }, 'events.session_outside'],
      [{ capacity: 0 }, 'request.invalid'],
      [{ kind: 'party' }, 'request.invalid'],
    ];
    for (const [overrides, code] of cases) {
      const response = await refused(net.as.jiangbeiSchool, 'POST', BASE, hybridForm(overrides));
      expect([response.statusCode, response.json().error.code], JSON.stringify(overrides)).toEqual([400, code]);
    }
    // Only organizers' admins create: a teacher, and a school admin naming only other schools, are refused.
    expect((await refused(net.as.jiangbeiTeacher, 'POST', BASE, hybridForm())).statusCode).toBe(403);
    expect((await refused(net.as.yuzhongSchool, 'POST', BASE, hybridForm())).statusCode).toBe(403);
    expect((await net.as.jiangbeiSchool.post(BASE, hybridForm({ venue: null }))).json().error.message).toBe('线下活动须填写场地');
  });

  it('fills quota seats, then open seats, then the waitlist; a cancellation moves the first who fits up', async () => {
    const jiangbeiA = await createSchool(ctx.db, '500105');
    const { id } = await insertEventFixture(ctx.db, {
      organizers: [net.schools.jiangbei],
      createdBy: net.userIds.jiangbeiSchool,
      capacity: 3,
      quotas: [
        { regionId: '500105', seats: 1 },
        { regionId: '510105', seats: 1 },
      ],
    });
    const [j1, j2, j3, q1] = [await teacher(jiangbeiA.id), await teacher(jiangbeiA.id), await teacher(jiangbeiA.id), await teacher(net.schools.qingyang)];
    const r1 = await j1.client.post(`${BASE}/${id}/registrations`);
    expect(r1.statusCode, r1.body).toBe(201);
    expect(r1.json()).toMatchObject({ status: 'confirmed', seq: 1 });
    expect(r1.json().quotaId).not.toBeNull();
    // The Jiangbei quota is full: the next Jiangbei teacher takes the open seat, the third waits.
    expect((await j2.client.post(`${BASE}/${id}/registrations`)).json()).toMatchObject({ status: 'confirmed', quotaId: null });
    expect((await j3.client.post(`${BASE}/${id}/registrations`)).json()).toMatchObject({ status: 'waitlisted' });
    // The Qingyang seat stays reserved for Qingyang.
    expect((await q1.client.post(`${BASE}/${id}/registrations`)).json()).toMatchObject({ status: 'confirmed' });
    // A retry gives the same registration back.
    const retry = await j1.client.post(`${BASE}/${id}/registrations`);
    expect([retry.statusCode, retry.json().id]).toEqual([200, r1.json().id]);
    expect((await j3.client.get(`${BASE}/${id}`)).json().myRegistration).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(await notificationsOf(j3.id)).toEqual(['event_registration_waitlisted']);

    // The Jiangbei quota seat frees: the waiting Jiangbei teacher takes it and is told.
    const cancelled = await j1.client.post(`${BASE}/registrations/${r1.json().id}/cancel`);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled' });
    const mine = (await j3.client.get(`${BASE}/${id}`)).json();
    expect(mine.myRegistration).toMatchObject({ status: 'confirmed', waitlistPosition: null });
    expect(await notificationsOf(j3.id)).toEqual(expect.arrayContaining(['event_registration_waitlisted', 'event_promoted']));
    // Cancelling again changes nothing; another teacher cannot cancel it.
    expect((await j1.client.post(`${BASE}/registrations/${r1.json().id}/cancel`)).json()).toMatchObject({ status: 'cancelled' });
    expect((await q1.client.post(`${BASE}/registrations/${mine.myRegistration.id}/cancel`)).statusCode).toBe(404);
    // Registering again after cancelling takes a new place at the end (the event is full: the waitlist).
    expect((await j1.client.post(`${BASE}/${id}/registrations`)).json()).toMatchObject({ status: 'waitlisted', seq: 5 });
    const seats = await seatInvariants(ctx.db, id);
    expect(seats).toMatchObject({ confirmed: 3, waitlisted: 1, overCapacity: false, overQuota: false, overOpen: false, duplicates: 0, seqDuplicates: 0 });
  });

  it('a larger capacity moves the waitlist up; the capacity cannot drop below the confirmed seats', async () => {
    const created = (await net.as.jiangbeiSchool.post(BASE, hybridForm({ capacity: 1, quotas: [] }))).json();
    await net.as.jiangbeiSchool.post(`${BASE}/${created.id}/status`, { status: 'published', version: 1 });
    await net.as.jiangbeiSchool.post(`${BASE}/${created.id}/status`, { status: 'registration_open', version: 2 });
    const [a, b] = [await teacher(net.schools.jiangbei2), await teacher(net.schools.yuzhong)];
    await a.client.post(`${BASE}/${created.id}/registrations`);
    expect((await b.client.post(`${BASE}/${created.id}/registrations`)).json().status).toBe('waitlisted');
    const { version: _v, ...form } = { ...hybridForm({ capacity: 2, quotas: [] }), version: 3 };
    const grown = await net.as.jiangbeiSchool.put(`${BASE}/${created.id}`, { ...form, version: 3 });
    expect(grown.statusCode, grown.body).toBe(200);
    expect(grown.json()).toMatchObject({ capacity: 2, confirmed: 2, waitlisted: 0 });
    const shrunk = await net.as.jiangbeiSchool.put(`${BASE}/${created.id}`, { ...hybridForm({ capacity: 1, quotas: [] }), version: 4 });
    expect([shrunk.statusCode, shrunk.json().error.code]).toEqual([409, 'events.capacity_below_confirmed']);
    // Quotas stay as they are once registration is open.
    const quotas = await net.as.jiangbeiSchool.put(`${BASE}/${created.id}`, {
      ...hybridForm({ capacity: 2, quotas: [{ regionId: '500105', seats: 1 }] }),
      version: 4,
    });
    expect([quotas.statusCode, quotas.json().error.code]).toEqual([409, 'events.status_invalid']);
  });

  it('refuses registration when closed, past the deadline, for those outside the audience, and for guardians', async () => {
    const published = await insertEventFixture(ctx.db, { organizers: [net.schools.jiangbei], createdBy: net.userIds.jiangbeiSchool, status: 'published' });
    const late = await insertEventFixture(ctx.db, {
      organizers: [net.schools.jiangbei],
      createdBy: net.userIds.jiangbeiSchool,
      deadline: '2026-01-01T00:00:00.000Z',
    });
    const invited = await insertEventFixture(ctx.db, {
      organizers: [net.schools.jiangbei],
      createdBy: net.userIds.jiangbeiSchool,
      audience: 'invited_schools',
      audienceIds: [net.schools.qingyang],
    });
    const sichuan = await insertEventFixture(ctx.db, {
      organizers: [net.schools.qingyang],
      createdBy: net.userIds.jiangbeiSchool,
      audience: 'regions',
      audienceIds: ['510000'],
    });
    const t = await teacher(net.schools.jiangbei2);
    const code = async (client: TestClient, eventId: string) => {
      const response = await refused(client, 'POST', `${BASE}/${eventId}/registrations`, {});
      return [response.statusCode, response.json().error.code];
    };
    expect(await code(t.client, published.id)).toEqual([409, 'events.registration_closed']);
    expect(await code(t.client, late.id)).toEqual([409, 'events.deadline_passed']);
    expect(await code(t.client, invited.id)).toEqual([403, 'events.not_eligible']);
    expect(await code(t.client, sichuan.id)).toEqual([403, 'events.not_eligible']);
    expect(await code(net.as.guardian, published.id)).toEqual([404, 'resource.not_found']);
    expect((await t.client.post(`${BASE}/${late.id}/registrations`)).json().error.message).toBe('报名已于 2026-01-01 08:00 截止');
    // The invited school's teacher and a Sichuan teacher may.
    expect((await (await teacher(net.schools.qingyang)).client.post(`${BASE}/${invited.id}/registrations`)).statusCode).toBe(201);
    expect((await (await teacher(net.schools.qingyang)).client.post(`${BASE}/${sichuan.id}/registrations`)).statusCode).toBe(201);
  });

  it('cancelling or rescheduling the event tells everyone registered; a cancelled event takes no registrations', async () => {
    const created = (await net.as.jiangbeiSchool.post(BASE, hybridForm({ capacity: 1, quotas: [] }))).json();
    await net.as.jiangbeiSchool.post(`${BASE}/${created.id}/status`, { status: 'published', version: 1 });
    await net.as.jiangbeiSchool.post(`${BASE}/${created.id}/status`, { status: 'registration_open', version: 2 });
    const [a, b, c] = [await teacher(net.schools.jiangbei2), await teacher(net.schools.yuzhong), await teacher(net.schools.deyang)];
    await a.client.post(`${BASE}/${created.id}/registrations`);
    await b.client.post(`${BASE}/${created.id}/registrations`);
    const moved = await net.as.jiangbeiSchool.post(`${BASE}/${created.id}/reschedule`, {
      startsAt: '2027-03-25T09:00:00+08:00',
      endsAt: '2027-03-25T16:00:00+08:00',
      version: 3,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().sessions.map((s: { startsAt: string }) => s.startsAt)).toEqual(['2027-03-25T01:00:00.000Z', '2027-03-25T06:00:00.000Z']);
    const cancelled = await net.as.jiangbeiSchool.post(`${BASE}/${created.id}/cancel`, { reason: '天气原因', version: 4 });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: '天气原因' });
    for (const person of [a, b]) expect(await notificationsOf(person.id)).toEqual(expect.arrayContaining(['event_rescheduled', 'event_cancelled']));
    expect(await notificationsOf(c.id)).toEqual([]);
    const late = await refused(c.client, 'POST', `${BASE}/${created.id}/registrations`, {});
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'events.registration_closed']);
    const again = await net.as.jiangbeiSchool.post(`${BASE}/${created.id}/cancel`, { reason: '再取消', version: 5 });
    expect(again.json().error.code).toBe('events.status_invalid');
  });

  it('a school admin registers several of its teachers at once, never teachers of another school', async () => {
    const { id } = await insertEventFixture(ctx.db, { organizers: [net.schools.qingyang], createdBy: net.userIds.jiangbeiSchool, capacity: 2 });
    const own = [await teacher(net.schools.jiangbei), await teacher(net.schools.jiangbei), await teacher(net.schools.jiangbei)];
    const other = await teacher(net.schools.yuzhong);
    const wrong = await refused(net.as.jiangbeiSchool, 'POST', `${BASE}/${id}/registrations/teachers`, {
      schoolId: net.schools.jiangbei,
      userIds: [own[0]!.id, other.id],
    });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([400, 'events.teacher_not_in_school']);
    const notMine = await refused(net.as.jiangbeiSchool, 'POST', `${BASE}/${id}/registrations/teachers`, {
      schoolId: net.schools.yuzhong,
      userIds: [other.id],
    });
    expect(notMine.statusCode).toBe(403);
    const done = await net.as.jiangbeiSchool.post(`${BASE}/${id}/registrations/teachers`, { schoolId: net.schools.jiangbei, userIds: own.map((t) => t.id) });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().items.map((r: { status: string }) => r.status)).toEqual(['confirmed', 'confirmed', 'waitlisted']);
    // The school admin cancels for a teacher; the third moves up.
    const first = done.json().items[0].id;
    expect((await net.as.jiangbeiSchool.post(`${BASE}/registrations/${first}/cancel`)).json().status).toBe('cancelled');
    expect((await own[2]!.client.get(`${BASE}/mine`)).json().items[0].registration.status).toBe('confirmed');
  });

  it('checks people in by the QR token or from the list, per session, and only confirmed ones', async () => {
    const { id, sessionIds } = await insertEventFixture(ctx.db, {
      organizers: [net.schools.jiangbei],
      createdBy: net.userIds.jiangbeiSchool,
      capacity: 1,
      sessions: 2,
    });
    const [a, b] = [await teacher(net.schools.qingyang), await teacher(net.schools.qingyang)];
    await a.client.post(`${BASE}/${id}/registrations`);
    const waiting = (await b.client.post(`${BASE}/${id}/registrations`)).json();
    const mine = (await a.client.get(`${BASE}/mine`)).json().items.find((i: { event: { id: string } }) => i.event.id === id);
    expect(mine.checkInToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(mine.checkInQrSvg).toContain('<svg');
    expect((await b.client.get(`${BASE}/mine`)).json().items[0]).toMatchObject({ checkInToken: null, checkInQrSvg: null, waitlistPosition: 1 });

    const byQr = await net.as.jiangbeiTeacher.post(`${BASE}/${id}/check-ins`, { sessionId: sessionIds[0], token: mine.checkInToken });
    expect(byQr.statusCode, byQr.body).toBe(200);
    expect(byQr.json()).toMatchObject({ method: 'qr', isNew: true, registration: { attended: [sessionIds[0]] } });
    expect((await net.as.jiangbeiTeacher.post(`${BASE}/${id}/check-ins`, { sessionId: sessionIds[0], token: mine.checkInToken })).json().isNew).toBe(false);
    const byList = await net.as.jiangbeiSchool.post(`${BASE}/${id}/check-ins`, { sessionId: sessionIds[1], registrationId: mine.registration.id });
    expect(byList.json()).toMatchObject({ method: 'list', isNew: true });
    expect(byList.json().registration.attended.sort()).toEqual([...sessionIds].sort());

    const fail = async (client: TestClient, body: unknown) => {
      const response = await refused(client, 'POST', `${BASE}/${id}/check-ins`, body);
      return [response.statusCode, response.json().error.code];
    };
    expect(await fail(net.as.jiangbeiTeacher, { sessionId: sessionIds[0], token: 'not-a-real-token-at-all' })).toEqual([404, 'events.check_in_unknown']);
    expect(await fail(net.as.jiangbeiTeacher, { sessionId: sessionIds[0], registrationId: waiting.id })).toEqual([409, 'events.check_in_not_confirmed']);
    expect(await fail(net.as.jiangbeiTeacher, { sessionId: 'no-such-session', token: mine.checkInToken })).toEqual([400, 'events.session_unknown']);
    expect(await fail(net.as.jiangbeiTeacher, { sessionId: sessionIds[0] })).toEqual([400, 'request.invalid']);
    // Only the organizers' staff check in: not the registrant, not another school.
    expect(await fail(a.client, { sessionId: sessionIds[0], token: mine.checkInToken })).toEqual([403, 'auth.forbidden']);
    expect(await fail(net.as.yuzhongSchool, { sessionId: sessionIds[0], token: mine.checkInToken })).toEqual([403, 'auth.forbidden']);

    const list = (await net.as.jiangbeiSchool.get(`${BASE}/${id}/registrations`)).json();
    expect(list.items.map((r: { status: string }) => r.status)).toEqual(['confirmed', 'waitlisted']);
    expect((await net.as.jiangbeiSchool.get(`${BASE}/${id}/registrations?status=waitlisted`)).json().total).toBe(1);
  });

  it('issues certificates only to those who attended, once held; the PDF verifies through its QR code until revoked', async () => {
    const { id, sessionIds } = await insertEventFixture(ctx.db, {
      organizers: [net.schools.jiangbei],
      createdBy: net.userIds.jiangbeiSchool,
      capacity: 3,
      sessions: 2,
      status: 'registration_open',
    });
    const [a, b, c, d] = [
      await teacher(net.schools.qingyang),
      await teacher(net.schools.qingyang),
      await teacher(net.schools.yuzhong),
      await teacher(net.schools.yuzhong),
    ];
    const ids: string[] = [];
    for (const person of [a, b, c, d]) ids.push((await person.client.post(`${BASE}/${id}/registrations`)).json().id);
    for (const [registrationId, sessionId] of [
      [ids[0], sessionIds[0]],
      [ids[0], sessionIds[1]],
      [ids[1], sessionIds[1]],
    ]) {
      expect((await net.as.jiangbeiSchool.post(`${BASE}/${id}/check-ins`, { sessionId, registrationId })).statusCode).toBe(200);
    }
    // Not before the event was held.
    const early = await net.as.jiangbeiSchool.post(`${BASE}/${id}/certificates`);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'events.certificates_not_yet']);
    await net.as.jiangbeiSchool.post(`${BASE}/${id}/status`, { status: 'registration_closed', version: 1 });
    await net.as.jiangbeiSchool.post(`${BASE}/${id}/status`, { status: 'held', version: 2 });
    expect((await a.client.post(`${BASE}/${id}/certificates`)).statusCode).toBe(403);
    expect((await net.as.jiangbeiSchool.post(`${BASE}/${id}/certificates`)).json()).toEqual({ issued: 2, total: 2 });
    expect((await net.as.jiangbeiSchool.post(`${BASE}/${id}/certificates`)).json()).toEqual({ issued: 0, total: 2 });

    const mine = (await a.client.get(`${BASE}/certificates/mine`)).json().items;
    expect(mine.map((m: { hours: number; eventId: string }) => [m.eventId, m.hours])).toEqual([[id, 2]]);
    expect((await b.client.get(`${BASE}/certificates/mine`)).json().items.map((m: { hours: number }) => m.hours)).toEqual([1]);
    for (const person of [c, d]) expect((await person.client.get(`${BASE}/certificates/mine`)).json().items).toEqual([]);
    expect(await notificationsOf(a.id)).toContain('event_certificate_issued');

    const certificate = mine[0];
    const pdf = await a.client.get(`${BASE}/certificates/${certificate.id}/pdf`);
    expect([pdf.statusCode, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    const read = await readPdf(pdf.rawPayload);
    expect(read.text).toContain('参会证明');
    expect(read.text.replace(/\s+/g, '')).toContain('计2学时');
    expect(read.qr).toBe(`http://localhost:80/verify/certificates/${certificate.verificationCode}`);
    const english = await readPdf((await a.client.get(`${BASE}/certificates/${certificate.id}/pdf?lang=en-US`)).rawPayload);
    expect(english.text).toContain('Certificate of attendance');
    expect((await net.as.yuzhongSchool.get(`${BASE}/certificates/${certificate.id}/pdf`)).statusCode).toBe(404);

    const anonymous = await ctx.anonymous();
    const verified = (await anonymous.get(`/api/public/event-certificates/${certificate.verificationCode.toLowerCase()}`)).json();
    expect(verified).toMatchObject({ code: certificate.verificationCode, hours: 2, status: 'valid', revokedOn: null });
    expect(verified.maskedName).not.toBe(certificate.holderName);
    expect((await anonymous.get('/api/public/event-certificates/0000000000000000')).statusCode).toBe(404);

    expect((await a.client.post(`${BASE}/certificates/${certificate.id}/revoke`, { reason: '自行撤销' })).statusCode).toBe(403);
    const revoked = await net.as.jiangbeiSchool.post(`${BASE}/certificates/${certificate.id}/revoke`, { reason: '签到记录有误' });
    expect(revoked.json()).toMatchObject({ revokeReason: '签到记录有误' });
    expect((await anonymous.get(`/api/public/event-certificates/${certificate.verificationCode}`)).json().status).toBe('revoked');
    const gone = await a.client.get(`${BASE}/certificates/${certificate.id}/pdf`);
    expect([gone.statusCode, gone.json().error.code]).toEqual([409, 'events.certificate_revoked']);
  });

  it('200 parallel registrations for the last 10 seats never exceed the capacity or a quota, and make no duplicates', async () => {
    const jiangbeiSchools = [await createSchool(ctx.db, '500105'), await createSchool(ctx.db, '500105')];
    const qingyangSchool = await createSchool(ctx.db, '510105');
    const { id } = await insertEventFixture(ctx.db, {
      organizers: [net.schools.jiangbei],
      createdBy: net.userIds.jiangbeiSchool,
      capacity: 30,
      quotas: [
        { regionId: '500105', seats: 12 },
        { regionId: '510105', seats: 8 },
      ],
    });
    // 20 seats are taken already: 10 of the Jiangbei quota, 6 of Qingyang's, 4 open.
    const early = [
      ...(await Promise.all(Array.from({ length: 14 }, (_, i) => teacher(jiangbeiSchools[i % 2]!.id)))),
      ...(await Promise.all(Array.from({ length: 6 }, () => teacher(qingyangSchool.id)))),
    ];
    for (const t of early) expect((await t.client.post(`${BASE}/${id}/registrations`)).json().status).toBe('confirmed');
    const crowd = [
      ...(await Promise.all(Array.from({ length: 100 }, (_, i) => teacher(jiangbeiSchools[i % 2]!.id)))),
      ...(await Promise.all(Array.from({ length: 60 }, () => teacher(qingyangSchool.id)))),
      ...(await Promise.all(Array.from({ length: 40 }, () => teacher(net.schools.yuzhong)))),
    ];
    // Every one of them sends their request, and a quarter of them send it twice (a double tap).
    const responses = await Promise.all([...crowd, ...crowd.slice(0, 50)].map((t) => t.client.post(`${BASE}/${id}/registrations`)));
    expect(responses.filter((r) => r.statusCode >= 300).map((r) => r.body)).toEqual([]);
    const seats = await seatInvariants(ctx.db, id);
    expect(seats).toMatchObject({ confirmed: 30, waitlisted: 190, overCapacity: false, overQuota: false, overOpen: false, duplicates: 0, seqDuplicates: 0 });

    // Cancellations and registrations at once: still never over, and the waitlist moves up in arrival order.
    const confirmedCrowd = await ctx.db
      .selectFrom('event_registrations')
      .select(['id', 'user_id'])
      .where('event_id', '=', id)
      .where('status', '=', 'confirmed')
      .where('seq', '>', 20)
      .execute();
    const leaving = [...early.slice(0, 5).map((t) => t.id), ...confirmedCrowd.map((r) => r.user_id)];
    const leavingRows = await ctx.db
      .selectFrom('event_registrations')
      .select(['id', 'user_id'])
      .where('event_id', '=', id)
      .where('user_id', 'in', leaving)
      .execute();
    const clientOf = new Map([...early, ...crowd].map((t) => [t.id, t.client]));
    const latecomers = await Promise.all(Array.from({ length: 30 }, () => teacher(net.schools.deyang)));
    const mixed = await Promise.all([
      ...leavingRows.map((r) => clientOf.get(r.user_id)!.post(`${BASE}/registrations/${r.id}/cancel`)),
      ...latecomers.map((t) => t.client.post(`${BASE}/${id}/registrations`)),
    ]);
    expect(mixed.filter((r) => r.statusCode >= 300).map((r) => r.body)).toEqual([]);
    const after = await seatInvariants(ctx.db, id);
    expect(after).toMatchObject({ confirmed: 30, overCapacity: false, overQuota: false, overOpen: false, duplicates: 0, seqDuplicates: 0 });
    // Whoever waits has no free seat they could take: no Jiangbei, Qingyang or open seat is left idle.
    const free = (quotaRegion: string) => {
      const quota = after.quotas.find((q) => q.region_id === quotaRegion)!;
      return quota.seats - (after.perQuota.get(quota.id) ?? 0);
    };
    expect([free('500105'), free('510105'), 10 - (after.perQuota.get('') ?? 0)]).toEqual([0, 0, 0]);
  });
});
