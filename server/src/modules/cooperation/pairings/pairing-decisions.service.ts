import { grantsReaching } from '../../../platform/access/grants.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, forbidden } from '../../../platform/http/errors.ts';
import { administeredIds, chinaToday } from '../scope.ts';
import { chooseApproval, sidesOf } from './pairing-sides.ts';
import { changePairingStatus, statusInvalid, touchPairing } from './pairing-status.ts';
import * as repo from './pairings.repository.ts';
import type { ApprovePairingBody, EndPairingBody, PairingDetail, RejectPairingBody, WithdrawPairingBody } from './pairings.schemas.ts';
import { getPairing, loadPairing, pendingSchoolsOf } from './pairings.service.ts';
import type { ReasonBody, VersionBody } from '../cooperation.schemas.ts';

// The steps of a pairing after the proposal: partners accept or decline, the proposer withdraws, each
// side's bureau approves (or rejects), and an active pairing ends with a reason.

const at = (pairing: repo.PairingRow, version: number) => ({ id: pairing.id, status: pairing.status, version });

/** A partner school accepts; once every school has, the pairing goes to the bureaus. */
export async function acceptPairing(db: Db, actor: Actor, audit: AuditContext, id: string, input: VersionBody): Promise<PairingDetail> {
  const { pairing, schools } = await loadPairing(db, actor, id, 'accept');
  if (pairing.status !== 'proposed') throw statusInvalid(pairing.status);
  const mine = pendingSchoolsOf(actor, pairing, schools);
  if (mine.length === 0) throw new AppError('cooperation.pairing_already_accepted', 409);
  const ids = mine.map((s) => s.school_id);
  await db.transaction().execute(async (tx) => {
    const now = nowIso();
    await repo.markAccepted(tx, id, ids, actor.userId, now);
    const everyone = schools.every((s) => s.accepted_at !== null || ids.includes(s.school_id));
    const event = { actorUserId: actor.userId, kind: 'accepted' as const, organizationId: ids[0]! };
    if (everyone) await changePairingStatus(tx, at(pairing, input.version), 'accepted', event);
    else await touchPairing(tx, at(pairing, input.version), event);
    await recordAudit(tx, audit, { action: 'pairing.accept', objectType: 'pairing', objectId: id, result: 'success', detail: { schoolIds: ids } });
  });
  return getPairing(db, actor, id);
}

export async function declinePairing(db: Db, actor: Actor, audit: AuditContext, id: string, input: ReasonBody): Promise<PairingDetail> {
  const { pairing, schools } = await loadPairing(db, actor, id, 'decline');
  if (pairing.status !== 'proposed') throw statusInvalid(pairing.status);
  const mine = pendingSchoolsOf(actor, pairing, schools);
  if (mine.length === 0) throw new AppError('cooperation.pairing_already_accepted', 409);
  await db.transaction().execute(async (tx) => {
    await changePairingStatus(
      tx,
      at(pairing, input.version),
      'declined',
      { actorUserId: actor.userId, kind: 'declined', organizationId: mine[0]!.school_id, reason: input.reason },
      {
        decision_reason: input.reason,
        decided_by: actor.userId,
        decided_at: nowIso(),
      },
    );
    await recordAudit(tx, audit, { action: 'pairing.decline', objectType: 'pairing', objectId: id, result: 'success' });
  });
  return getPairing(db, actor, id);
}

export async function withdrawPairing(db: Db, actor: Actor, audit: AuditContext, id: string, input: WithdrawPairingBody): Promise<PairingDetail> {
  const { pairing } = await loadPairing(db, actor, id, 'withdraw');
  await db.transaction().execute(async (tx) => {
    await changePairingStatus(
      tx,
      at(pairing, input.version),
      'withdrawn',
      { actorUserId: actor.userId, kind: 'withdrawn', organizationId: pairing.proposer_school_id, reason: input.reason ?? null },
      {
        decision_reason: input.reason ?? null,
        decided_by: actor.userId,
        decided_at: nowIso(),
      },
    );
    await recordAudit(tx, audit, { action: 'pairing.withdraw', objectType: 'pairing', objectId: id, result: 'success' });
  });
  return getPairing(db, actor, id);
}

/**
 * A bureau approves its side. Only once every school has accepted (the steps cannot be skipped), only a
 * side within the bureau's jurisdiction (never another's), and each side by a different bureau and person.
 * The last side's approval makes the pairing active.
 */
