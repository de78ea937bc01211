import type { EventAudience } from '../../../../common/events.ts';
import type { OrganizationKind } from '../../../../common/directory.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/errors.ts';
import * as repo from './events.repository.ts';
import type { EventInput } from './events.schemas.ts';

/** An event's input after its checks: times in UTC, organizations and regions resolved to their paths. */
export interface CheckedInput extends Omit<EventInput, 'sessions' | 'quotas' | 'audience' | 'audienceIds' | 'subject' | 'stage'> {
  subject: string | null;
  stage: string | null;
  description: string | null;
  venue: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  meetingUrl: string | null;
  registrationDeadline: string | null;
  organizers: { id: string; kind: OrganizationKind; regionPath: string }[];
  audienceKind: EventAudience;
  audience: { regionId: string | null; regionPath: string | null; organizationId: string | null }[];
  quotas: { regionId: string | null; regionPath: string | null; organizationId: string | null; seats: number }[];
  sessions: { title: string; startsAt: string; endsAt: string; room: string | null; meetingUrl: string | null; speakers: string[] }[];
}

const invalid = (
  code:
    | 'events.times_invalid'
    | 'events.session_outside'
    | 'events.venue_required'
    | 'events.meeting_url_required'
    | 'events.quota_duplicate'
    | 'events.audience_required',
  field: string,
) => new AppError(code, 400, {}, [{ field, message: '' }]);
const utc = (at: string) => new Date(at).toISOString();

/** Checks an event form against itself and the directory; nothing is written. */
export async function checkEventInput(db: DbOrTx, input: EventInput): Promise<CheckedInput> {
  const startsAt = utc(input.startsAt);
  const endsAt = utc(input.endsAt);
  if (endsAt <= startsAt) throw invalid('events.times_invalid', '/endsAt');
  if (input.mode !== 'online' && !input.venue) throw invalid('events.venue_required', '/venue');
  if (input.mode !== 'offline' && !input.meetingUrl) throw invalid('events.meeting_url_required', '/meetingUrl');

  const quotas = input.quotas ?? [];
  const audienceIds = input.audience === 'staff' ? [] : (input.audienceIds ?? []);
  if (input.audience !== 'staff' && audienceIds.length === 0) throw invalid('events.audience_required', '/audienceIds');
  const orgIds = [
    ...input.organizerIds,
    ...quotas.flatMap((q) => (q.organizationId ? [q.organizationId] : [])),
    ...(input.audience === 'invited_schools' ? audienceIds : []),
  ];
  const regionIds = [...quotas.flatMap((q) => (q.regionId ? [q.regionId] : [])), ...(input.audience === 'regions' ? audienceIds : [])];
  const [orgs, regions] = await Promise.all([repo.findOrganizations(db, orgIds), repo.findRegions(db, regionIds)]);
  const org = (id: string, field: string) => {
    const found = orgs.get(id);
    if (!found) throw new AppError('events.organization_unknown', 400, { id }, [{ field, message: '' }]);
    return found;
  };
  const region = (id: string, field: string) => {
    const found = regions.get(id);
    if (!found) throw new AppError('events.region_unknown', 400, { id }, [{ field, message: '' }]);
    return found;
  };
  const organizers = input.organizerIds.map((id, i) => {
    const o = org(id, `/organizerIds/${i}`);
    return { id: o.id, kind: o.kind, regionPath: o.regionPath };
  });

  const seen = new Set<string>();
  const checkedQuotas = quotas.map((q, i) => {
    if ((q.regionId === undefined) === (q.organizationId === undefined))
      throw new AppError('request.invalid', 400, {}, [{ field: `/quotas/${i}`, message: '' }]);
    const key = q.regionId ?? q.organizationId!;
    if (seen.has(key)) throw invalid('events.quota_duplicate', `/quotas/${i}`);
    seen.add(key);
    return q.regionId
      ? { regionId: q.regionId, regionPath: region(q.regionId, `/quotas/${i}/regionId`).path, organizationId: null, seats: q.seats }
      : { regionId: null, regionPath: null, organizationId: org(q.organizationId!, `/quotas/${i}/organizationId`).id, seats: q.seats };
  });
  const reserved = checkedQuotas.reduce((sum, q) => sum + q.seats, 0);
  if (reserved > input.capacity)
    throw new AppError('events.quotas_exceed_capacity', 400, { seats: reserved, capacity: input.capacity }, [{ field: '/quotas', message: '' }]);

  const audience = audienceIds.map((id, i) => {
    if (input.audience === 'regions') return { regionId: id, regionPath: region(id, `/audienceIds/${i}`).path, organizationId: null };
    const school = org(id, `/audienceIds/${i}`);
    return { regionId: null, regionPath: null, organizationId: school.id };
  });

  const sessions = (
    input.sessions && input.sessions.length > 0 ? input.sessions : [{ title: input.title, startsAt: input.startsAt, endsAt: input.endsAt }]
  ).map((s, i) => {
    const session = {
      title: s.title,
      startsAt: utc(s.startsAt),
      endsAt: utc(s.endsAt),
      room: ('room' in s ? s.room : null) ?? null,
      meetingUrl: ('meetingUrl' in s ? s.meetingUrl : null) ?? null,
      speakers: ('speakers' in s ? s.speakers : undefined) ?? [],
    };
    if (session.endsAt <= session.startsAt) throw invalid('events.times_invalid', `/sessions/${i}/endsAt`);
    if (session.startsAt < startsAt || session.endsAt > endsAt) throw invalid('events.session_outside', `/sessions/${i}`);
    return session;
  });

  return {
    kind: input.kind,
    title: input.title,
    subject: input.subject ?? null,
    stage: input.stage ?? null,
    description: input.description ?? null,
    organizerIds: input.organizerIds,
    mode: input.mode,
    venue: input.mode === 'online' ? null : (input.venue ?? null),
    address: input.mode === 'online' ? null : (input.address ?? null),
    latitude: input.mode === 'online' ? null : (input.latitude ?? null),
    longitude: input.mode === 'online' ? null : (input.longitude ?? null),
    meetingUrl: input.mode === 'offline' ? null : (input.meetingUrl ?? null),
    startsAt,
    endsAt,
    capacity: input.capacity,
    registrationDeadline: input.registrationDeadline ? utc(input.registrationDeadline) : null,
    organizers,
    audienceKind: input.audience,
    audience,
    quotas: checkedQuotas,
    sessions,
  };
}
