import { randomUUID } from 'node:crypto';
import { canEventTransition, type EventStatus, type EventStep } from '../../../../common/events.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { grantsOf } from '../../platform/access/grants.ts';
import { authorize, can, type Action } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import { nowIso, type Db, type DbOrTx } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { notifyAll } from '../../platform/notifications/notify.ts';
import { eligibilityOf, registrantOf } from './eligibility.ts';
import type { EventsResource } from './events.policy.ts';
import * as repo from './events.repository.ts';
import type { CancelEventBody, EventInput, EventListQuery, EventStepBody, EventView, RescheduleEventBody, UpdateEventBody } from './events.schemas.ts';
import { checkEventInput, type CheckedInput } from './event-input.ts';
import { openSeats } from './seat-allocation.ts';
import { promoteFromWaitlist, seatStateOf, startsAtText } from './waitlist.ts';

export type EventResource = Extract<EventsResource, { type: 'event' }>;

export const eventResource = (
  event: Pick<repo.EventRow, 'status'>,
  organizers: { organization_id: string }[],
  orgs: Map<string, repo.OrgInfo>,
): EventResource => ({
  type: 'event',
  status: event.status,
  organizers: organizers.map((o) => ({ organizationId: o.organization_id, kind: orgs.get(o.organization_id)?.kind ?? 'school' })),
});

export interface LoadedEvent {
  event: repo.EventRow;
  organizers: repo.OrganizerRow[];
  resource: EventResource;
}

/** The event for an action; a 404 for those who may not even read it, so a draft does not leak. */
export async function loadEvent(db: DbOrTx, actor: Actor, id: string, action: Action): Promise<LoadedEvent> {
  const event = await repo.findEvent(db, id);
  if (!event) throw notFound();
  const organizers = await repo.findOrganizers(db, [id]);
  const resource = eventResource(
    event,
    organizers,
    await repo.findOrganizations(
      db,
      organizers.map((o) => o.organization_id),
    ),
  );
  if (!can(actor, 'read', resource)) throw notFound();
  authorize(actor, action, resource);
  return { event, organizers, resource };
}

export const statusInvalid = (status: EventStatus) => new AppError('events.status_invalid', 409, { eventStatus: `eventStatus:${status}` });
const versionConflict = () => new AppError('events.version_conflict', 409);

const named = (o: { id: string; nameZh: string; nameEn: string } | undefined) => (o ? { id: o.id, nameZh: o.nameZh, nameEn: o.nameEn } : null);
const ACTIVE_STATUSES: readonly EventStatus[] = ['published', 'registration_open', 'registration_closed'];
export const deadlinePassed = (event: Pick<repo.EventRow, 'registration_deadline'>, now = nowIso()) =>
  event.registration_deadline !== null && event.registration_deadline < now;

