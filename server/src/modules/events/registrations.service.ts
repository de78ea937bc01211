import { randomBytes, randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import type { Actor } from '../../platform/access/actor.ts';
import { authorize, can } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import { nowIso, type Db, type DbOrTx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { notifyAll, type NotificationInput } from '../../platform/notifications/notify.ts';
import { deploymentTime } from '../../platform/time/deployment-time.ts';
import { getUser } from '../users/users.service.ts';
import { eligibilityOf, registrantOf } from './eligibility.ts';
import type { EventsResource } from './events.policy.ts';
import * as repo from './events.repository.ts';
import type { RegisterTeachersBody, RegistrationListQuery, RegistrationView } from './events.schemas.ts';
import { deadlinePassed, eventResource, loadEvent } from './events.service.ts';
import type { Registrant } from './seat-allocation.ts';
import { seatFor, take, type SeatState } from './seat-allocation.ts';
import { promoteFromWaitlist, seatStateOf, startsAtText } from './waitlist.ts';

type RegistrationResource = Extract<EventsResource, { type: 'event_registration' }>;

/** A secret nobody guesses: what the registration's QR code carries. */
const newToken = () => randomBytes(18).toString('base64url');

export async function presentRegistrations(db: DbOrTx, rows: repo.RegistrationRow[]): Promise<RegistrationView[]> {
  const [orgs, attendance] = await Promise.all([
    repo.findOrganizations(
      db,
      rows.flatMap((r) => (r.organization_id ? [r.organization_id] : [])),
    ),
    repo.findAttendance(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => {
    const org = r.organization_id ? orgs.get(r.organization_id) : undefined;
    return {
      id: r.id,
      eventId: r.event_id,
      userId: r.user_id,
      displayName: r.display_name,
      organization: org ? { id: org.id, nameZh: org.nameZh, nameEn: org.nameEn } : null,
      status: r.status,
      quotaId: r.quota_id,
      seq: r.seq,
      createdAt: r.created_at,
      confirmedAt: r.confirmed_at,
      cancelledAt: r.cancelled_at,
      attended: attendance.filter((a) => a.registration_id === r.id).map((a) => a.session_id),
    };
  });
}

interface Person extends Registrant {
  userId: string;
  displayName: string;
}

/**
 * One person's registration on a locked event: their existing one when they already hold or wait for a seat
 * (a retry never makes a second), otherwise a seat of their quota, an open seat, or the waitlist.
 */
async function registerOne(tx: DbOrTx, event: repo.EventRow, seats: SeatState, person: Person, byUserId: string, notes: NotificationInput[]) {
  const existing = await repo.findRegistrationOf(tx, event.id, person.userId);
  if (existing && existing.status !== 'cancelled') return { registration: existing, created: false };
  const seat = seatFor(seats, person);
  if (seat !== null) take(seats, seat);
  const now = nowIso();
  const seq = await repo.takeSeq(tx, event);
  const row: repo.RegistrationRow = {
    id: existing?.id ?? randomUUID(),
    event_id: event.id,
    user_id: person.userId,
    display_name: person.displayName,
    organization_id: person.organizationId,
    region_path: person.regionPath,
    status: seat === null ? 'waitlisted' : 'confirmed',
    quota_id: seat === null || seat === '' ? null : seat,
    seq,
    check_in_token: newToken(),
    registered_by: byUserId,
    created_at: existing?.created_at ?? now,
    updated_at: now,
    confirmed_at: seat === null ? null : now,
    cancelled_at: null,
  };
  if (existing) await repo.updateRegistration(tx, existing.id, row);
  else await repo.insertRegistration(tx, row);
  notes.push({
    userId: person.userId,
    kind: seat === null ? 'event_registration_waitlisted' : 'event_registration_confirmed',
    params: { title: event.title, startsAt: startsAtText(event) },
    objectType: 'event',
    objectId: event.id,
    sms: false,
  });
  return { registration: row, created: true };
}

/** The event must take registrations now: open, before its deadline. Checked under the lock. */
function assertOpen(event: repo.EventRow) {
  if (event.status !== 'registration_open') throw new AppError('events.registration_closed', 409);
  if (deadlinePassed(event)) throw new AppError('events.deadline_passed', 409, { deadline: deploymentTime(event.registration_deadline!) });
}

/** Registers the caller. 201 with a new registration (confirmed or waitlisted), 200 with the existing one on a retry. */
export async function registerSelf(db: Db, actor: Actor, audit: AuditContext, eventId: string): Promise<{ registration: RegistrationView; created: boolean }> {
  await loadEvent(db, actor, eventId, 'register');
  const person = { ...registrantOf(actor), userId: actor.userId, displayName: actor.displayName };
  const result = await db.transaction().execute(async (tx) => {
    const event = (await repo.lockEvent(tx, eventId))!;
    const existing = await repo.findRegistrationOf(tx, eventId, actor.userId);
    if (existing && existing.status !== 'cancelled') return { registration: existing, created: false };
    assertOpen(event);
    if (!eligibilityOf(event.audience, await repo.findAudience(tx, [eventId]), person)) throw new AppError('events.not_eligible', 403);
    const notes: NotificationInput[] = [];
    const outcome = await registerOne(tx, event, await seatStateOf(tx, event), person, actor.userId, notes);
    await notifyAll(tx, notes);
    await recordAudit(tx, audit, {
      action: 'event.register',
      objectType: 'event',
      objectId: eventId,
      result: 'success',
      detail: { status: outcome.registration.status },
    });
    return outcome;
  });
  return { registration: (await presentRegistrations(db, [result.registration]))[0]!, created: result.created };
}

/** A school admin registers several of the school's teachers at once; each gets a seat or a place on the waitlist in the order given. */
export async function registerTeachers(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  eventId: string,
  body: RegisterTeachersBody,
): Promise<{ items: RegistrationView[] }> {
  await loadEvent(db, actor, eventId, 'register');
  const school = (await repo.findOrganizations(db, [body.schoolId])).get(body.schoolId);
  if (!school) throw new AppError('events.organization_unknown', 400, { id: body.schoolId }, [{ field: '/schoolId', message: '' }]);
  authorize(actor, 'register', { type: 'event_school', school: { organizationId: school.id, kind: school.kind } });
  const people: Person[] = [];
  for (const [index, userId] of body.userIds.entries()) {
    const user = await getUser(db, actor, userId).catch(() => null);
    if (!user || user.isDisabled || !user.grants.some((g) => g.organizationId === school.id && (g.role === 'teacher' || g.role === 'school_admin'))) {
      throw new AppError('events.teacher_not_in_school', 400, {}, [{ field: `/userIds/${index}`, message: '' }]);
    }
    people.push({ userId, displayName: user.displayName, organizationId: school.id, regionPath: school.regionPath });
  }
  const rows = await db.transaction().execute(async (tx) => {
    const event = (await repo.lockEvent(tx, eventId))!;
    assertOpen(event);
    const audience = await repo.findAudience(tx, [eventId]);
    if (!eligibilityOf(event.audience, audience, people[0]!)) throw new AppError('events.not_eligible', 403);
    const seats = await seatStateOf(tx, event);
    const notes: NotificationInput[] = [];
    const done: repo.RegistrationRow[] = [];
    for (const person of people) done.push((await registerOne(tx, event, seats, person, actor.userId, notes)).registration);
    await notifyAll(tx, notes);
    await recordAudit(tx, audit, {
      action: 'event.register_school',
      objectType: 'event',
      objectId: eventId,
      result: 'success',
      detail: { count: people.length, schoolId: school.id },
    });
    return done;
  });
  return { items: await presentRegistrations(db, rows) };
}

async function loadRegistration(db: DbOrTx, actor: Actor, id: string) {
  const registration = await repo.findRegistration(db, id);
  if (!registration) throw notFound();
  const organizers = await repo.findOrganizers(db, [registration.event_id]);
  const orgs = await repo.findOrganizations(
    db,
    organizers.map((o) => o.organization_id),
  );
  const resource: RegistrationResource = {
    type: 'event_registration',
    userId: registration.user_id,
    schoolId: registration.organization_id,
    organizers: eventResource({ status: 'published' }, organizers, orgs).organizers,
  };
  if (!can(actor, 'read', resource)) throw notFound();
  return { registration, resource };
}

/**
 * Cancels a registration (its person, their school admin or an organizer). A freed seat goes at once to the
 * first on the waitlist who may take it, in the same transaction. Cancelling twice changes nothing.
 */
export async function cancelRegistration(db: Db, actor: Actor, audit: AuditContext, id: string): Promise<RegistrationView> {
  const { resource } = await loadRegistration(db, actor, id);
  authorize(actor, 'cancel', resource);
  await db.transaction().execute(async (tx) => {
    const current = (await repo.findRegistration(tx, id))!;
    const event = (await repo.lockEvent(tx, current.event_id))!;
    const registration = (await repo.findRegistration(tx, id))!;
    if (registration.status === 'cancelled') return;
    if (event.status === 'held' || event.status === 'closed' || event.status === 'cancelled') {
      throw new AppError('events.status_invalid', 409, { eventStatus: `eventStatus:${event.status}` });
    }
    const now = nowIso();
    await repo.updateRegistration(tx, id, { status: 'cancelled', quota_id: null, cancelled_at: now, updated_at: now });
    if (registration.status === 'confirmed') await promoteFromWaitlist(tx, event);
    await recordAudit(tx, audit, { action: 'event.registration.cancel', objectType: 'event_registration', objectId: id, result: 'success' });
  });
  return (await presentRegistrations(db, [(await repo.findRegistration(db, id))!]))[0]!;
}

export async function listRegistrations(db: Db, actor: Actor, eventId: string, query: RegistrationListQuery) {
  await loadEvent(db, actor, eventId, 'list');
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const { rows, total } = await repo.listRegistrations(db, eventId, { status: query.status, q: query.q, offset: (page - 1) * pageSize, limit: pageSize });
  return { items: await presentRegistrations(db, rows), total };
}

/** The caller's registrations, newest first, with the QR code of each confirmed one. */
export async function myEvents(db: Db, actor: Actor) {
  authorize(actor, 'list', { type: 'event_catalogue' });
  const rows = await repo.findRegistrationsOfUser(db, actor.userId);
  const [views, events] = await Promise.all([
    presentRegistrations(db, rows),
    repo.findEvents(
      db,
      rows.map((r) => r.event_id),
    ),
  ]);
  const byId = new Map(events.map((e) => [e.id, e]));
  const items = await Promise.all(
    rows.map(async (row, index) => {
      const event = byId.get(row.event_id)!;
      // The code is shown while it can still be used at the door.
      const showCode =
        row.status === 'confirmed' &&
        (event.status === 'published' || event.status === 'registration_open' || event.status === 'registration_closed' || event.status === 'held');
      return {
        registration: views[index]!,
        waitlistPosition: row.status === 'waitlisted' ? await repo.waitlistPosition(db, row.event_id, row.seq) : null,
        event: {
          id: event.id,
          title: event.title,
          kind: event.kind,
          mode: event.mode,
          status: event.status,
          startsAt: event.starts_at,
          endsAt: event.ends_at,
          venue: event.venue,
          meetingUrl: event.meeting_url,
        },
        checkInToken: showCode ? row.check_in_token : null,
        checkInQrSvg: showCode ? await QRCode.toString(row.check_in_token, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) : null,
      };
    }),
  );
  return { items: items.sort((a, b) => (a.event.startsAt < b.event.startsAt ? 1 : -1)) };
}