export async function approvePairing(db: Db, actor: Actor, audit: AuditContext, id: string, input: ApprovePairingBody): Promise<PairingDetail> {
  const { pairing, schools, approvals } = await loadPairing(db, actor, id, 'approve');
  if (pairing.status !== 'accepted') throw statusInvalid(pairing.status);
  const sides = sidesOf(schools);
  const choice = chooseApproval(
    actor,
    sides,
    approvals.map((a) => ({ regionId: a.region_id, bureauId: a.bureau_id, approvedBy: a.approved_by })),
    input.regionId,
  );
  if (!choice.ok) {
    switch (choice.problem) {
      case 'forbidden':
        throw forbidden();
      case 'side_unknown':
        throw new AppError('cooperation.pairing_side_unknown', 400, {}, [{ field: '/regionId', message: '' }]);
      case 'side_approved':
        throw new AppError('cooperation.pairing_side_approved', 409);
      case 'ambiguous':
        throw new AppError('cooperation.pairing_side_ambiguous', 400, {}, [{ field: '/regionId', message: '' }]);
      case 'same_approver':
        throw new AppError('cooperation.pairing_same_approver', 409);
    }
  }
  const { side, bureauId } = choice;
  await db.transaction().execute(async (tx) => {
    const now = nowIso();
    await repo.insertApproval(tx, { pairing_id: id, region_id: side.regionId, bureau_id: bureauId, approved_by: actor.userId, approved_at: now });
    const event = { actorUserId: actor.userId, kind: 'approved' as const, organizationId: bureauId, regionId: side.regionId };
    const version = await touchPairing(tx, at(pairing, input.version), event);
    if (approvals.length + 1 === sides.length) {
      await changePairingStatus(tx, at(pairing, version), 'active', { actorUserId: actor.userId, kind: 'activated' }, { activated_at: now });
    }
    await recordAudit(tx, audit, {
      action: 'pairing.approve',
      objectType: 'pairing',
      objectId: id,
      result: 'success',
      detail: { regionId: side.regionId, bureauId },
    });
  });
  return getPairing(db, actor, id);
}

export async function rejectPairing(db: Db, actor: Actor, audit: AuditContext, id: string, input: RejectPairingBody): Promise<PairingDetail> {
  const { pairing, schools } = await loadPairing(db, actor, id, 'reject');
  if (pairing.status !== 'accepted') throw statusInvalid(pairing.status);
  const side = sidesOf(schools).find((s) => grantsReaching(actor, s.regionPath, 'bureau_admin').length > 0);
  const bureau = side ? grantsReaching(actor, side.regionPath, 'bureau_admin')[0] : undefined;
  await db.transaction().execute(async (tx) => {
    await changePairingStatus(
      tx,
      at(pairing, input.version),
      'rejected',
      {
        actorUserId: actor.userId,
        kind: 'rejected',
        organizationId: bureau?.organizationId ?? null,
        regionId: side?.regionId ?? null,
        reason: input.reason,
      },
      { decision_reason: input.reason, decided_by: actor.userId, decided_at: nowIso() },
    );
    await recordAudit(tx, audit, { action: 'pairing.reject', objectType: 'pairing', objectId: id, result: 'success' });
  });
  return getPairing(db, actor, id);
}

/** An active pairing ends with a reason, on the given day (today by default). */
export async function endPairing(db: Db, actor: Actor, audit: AuditContext, id: string, input: EndPairingBody): Promise<PairingDetail> {
  const { pairing, schools } = await loadPairing(db, actor, id, 'end');
  if (pairing.status !== 'active') throw statusInvalid(pairing.status);
  const endsOn = input.endsOn ?? chinaToday();
  if (endsOn < pairing.starts_on) throw new AppError('cooperation.dates_invalid', 400, {}, [{ field: '/endsOn', message: '' }]);
  const mine = administeredIds(actor);
  await db.transaction().execute(async (tx) => {
    await changePairingStatus(
      tx,
      at(pairing, input.version),
      'ended',
      {
        actorUserId: actor.userId,
        kind: 'ended',
        organizationId: schools.find((s) => mine.includes(s.school_id))?.school_id ?? null,
        reason: input.reason,
      },
      { ends_on: endsOn, ended_at: nowIso(), ended_by: actor.userId, end_reason: input.reason },
    );
    await recordAudit(tx, audit, { action: 'pairing.end', objectType: 'pairing', objectId: id, result: 'success' });
  });
  return getPairing(db, actor, id);
}