export async function presentEvents(db: DbOrTx, actor: Actor, events: repo.EventRow[]): Promise<EventView[]> {
  const ids = events.map((e) => e.id);
  const [organizers, sessions, quotas, audience, counts, waitlisted, mine] = await Promise.all([
    repo.findOrganizers(db, ids),
    repo.findSessions(db, ids),
    repo.findQuotas(db, ids),
    repo.findAudience(db, ids),
    repo.countConfirmed(db, ids),
    repo.countWaitlisted(db, ids),
    Promise.all(ids.map((id) => repo.findRegistrationOf(db, id, actor.userId))),
  ]);
  const orgs = await repo.findOrganizations(db, [
    ...organizers.map((o) => o.organization_id),
    ...quotas.flatMap((q) => (q.organization_id ? [q.organization_id] : [])),
    ...audience.flatMap((a) => (a.organization_id ? [a.organization_id] : [])),
  ]);
  const regions = await repo.findRegions(
    db,
    [...quotas, ...audience].flatMap((x) => (x.region_id ? [x.region_id] : [])),
  );
  const registrant = registrantOf(actor);
  const runsASchool = grantsOf(actor, 'school_admin').length > 0;
  return Promise.all(
    events.map(async (event, index) => {
      const own = organizers.filter((o) => o.event_id === event.id);
      const resource = eventResource(event, own, orgs);
      const taken = counts.get(event.id) ?? new Map<string, number>();
      const confirmed = [...taken.values()].reduce((a, b) => a + b, 0);
      const ownAudience = audience.filter((a) => a.event_id === event.id);
      const my = mine[index];
      const active = my && my.status !== 'cancelled' ? my : undefined;
      const mayUpdate = can(actor, 'update', resource);
      const open = event.status === 'registration_open' && !deadlinePassed(event);
      const eligible = eligibilityOf(event.audience, ownAudience, registrant);
      return {
        id: event.id,
        kind: event.kind,
        title: event.title,
        subject: event.subject,
        stage: event.stage,
        description: event.description,
        organizers: own.map((o) => named(orgs.get(o.organization_id))!).filter(Boolean),
        mode: event.mode,
        venue: event.venue,
        address: event.address,
        latitude: event.latitude,
        longitude: event.longitude,
        meetingUrl: event.meeting_url,
        startsAt: event.starts_at,
        endsAt: event.ends_at,
        status: event.status,
        audience: event.audience,
        audienceRegions: ownAudience.flatMap((a) => (a.region_id ? [named(regions.get(a.region_id))!].filter(Boolean) : [])),
        audienceSchools: ownAudience.flatMap((a) => (a.organization_id ? [named(orgs.get(a.organization_id))!].filter(Boolean) : [])),
        capacity: event.capacity,
        confirmed,
        waitlisted: waitlisted.get(event.id) ?? 0,
        registrationDeadline: event.registration_deadline,
        cancelReason: event.cancel_reason,
        quotas: quotas
          .filter((q) => q.event_id === event.id)
          .map((q) => ({
            id: q.id,
            region: q.region_id ? named(regions.get(q.region_id)) : null,
            organization: q.organization_id ? named(orgs.get(q.organization_id)) : null,
            seats: q.seats,
            taken: taken.get(q.id) ?? 0,
          })),
        sessions: sessions
          .filter((s) => s.event_id === event.id)
          .map((s) => ({
            id: s.id,
            title: s.title,
            startsAt: s.starts_at,
            endsAt: s.ends_at,
            room: s.room,
            meetingUrl: s.meeting_url,
            speakers: JSON.parse(s.speakers) as string[],
          })),
        myRegistration: active
          ? {
              id: active.id,
              status: active.status,
              waitlistPosition: active.status === 'waitlisted' ? await repo.waitlistPosition(db, event.id, active.seq) : null,
            }
          : null,
        permissions: {
          canUpdate: mayUpdate && (event.status === 'draft' || ACTIVE_STATUSES.includes(event.status)),
          canPublish: mayUpdate && event.status === 'draft',
          canOpenRegistration: mayUpdate && canEventTransition(event.status, 'registration_open'),
          canCloseRegistration: mayUpdate && event.status === 'registration_open',
          canMarkHeld: mayUpdate && event.status === 'registration_closed',
          canClose: mayUpdate && event.status === 'held',
          canCancel: mayUpdate && canEventTransition(event.status, 'cancelled'),
          canReschedule: mayUpdate && ACTIVE_STATUSES.includes(event.status),
          canRegister: open && !active && eligible && can(actor, 'register', resource),
          canCancelRegistration: !!active && (event.status === 'registration_open' || event.status === 'registration_closed' || event.status === 'published'),
          canRegisterTeachers: open && runsASchool && can(actor, 'register', resource),
          canManageRegistrations: can(actor, 'list', resource),
          canIssueCertificates: mayUpdate && (event.status === 'held' || event.status === 'closed'),
        },
        version: event.version,
      };
    }),
  );
}

