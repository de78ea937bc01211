import type { CheckInMethod } from '../../../../common/events.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import { nowIso, type Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/http/errors.ts';
import * as repo from './events.repository.ts';
import type { CheckInBody } from './events.schemas.ts';
import { loadEvent, statusInvalid } from './events.service.ts';
import { presentRegistrations } from './registrations.service.ts';

/**
 * Checks a confirmed registrant in to one session: by the token their QR code carries, or picked from the list.
 * Organizers' staff do it from when registration opens until the event is held; a second check-in is harmless.
 */
export async function checkIn(db: Db, actor: Actor, audit: AuditContext, eventId: string, body: CheckInBody) {
  const { event } = await loadEvent(db, actor, eventId, 'check_in');
  if (event.status !== 'registration_open' && event.status !== 'registration_closed' && event.status !== 'held') throw statusInvalid(event.status);
  if ((body.token === undefined) === (body.registrationId === undefined)) throw new AppError('request.invalid', 400, {}, [{ field: '/token', message: '' }]);
  const sessions = await repo.findSessions(db, [eventId]);
  if (!sessions.some((s) => s.id === body.sessionId)) throw new AppError('events.session_unknown', 400, {}, [{ field: '/sessionId', message: '' }]);
  const method: CheckInMethod = body.token !== undefined ? 'qr' : 'list';
  const registration =
    body.token !== undefined ? await repo.findRegistrationByToken(db, eventId, body.token) : await repo.findRegistration(db, body.registrationId!);
  if (!registration || registration.event_id !== eventId) throw new AppError('events.check_in_unknown', 404);
  if (registration.status !== 'confirmed') throw new AppError('events.check_in_not_confirmed', 409);
  const isNew = await db.transaction().execute(async (tx) => {
    const inserted = await repo.insertAttendance(tx, {
      registration_id: registration.id,
      session_id: body.sessionId,
      checked_in_at: nowIso(),
      checked_in_by: actor.userId,
      method,
    });
    if (inserted)
      await recordAudit(tx, audit, {
        action: 'event.check_in',
        objectType: 'event_registration',
        objectId: registration.id,
        result: 'success',
        detail: { sessionId: body.sessionId, method },
      });
    return inserted;
  });
  return { registration: (await presentRegistrations(db, [registration]))[0]!, method, isNew };
}
