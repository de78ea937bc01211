import { type Insertable, type Selectable } from 'kysely';
import type { EventKind, EventStatus, RegistrationStatus } from '../../../../common/events.ts';
import type { OrganizationKind } from '../../../../common/directory.ts';
import { dialectOf, type DbOrTx } from '../../platform/db/database.ts';
import type { Database } from '../../platform/db/schema.ts';
import type {
  EventAttendanceTable,
  EventAudienceTable,
  EventOrganizerTable,
  EventQuotaTable,
  EventRegistrationTable,
  EventSessionTable,
  EventTable,
} from './events.tables.ts';

export type EventRow = Selectable<EventTable>;
export type OrganizerRow = Selectable<EventOrganizerTable>;
export type SessionRow = Selectable<EventSessionTable>;
export type QuotaRow = Selectable<EventQuotaTable>;
export type AudienceRow = Selectable<EventAudienceTable>;
export type RegistrationRow = Selectable<EventRegistrationTable>;
export type AttendanceRow = Selectable<EventAttendanceTable>;

export function findEvent(db: DbOrTx, id: string) {
  return db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The event row, locked until the transaction ends: every change to its seats (registering, cancelling,
 * promoting) takes this lock first, so they happen one after another. PostgreSQL: SELECT … FOR UPDATE;
 * SQLite: the one connection runs one write transaction at a time already.
 */
export function lockEvent(tx: DbOrTx, id: string) {
  const query = tx.selectFrom('events').selectAll().where('id', '=', id);
  return (dialectOf<Database>(tx) === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

export async function insertEvent(db: DbOrTx, row: Insertable<EventTable>): Promise<void> {
  await db.insertInto('events').values(row).execute();
}

/** Changes the event if it is still at the version the caller read: true when it was. */
export async function updateEvent(
  db: DbOrTx,
  id: string,
  expectedVersion: number,
  changes: Partial<Omit<EventRow, 'id' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('events')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Takes the next arrival number of a locked event. */
export async function takeSeq(tx: DbOrTx, event: EventRow): Promise<number> {
  await tx
    .updateTable('events')
    .set({ next_seq: event.next_seq + 1 })
    .where('id', '=', event.id)
    .execute();
  return event.next_seq++;
}

export function findOrganizers(db: DbOrTx, eventIds: string[]): Promise<OrganizerRow[]> {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('event_organizers').selectAll().where('event_id', 'in', eventIds).orderBy('event_id').orderBy('organization_id').execute();
}

export function findSessions(db: DbOrTx, eventIds: string[]): Promise<SessionRow[]> {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('event_sessions').selectAll().where('event_id', 'in', eventIds).orderBy('event_id').orderBy('position').execute();
}

export function findQuotas(db: DbOrTx, eventIds: string[]): Promise<QuotaRow[]> {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('event_quotas').selectAll().where('event_id', 'in', eventIds).orderBy('event_id').orderBy('id').execute();
}

export function findAudience(db: DbOrTx, eventIds: string[]): Promise<AudienceRow[]> {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('event_audience').selectAll().where('event_id', 'in', eventIds).execute();
}

/** Replaces the organizers, quotas, audience and (when given) the agenda of an event. */
export async function replaceParts(
  tx: DbOrTx,
  eventId: string,
  parts: { organizers: OrganizerRow[]; quotas?: QuotaRow[]; audience: AudienceRow[]; sessions?: SessionRow[] },
): Promise<void> {
  await tx.deleteFrom('event_organizers').where('event_id', '=', eventId).execute();
  await tx.insertInto('event_organizers').values(parts.organizers).execute();
  if (parts.quotas) {
    await tx.deleteFrom('event_quotas').where('event_id', '=', eventId).execute();
    if (parts.quotas.length > 0) await tx.insertInto('event_quotas').values(parts.quotas).execute();
  }
  await tx.deleteFrom('event_audience').where('event_id', '=', eventId).execute();
  if (parts.audience.length > 0) await tx.insertInto('event_audience').values(parts.audience).execute();
  if (parts.sessions) await replaceSessions(tx, eventId, parts.sessions);
}

/** The agenda; sessions keep their ids (and attendance) when they are given again with the same id. */
export async function replaceSessions(tx: DbOrTx, eventId: string, sessions: SessionRow[]): Promise<void> {
  const keep = sessions.map((s) => s.id);
  let remove = tx.deleteFrom('event_sessions').where('event_id', '=', eventId);
  if (keep.length > 0) remove = remove.where('id', 'not in', keep);
  await remove.execute();
  for (const session of sessions) {
    await tx
      .insertInto('event_sessions')
      .values(session)
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          position: session.position,
          title: session.title,
          starts_at: session.starts_at,
          ends_at: session.ends_at,
          room: session.room,
          meeting_url: session.meeting_url,
          speakers: session.speakers,
        }),
      )
      .execute();
  }
}

export interface EventFilter {
  status?: EventStatus;
  kind?: EventKind;
  /** null: drafts of everyone are visible; otherwise drafts only of these organizations. */
  draftsOf: string[] | null;
  organizedBy?: string[];
  offset: number;
  limit: number;
}

export async function listEvents(db: DbOrTx, filter: EventFilter): Promise<{ rows: EventRow[]; total: number }> {
  let query = db.selectFrom('events');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  const draftsOf = filter.draftsOf;
  if (draftsOf) {
    query = query.where((eb) =>
      eb.or([
        eb('status', '!=', 'draft'),
        ...(draftsOf.length > 0 ? [eb('id', 'in', eb.selectFrom('event_organizers').select('event_id').where('organization_id', 'in', draftsOf))] : []),
      ]),
    );
  }
  if (filter.organizedBy) {
    const ids = filter.organizedBy.length > 0 ? filter.organizedBy : [''];
    query = query.where('id', 'in', (eb) => eb.selectFrom('event_organizers').select('event_id').where('organization_id', 'in', ids));
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('starts_at', 'desc').orderBy('id').offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

// Registrations.

export function findRegistration(db: DbOrTx, id: string) {
  return db.selectFrom('event_registrations').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findRegistrationOf(db: DbOrTx, eventId: string, userId: string) {
  return db.selectFrom('event_registrations').selectAll().where('event_id', '=', eventId).where('user_id', '=', userId).executeTakeFirst();
}

export function findRegistrationByToken(db: DbOrTx, eventId: string, token: string) {
  return db.selectFrom('event_registrations').selectAll().where('event_id', '=', eventId).where('check_in_token', '=', token).executeTakeFirst();
}

export async function insertRegistration(db: DbOrTx, row: RegistrationRow): Promise<void> {
  await db.insertInto('event_registrations').values(row).execute();
}

export async function updateRegistration(db: DbOrTx, id: string, changes: Partial<Omit<RegistrationRow, 'id' | 'event_id' | 'user_id'>>): Promise<void> {
  await db.updateTable('event_registrations').set(changes).where('id', '=', id).execute();
}

/** Confirmed registrations of each event per quota (the key '' is the open seats). */
export async function countConfirmed(db: DbOrTx, eventIds: string[]): Promise<Map<string, Map<string, number>>> {
  const result = new Map<string, Map<string, number>>();
  if (eventIds.length === 0) return result;
  const rows = await db
    .selectFrom('event_registrations')
    .select(['event_id', 'quota_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('event_id', 'in', eventIds)
    .where('status', '=', 'confirmed')
    .groupBy(['event_id', 'quota_id'])
    .execute();
  for (const r of rows) {
    const perQuota = result.get(r.event_id) ?? new Map<string, number>();
    perQuota.set(r.quota_id ?? '', Number(r.n));
    result.set(r.event_id, perQuota);
  }
  return result;
}

export async function countWaitlisted(db: DbOrTx, eventIds: string[]): Promise<Map<string, number>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('event_registrations')
    .select(['event_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('event_id', 'in', eventIds)
    .where('status', '=', 'waitlisted')
    .groupBy('event_id')
    .execute();
  return new Map(rows.map((r) => [r.event_id, Number(r.n)]));
}

/** Place on the waitlist: how many wait with an earlier arrival number, plus one. */
export async function waitlistPosition(db: DbOrTx, eventId: string, seq: number): Promise<number> {
  const row = await db
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .where('seq', '<', seq)
    .executeTakeFirstOrThrow();
  return Number(row.n) + 1;
}

export function findWaitlist(db: DbOrTx, eventId: string): Promise<RegistrationRow[]> {
  return db.selectFrom('event_registrations').selectAll().where('event_id', '=', eventId).where('status', '=', 'waitlisted').orderBy('seq').execute();
}

export function findActiveRegistrations(db: DbOrTx, eventId: string): Promise<RegistrationRow[]> {
  return db.selectFrom('event_registrations').selectAll().where('event_id', '=', eventId).where('status', '!=', 'cancelled').execute();
}

export async function listRegistrations(
  db: DbOrTx,
  eventId: string,
  filter: { status?: RegistrationStatus; q?: string; offset: number; limit: number },
): Promise<{ rows: RegistrationRow[]; total: number }> {
  let query = db.selectFrom('event_registrations').where('event_id', '=', eventId);
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.q) query = query.where('display_name', 'like', `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('seq').offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findRegistrationsOfUser(db: DbOrTx, userId: string): Promise<RegistrationRow[]> {
  return db.selectFrom('event_registrations').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
}

export function findEvents(db: DbOrTx, ids: string[]): Promise<EventRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('events').selectAll().where('id', 'in', ids).execute();
}

// Attendance.

/** Records a check-in once: true when it is new. */
export async function insertAttendance(db: DbOrTx, row: AttendanceRow): Promise<boolean> {
  const result = await db
    .insertInto('event_attendance')
    .values(row)
    .onConflict((oc) => oc.columns(['registration_id', 'session_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export function findAttendance(db: DbOrTx, registrationIds: string[]): Promise<AttendanceRow[]> {
  if (registrationIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('event_attendance').selectAll().where('registration_id', 'in', registrationIds).execute();
}

// Names from the directory (read-only joins of the reference kernel).

export interface OrgInfo {
  id: string;
  kind: OrganizationKind;
  nameZh: string;
  nameEn: string;
  regionPath: string;
}

export async function findOrganizations(db: DbOrTx, ids: readonly string[]): Promise<Map<string, OrgInfo>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('organizations').select(['id', 'kind', 'name_zh', 'name_en', 'region_path']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, kind: r.kind as OrganizationKind, nameZh: r.name_zh, nameEn: r.name_en, regionPath: r.region_path }]));
}

export async function findRegions(db: DbOrTx, ids: readonly string[]): Promise<Map<string, { id: string; path: string; nameZh: string; nameEn: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('regions').select(['id', 'path', 'name_zh', 'name_en']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, path: r.path, nameZh: r.name_zh, nameEn: r.name_en }]));
}
