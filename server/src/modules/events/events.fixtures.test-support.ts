import { randomUUID } from 'node:crypto';
import type { EventAudience, EventStatus } from '../../../../common/events.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import * as repo from './events.repository.ts';

// Test data only: an event written straight to its tables, at any step, with quotas and an audience.

export interface EventFixture {
  organizers: string[];
  createdBy: string;
  status?: EventStatus;
  capacity?: number;
  /** Seats per region id or organization id. */
  quotas?: { regionId?: string; organizationId?: string; seats: number }[];
  audience?: EventAudience;
  audienceIds?: string[];
  deadline?: string | null;
  sessions?: number;
}

export async function insertEventFixture(db: DbOrTx, f: EventFixture): Promise<{ id: string; sessionIds: string[] }> {
  const id = randomUUID();
  const now = nowIso();
  const orgs = await repo.findOrganizations(db, [...f.organizers, ...(f.quotas ?? []).flatMap((q) => (q.organizationId ? [q.organizationId] : []))]);
  const regionIds = [...(f.quotas ?? []).flatMap((q) => (q.regionId ? [q.regionId] : [])), ...(f.audience === 'regions' ? (f.audienceIds ?? []) : [])];
  const regions = await repo.findRegions(db, regionIds);
  await repo.insertEvent(db, {
    id,
    kind: 'joint_research',
    title: `联合教研 ${id.slice(0, 6)}`,
    subject: 'mathematics',
    stage: 'primary',
    description: null,
    mode: 'hybrid',
    venue: '江北区教师进修学院 301',
    address: '重庆市江北区',
    latitude: 29.58,
    longitude: 106.53,
    meeting_url: 'https://meeting.example.cn/123',
    starts_at: '2027-03-18T01:00:00.000Z',
    ends_at: '2027-03-18T08:00:00.000Z',
    status: f.status ?? 'registration_open',
    audience: f.audience ?? 'staff',
    capacity: f.capacity ?? 10,
    registration_deadline: f.deadline ?? null,
    next_seq: 1,
    cancel_reason: null,
    created_by: f.createdBy,
    created_at: now,
    updated_at: now,
  });
  const sessionIds = Array.from({ length: f.sessions ?? 1 }, () => randomUUID());
  await repo.replaceParts(db, id, {
    organizers: f.organizers.map((o) => ({ event_id: id, organization_id: o, region_path: orgs.get(o)!.regionPath })),
    quotas: (f.quotas ?? []).map((q) => ({
      id: randomUUID(),
      event_id: id,
      seats: q.seats,
      organization_id: q.organizationId ?? null,
      region_id: q.regionId ?? null,
      region_path: q.regionId ? regions.get(q.regionId)!.path : null,
    })),
    audience: (f.audienceIds ?? []).map((a) =>
      f.audience === 'regions'
        ? { event_id: id, region_id: a, region_path: regions.get(a)!.path, organization_id: null }
        : { event_id: id, region_id: null, region_path: null, organization_id: a },
    ),
    sessions: sessionIds.map((sid, position) => ({
      id: sid,
      event_id: id,
      position,
      title: `第 ${position + 1} 场`,
      starts_at: `2027-03-18T0${1 + position}:00:00.000Z`,
      ends_at: `2027-03-18T0${2 + position}:00:00.000Z`,
      room: '301',
      meeting_url: null,
      speakers: '[]',
    })),
  });
  return { id, sessionIds };
}

/** The invariants of an event's seats: never over capacity or a quota, one registration per person. */
export async function seatInvariants(db: DbOrTx, eventId: string) {
  const event = (await repo.findEvent(db, eventId))!;
  const quotas = await repo.findQuotas(db, [eventId]);
  const rows = await db.selectFrom('event_registrations').selectAll().where('event_id', '=', eventId).execute();
  const confirmed = rows.filter((r) => r.status === 'confirmed');
  const perQuota = new Map<string, number>();
  for (const r of confirmed) perQuota.set(r.quota_id ?? '', (perQuota.get(r.quota_id ?? '') ?? 0) + 1);
  const reserved = quotas.reduce((s, q) => s + q.seats, 0);
  return {
    confirmed: confirmed.length,
    waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
    overCapacity: confirmed.length > event.capacity,
    overQuota: quotas.some((q) => (perQuota.get(q.id) ?? 0) > q.seats),
    overOpen: (perQuota.get('') ?? 0) > event.capacity - reserved,
    duplicates: rows.length - new Set(rows.map((r) => r.user_id)).size,
    seqDuplicates: rows.length - new Set(rows.map((r) => r.seq)).size,
    perQuota,
    quotas,
  };
}

/** A confirmed registration of a user for an event (with a fresh check-in token). */
export async function insertRegistrationFixture(db: DbOrTx, eventId: string, userId: string, organizationId: string | null): Promise<string> {
  const id = randomUUID();
  const now = nowIso();
  const event = (await repo.findEvent(db, eventId))!;
  const org = organizationId ? (await repo.findOrganizations(db, [organizationId])).get(organizationId) : undefined;
  await repo.insertRegistration(db, {
    id,
    event_id: eventId,
    user_id: userId,
    display_name: '测试教师',
    organization_id: organizationId,
    region_path: org?.regionPath ?? null,
    status: 'confirmed',
    quota_id: null,
    seq: await repo.takeSeq(db, event),
    check_in_token: `tok${randomUUID().replaceAll('-', '')}`,
    registered_by: userId,
    created_at: now,
    updated_at: now,
    confirmed_at: now,
    cancelled_at: null,
  });
  return id;
}

/** A certificate for a new confirmed registration of the user (as if they attended). */
export async function insertCertificateFixture(db: DbOrTx, eventId: string, userId: string, organizationId: string | null, issuedBy: string) {
  const registrationId = await insertRegistrationFixture(db, eventId, userId, organizationId);
  const id = randomUUID();
  const code = randomUUID()
    .replaceAll('-', '')
    .slice(0, 16)
    .toUpperCase()
    .replace(/[ILOU]/g, '7');
  await db
    .insertInto('event_certificates')
    .values({
      id,
      registration_id: registrationId,
      event_id: eventId,
      user_id: userId,
      holder_name: '测试教师',
      hours: 2,
      verification_code: code,
      issued_at: nowIso(),
      issued_by: issuedBy,
      revoked_at: null,
      revoked_by: null,
      revoke_reason: null,
    })
    .execute();
  return { id, code };
}
