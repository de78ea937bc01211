import { randomUUID } from 'node:crypto';
import { stageOfGrade } from '../../../../../common/enrollment.ts';
import { maskName } from '../../../../../common/masking.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, conflict } from '../../../platform/http/errors.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import * as directory from '../../directory/directory.service.ts';
import { changeApplicationStatus } from '../applications/application-status.ts';
import * as policiesRepo from '../policies/policies.repository.ts';
import * as allocationRepo from './allocation.repository.ts';
import { expireOverdueOffers, offerDeadline } from './offers.service.ts';
import * as offersRepo from './offers.repository.ts';
import { applicationFor, assertAllocatable, policyFor } from './placement.access.ts';
import { presentOffer, schoolNamed } from './placement.presenters.ts';
import * as repo from './placement.repository.ts';
import type { OfferOutcome, PlacementBody, UnplacedList, UnplacedQuery } from './placement.schemas.ts';

/** The 统筹安排 list: applications no round could place, with the designated schools' free seats. */
export async function listUnplaced(db: Db, actor: Actor, policyId: string, query: UnplacedQuery): Promise<UnplacedList> {
  await policyFor(db, actor, policyId, 'list');
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await repo.findUnplaced(db, policyId, (page - 1) * pageSize, pageSize);
  const [preferences, schools, held] = await Promise.all([
    repo.findPreferences(
      db,
      rows.map((r) => r.id),
    ),
    allocationRepo.findPolicySchools(db, policyId),
    allocationRepo.countHeldSeats(db, policyId, nowIso()),
  ]);
  const names = await allocationRepo.findSchoolNames(
    db,
    [...preferences.values()].flat().map((p) => p.school_id),
  );
  return {
    items: rows.map((row) => ({
      applicationId: row.id,
      reference: row.reference,
      childNameMasked: maskName(row.child_name),
      routeCode: row.route_code,
      points: row.admission_basis === 'points' ? (row.points_verified ?? 0) : 0,
      version: row.version,
      preferences: (preferences.get(row.id) ?? []).map((p) => ({ rank: p.rank, ...schoolNamed(names, p.school_id) })),
    })),
    total,
    schools: schools.map((s) => {
      const taken = held.get(s.school_id) ?? 0;
      return { schoolId: s.school_id, schoolNameZh: s.name_zh, schoolNameEn: s.name_en, seats: s.seats, taken, free: Math.max(0, s.seats - taken) };
    }),
  };
}

/**
 * Seats a school offers this policy: a designated school its seats in the policy; any other school of the
 * host district that teaches the policy's stage its seats for the entry grade in the directory.
 */
async function seatsAt(db: DbOrTx, actor: Actor, policy: policiesRepo.PolicyRow, schoolId: string): Promise<{ seats: number; nameZh: string }> {
  const designated = (await allocationRepo.findPolicySchools(db, policy.id)).find((s) => s.school_id === schoolId);
  if (designated) return { seats: designated.seats, nameZh: designated.name_zh };
  const invalid = new AppError('enrollment.placement_school_invalid', 400, {}, [{ field: '/schoolId', message: '' }]);
  const scope = await directory.findOrganizationScope(db, schoolId);
  if (!scope || scope.kind !== 'school' || !scope.regionPath.startsWith(policy.host_region_path)) throw invalid;
  const school = await directory.getOrganization(db, actor, schoolId);
  if (!school.stages.includes(stageOfGrade(policy.entry_grade))) throw invalid;
  return { seats: school.seats.find((s) => s.grade === policy.entry_grade)?.seats ?? 0, nameZh: school.nameZh };
}

/** 统筹安排: the host bureau places an unplaced application at a school with a free seat, with an offer like the allocation's. */
export async function placeManually(db: Db, actor: Actor, audit: AuditContext, id: string, input: PlacementBody): Promise<OfferOutcome> {
  const app = await applicationFor(db, actor, id, 'place');
  return db.transaction().execute(async (tx) => {
    await allocationRepo.lockPolicy(tx, app.policy_id);
    const policy = (await policiesRepo.findPolicy(tx, app.policy_id))!;
    assertAllocatable(policy);
    const current = (await repo.findApplication(tx, id))!;
    if (current.status !== 'unplaced') throw new AppError('enrollment.application_status_invalid', 409, { status: `status:${current.status}` });
    if (current.version !== input.version) throw conflict();
    const now = nowIso();
    await expireOverdueOffers(tx, now, policy.id);
    const { seats, nameZh } = await seatsAt(tx, actor, policy, input.schoolId);
    const held = (await allocationRepo.countHeldSeats(tx, policy.id, now, input.schoolId)).get(input.schoolId) ?? 0;
    if (held >= seats) throw new AppError('enrollment.placement_no_free_seat', 409, { school: nameZh });
    const round = Math.max(1, await allocationRepo.latestFinalRound(tx, policy.id));
    const preferenceRank = (await repo.findPreferences(tx, [id])).get(id)?.find((p) => p.school_id === input.schoolId)?.rank ?? null;
    const offerId = randomUUID();
    const deadline = offerDeadline(now, policy.offer_response_days);
    await tx
      .insertInto('enrollment_offers')
      .values({
        id: offerId,
        application_id: id,
        school_id: input.schoolId,
        round,
        run_id: null,
        preference_rank: preferenceRank,
        status: 'open',
        deadline,
        decline_reason: null,
        responded_at: null,
        created_by: actor.userId,
        created_at: now,
      })
      .execute();
    const version = await changeApplicationStatus(
      tx,
      { id, status: 'unplaced', version: input.version },
      'placed',
      { actorUserId: actor.userId, kind: 'placed', detail: { kind: 'manual', round, schoolId: input.schoolId, preferenceRank } },
      { placed_school_id: input.schoolId, placement_kind: 'manual', placement_round: round },
    );
    const offer = (await offersRepo.findOffer(tx, offerId))!;
    await notify(tx, {
      userId: current.guardian_user_id,
      kind: 'placed',
      objectType: 'enrollment_application',
      objectId: id,
      sms: true,
      params: { reference: current.reference, schoolZh: offer.school_name_zh, schoolEn: offer.school_name_en, deadline },
    });
    await recordAudit(tx, audit, {
      action: 'enrollment_application.place',
      objectType: 'enrollment_application',
      objectId: id,
      result: 'success',
      detail: { schoolId: input.schoolId, offerId },
    });
    return { applicationId: id, status: 'placed', version, placementKind: 'manual', offer: presentOffer(offer) };
  });
}
