import { notifyAll, type NotificationInput } from '../../platform/notifications/notify.ts';
import { nowIso, type DbOrTx } from '../../platform/db/database.ts';
import { deploymentTime } from '../../platform/time/deployment-time.ts';
import * as repo from './events.repository.ts';
import { confirmedTotal, seatFor, take, type SeatState } from './seat-allocation.ts';

/** The seats of a locked event as they are now. */
export async function seatStateOf(tx: DbOrTx, event: repo.EventRow): Promise<SeatState> {
  const [quotas, counts] = await Promise.all([repo.findQuotas(tx, [event.id]), repo.countConfirmed(tx, [event.id])]);
  return {
    capacity: event.capacity,
    quotas: quotas.map((q) => ({ id: q.id, seats: q.seats, regionPath: q.region_path, organizationId: q.organization_id })),
    taken: counts.get(event.id) ?? new Map(),
  };
}

export const startsAtText = (event: Pick<repo.EventRow, 'starts_at'>) => deploymentTime(event.starts_at);

/**
 * Moves people up from the waitlist, in arrival order, while seats are free: each takes the seat their quota
 * or the open seats allow (someone whose quota is full may be passed by a later arrival whose quota has
 * room). Runs under the event's lock, after a cancellation or a larger capacity; returns who moved up.
 */
export async function promoteFromWaitlist(tx: DbOrTx, event: repo.EventRow, state?: SeatState): Promise<repo.RegistrationRow[]> {
  if (event.status !== 'registration_open' && event.status !== 'registration_closed') return [];
  const seats = state ?? (await seatStateOf(tx, event));
  const promoted: repo.RegistrationRow[] = [];
  if (confirmedTotal(seats) >= seats.capacity) return promoted;
  const now = nowIso();
  for (const waiting of await repo.findWaitlist(tx, event.id)) {
    if (confirmedTotal(seats) >= seats.capacity) break;
    const seat = seatFor(seats, { organizationId: waiting.organization_id, regionPath: waiting.region_path });
    if (seat === null) continue;
    take(seats, seat);
    await repo.updateRegistration(tx, waiting.id, { status: 'confirmed', quota_id: seat === '' ? null : seat, confirmed_at: now, updated_at: now });
    promoted.push(waiting);
  }
  const notes: NotificationInput[] = promoted.map((r) => ({
    userId: r.user_id,
    kind: 'event_promoted',
    params: { title: event.title, startsAt: startsAtText(event) },
    objectType: 'event',
    objectId: event.id,
    sms: false,
  }));
  if (notes.length > 0) await notifyAll(tx, notes);
  return promoted;
}