export async function listEvents(db: Db, actor: Actor, query: EventListQuery) {
  authorize(actor, 'list', { type: 'event_catalogue' });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const mine = actor.grants.flatMap((g) => (g.organizationId ? [g.organizationId] : []));
  const isPlatformAdmin = actor.grants.some((g) => g.role === 'platform_admin');
  const { rows, total } = await repo.listEvents(db, {
    status: query.status,
    kind: query.kind,
    draftsOf: isPlatformAdmin ? null : mine,
    organizedBy: query.organizing ? mine : undefined,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { items: await presentEvents(db, actor, rows), total };
}

export async function getEvent(db: DbOrTx, actor: Actor, id: string): Promise<EventView> {
  const { event } = await loadEvent(db, actor, id, 'read');
  return (await presentEvents(db, actor, [event]))[0]!;
}

const sessionRows = (eventId: string, input: CheckedInput, existing: repo.SessionRow[] = []): repo.SessionRow[] =>
  input.sessions.map((s, position) => ({
    id: existing[position]?.id ?? randomUUID(),
    event_id: eventId,
    position,
    title: s.title,
    starts_at: s.startsAt,
    ends_at: s.endsAt,
    room: s.room,
    meeting_url: s.meetingUrl,
    speakers: JSON.stringify(s.speakers),
  }));

const partsOf = (eventId: string, input: CheckedInput) => ({
  organizers: input.organizers.map((o) => ({ event_id: eventId, organization_id: o.id, region_path: o.regionPath })),
  quotas: input.quotas.map((q) => ({
    id: randomUUID(),
    event_id: eventId,
    region_id: q.regionId,
    region_path: q.regionPath,
    organization_id: q.organizationId,
    seats: q.seats,
  })),
  audience: input.audience.map((a) => ({ event_id: eventId, region_id: a.regionId, region_path: a.regionPath, organization_id: a.organizationId })),
});

const columnsOf = (input: CheckedInput) => ({
  kind: input.kind,
  title: input.title,
  subject: input.subject,
  stage: input.stage,
  description: input.description,
  mode: input.mode,
  venue: input.venue,
  address: input.address,
  latitude: input.latitude,
  longitude: input.longitude,
  meeting_url: input.meetingUrl,
  starts_at: input.startsAt,
  ends_at: input.endsAt,
  audience: input.audience.length === 0 ? ('staff' as const) : input.audienceKind,
  capacity: input.capacity,
  registration_deadline: input.registrationDeadline,
});

/** A draft, by the admin of one of its organizers (co-organizers may be of other regions). */
export async function createEvent(db: Db, actor: Actor, audit: AuditContext, body: EventInput): Promise<EventView> {
  const input = await checkEventInput(db, body);
  authorize(actor, 'create', { type: 'event', status: 'draft', organizers: input.organizers.map((o) => ({ organizationId: o.id, kind: o.kind })) });
  const id = randomUUID();
  await db.transaction().execute(async (tx) => {
    const now = nowIso();
    await repo.insertEvent(tx, {
      id,
      ...columnsOf(input),
      status: 'draft',
      next_seq: 1,
      cancel_reason: null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await repo.replaceParts(tx, id, { ...partsOf(id, input), sessions: sessionRows(id, input) });
    await recordAudit(tx, audit, { action: 'event.create', objectType: 'event', objectId: id, result: 'success' });
  });
  return getEvent(db, actor, id);
}

const sameQuotas = (current: repo.QuotaRow[], input: CheckedInput) => {
  const key = (q: { region_id: string | null; organization_id: string | null; seats: number }) => `${q.region_id ?? ''}|${q.organization_id ?? ''}|${q.seats}`;
  const next = input.quotas.map((q) => key({ region_id: q.regionId, organization_id: q.organizationId, seats: q.seats })).sort();
  return JSON.stringify(current.map(key).sort()) === JSON.stringify(next);
};

/**
 * Changes an event before it is held. Once registration has opened the quotas stay as they are (seats were
 * taken from them); the capacity may grow (the waitlist moves up) or shrink down to the confirmed seats.
 */
export async function updateEvent(db: Db, actor: Actor, audit: AuditContext, id: string, body: UpdateEventBody): Promise<EventView> {
  const { event } = await loadEvent(db, actor, id, 'update');
  if (event.status !== 'draft' && !ACTIVE_STATUSES.includes(event.status)) throw statusInvalid(event.status);
  const input = await checkEventInput(db, body);
  // The organizers after the change must still include one the caller runs.
  authorize(actor, 'update', { type: 'event', status: event.status, organizers: input.organizers.map((o) => ({ organizationId: o.id, kind: o.kind })) });
  await db.transaction().execute(async (tx) => {
    const locked = await repo.lockEvent(tx, id);
    if (!locked || locked.version !== body.version) throw versionConflict();
    const seatsLocked = locked.status === 'registration_open' || locked.status === 'registration_closed';
    const quotas = await repo.findQuotas(tx, [id]);
    if (seatsLocked && !sameQuotas(quotas, input)) throw statusInvalid(locked.status);
    const state = await seatStateOf(tx, locked);
    const confirmed = [...state.taken.values()].reduce((a, b) => a + b, 0);
    if (input.capacity < confirmed || (state.taken.get('') ?? 0) > openSeats({ capacity: input.capacity, quotas: state.quotas })) {
      throw new AppError('events.capacity_below_confirmed', 409, { confirmed }, [{ field: '/capacity', message: '' }]);
    }
    const now = nowIso();
    if (!(await repo.updateEvent(tx, id, body.version, { ...columnsOf(input), updated_at: now }))) throw versionConflict();
    const parts = partsOf(id, input);
    await repo.replaceParts(tx, id, {
      ...parts,
      quotas: seatsLocked ? undefined : parts.quotas,
      sessions: sessionRows(id, input, await repo.findSessions(tx, [id])),
    });
    if (seatsLocked && input.capacity > locked.capacity) {
      await promoteFromWaitlist(tx, { ...locked, capacity: input.capacity }, { ...state, capacity: input.capacity });
    }
    await recordAudit(tx, audit, { action: 'event.update', objectType: 'event', objectId: id, result: 'success' });
  });
  return getEvent(db, actor, id);
}

/** Publishing, opening and closing registration, marking it held, closing it. */
export async function stepEvent(db: Db, actor: Actor, audit: AuditContext, id: string, body: EventStepBody): Promise<EventView> {
  const { event } = await loadEvent(db, actor, id, 'update');
  if (!canEventTransition(event.status, body.status satisfies EventStep)) throw statusInvalid(event.status);
  await db.transaction().execute(async (tx) => {
    if (!(await repo.updateEvent(tx, id, body.version, { status: body.status, updated_at: nowIso() }))) throw versionConflict();
    await recordAudit(tx, audit, {
      action: 'event.status',
      objectType: 'event',
      objectId: id,
      result: 'success',
      detail: { from: event.status, to: body.status },
    });
  });
  return getEvent(db, actor, id);
}

/** Everyone registered (confirmed or waiting) is told, in the same transaction as the change. */
async function tellRegistered(tx: DbOrTx, event: repo.EventRow, kind: 'event_cancelled' | 'event_rescheduled', params: Record<string, string>) {
  const registered = await repo.findActiveRegistrations(tx, event.id);
  await notifyAll(
    tx,
    registered.map((r) => ({ userId: r.user_id, kind, params: { title: event.title, ...params }, objectType: 'event', objectId: event.id, sms: false })),
  );
}

export async function cancelEvent(db: Db, actor: Actor, audit: AuditContext, id: string, body: CancelEventBody): Promise<EventView> {
  const { event } = await loadEvent(db, actor, id, 'update');
  if (!canEventTransition(event.status, 'cancelled')) throw statusInvalid(event.status);
  await db.transaction().execute(async (tx) => {
    const locked = await repo.lockEvent(tx, id);
    if (!locked || !(await repo.updateEvent(tx, id, body.version, { status: 'cancelled', cancel_reason: body.reason, updated_at: nowIso() })))
      throw versionConflict();
    await tellRegistered(tx, locked, 'event_cancelled', { reason: body.reason });
    await recordAudit(tx, audit, { action: 'event.cancel', objectType: 'event', objectId: id, result: 'success' });
  });
  return getEvent(db, actor, id);
}

export async function rescheduleEvent(db: Db, actor: Actor, audit: AuditContext, id: string, body: RescheduleEventBody): Promise<EventView> {
  const { event } = await loadEvent(db, actor, id, 'update');
  if (!ACTIVE_STATUSES.includes(event.status)) throw statusInvalid(event.status);
  const sessions = await repo.findSessions(db, [id]);
  // The agenda moves with the event unless a new one is given.
  const shift = new Date(body.startsAt).getTime() - new Date(event.starts_at).getTime();
  const moved =
    body.sessions ??
    sessions.map((s) => ({
      title: s.title,
      startsAt: new Date(new Date(s.starts_at).getTime() + shift).toISOString(),
      endsAt: new Date(new Date(s.ends_at).getTime() + shift).toISOString(),
      room: s.room,
      meetingUrl: s.meeting_url,
      speakers: JSON.parse(s.speakers) as string[],
    }));
  const input = await checkEventInput(db, {
    ...(await currentInput(db, event)),
    startsAt: body.startsAt,
    endsAt: body.endsAt,
    sessions: moved,
  });
  await db.transaction().execute(async (tx) => {
    const locked = await repo.lockEvent(tx, id);
    const now = nowIso();
    if (!locked || !(await repo.updateEvent(tx, id, body.version, { starts_at: input.startsAt, ends_at: input.endsAt, updated_at: now })))
      throw versionConflict();
    await repo.replaceSessions(tx, id, sessionRows(id, input, sessions));
    await tellRegistered(tx, locked, 'event_rescheduled', { startsAt: startsAtText({ starts_at: input.startsAt }) });
    await recordAudit(tx, audit, { action: 'event.reschedule', objectType: 'event', objectId: id, result: 'success' });
  });
  return getEvent(db, actor, id);
}

/** The event as an input, for changes that keep everything else. */
async function currentInput(db: DbOrTx, event: repo.EventRow): Promise<EventInput> {
  const [organizers, quotas, audience] = await Promise.all([
    repo.findOrganizers(db, [event.id]),
    repo.findQuotas(db, [event.id]),
    repo.findAudience(db, [event.id]),
  ]);
  return {
    kind: event.kind,
    title: event.title,
    subject: event.subject as EventInput['subject'],
    stage: event.stage as EventInput['stage'],
    description: event.description,
    organizerIds: organizers.map((o) => o.organization_id),
    mode: event.mode,
    venue: event.venue,
    address: event.address,
    latitude: event.latitude,
    longitude: event.longitude,
    meetingUrl: event.meeting_url,
    startsAt: event.starts_at,
    endsAt: event.ends_at,
    capacity: event.capacity,
    registrationDeadline: event.registration_deadline,
    audience: event.audience,
    audienceIds: audience.map((a) => a.region_id ?? a.organization_id!),
    quotas: quotas.map((q) => (q.region_id ? { regionId: q.region_id, seats: q.seats } : { organizationId: q.organization_id!, seats: q.seats })),
  };
}
