import { randomUUID } from 'node:crypto';
import { canPairingTransition, type PairingEventKind, type PairingStatus } from '../../../../../common/cooperation.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, conflict } from '../../../platform/http/errors.ts';
import * as repo from './pairings.repository.ts';

/** What a change needs to know of the pairing: where it is and which version the caller saw. */
export interface PairingRef {
  id: string;
  status: PairingStatus;
  version: number;
}

export interface PairingEvent {
  actorUserId: string | null;
  kind: PairingEventKind;
  /** The school or bureau that acted, the side concerned, the reason given. */
  organizationId?: string | null;
  regionId?: string | null;
  reason?: string | null;
}

export const statusInvalid = (status: PairingStatus) => new AppError('cooperation.pairing_status_invalid', 409, { pairingStatus: `pairingStatus:${status}` });

/**
 * The one way a pairing changes status: checks the transition, writes it only if nobody changed the pairing
 * since the caller read it, and adds it to the timeline. Leaving the live statuses frees the set of schools
 * for a new pairing. Returns the new version; call inside the step's transaction.
 */
export async function changePairingStatus(
  tx: DbOrTx,
  pairing: PairingRef,
  to: PairingStatus,
  event: PairingEvent,
  fields: Partial<Omit<repo.PairingRow, 'id' | 'status' | 'version'>> = {},
): Promise<number> {
  if (!canPairingTransition(pairing.status, to)) throw statusInvalid(pairing.status);
  const now = nowIso();
  const live = to === 'proposed' || to === 'accepted' || to === 'active';
  const changed = await repo.updatePairing(
    tx,
    pairing.id,
    pairing.version,
    { ...fields, status: to, updated_at: now, ...(live ? {} : { live_key: null }) },
    pairing.status,
  );
  if (!changed) throw conflict();
  await recordPairingEvent(tx, pairing.id, { ...event, from: pairing.status, to }, now);
  return pairing.version + 1;
}

/** A change without a status change (one school of several accepted, one side approved, details edited). */
export async function touchPairing(
  tx: DbOrTx,
  pairing: PairingRef,
  event: PairingEvent,
  fields: Partial<Omit<repo.PairingRow, 'id' | 'status' | 'version'>> = {},
): Promise<number> {
  const now = nowIso();
  if (!(await repo.updatePairing(tx, pairing.id, pairing.version, { ...fields, updated_at: now }, pairing.status))) throw conflict();
  await recordPairingEvent(tx, pairing.id, event, now);
  return pairing.version + 1;
}

export async function recordPairingEvent(
  tx: DbOrTx,
  pairingId: string,
  event: PairingEvent & { from?: PairingStatus | null; to?: PairingStatus | null },
  at: string = nowIso(),
): Promise<void> {
  const detail = { organizationId: event.organizationId ?? null, regionId: event.regionId ?? null, reason: event.reason ?? null };
  await repo.insertEvent(tx, {
    id: randomUUID(),
    pairing_id: pairingId,
    at,
    actor_user_id: event.actorUserId,
    kind: event.kind,
    from_status: event.from ?? null,
    to_status: event.to ?? null,
    detail: JSON.stringify(detail),
  });
}
