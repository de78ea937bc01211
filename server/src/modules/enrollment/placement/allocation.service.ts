import { randomBytes, randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AllocationRunKind } from '../../../../../common/enrollment-application.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import type { EnrollmentAllocationRunTable } from '../enrollment.tables.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import * as policiesRepo from '../policies/policies.repository.ts';
import { hashAllocationInput } from '../allocation/input-hash.ts';
import { buildRoundInput, hashAllocationResult, runAllocation, summaryOf, TICKET_RULE } from './allocation-input.ts';
import * as repo from './allocation.repository.ts';
import { writeFinalOutcome } from './final-run.ts';
import { expireOverdueOffers, offerDeadline } from './offers.service.ts';
import { assertAllocatable, policyFor } from './placement.access.ts';
import { presentRun, presentSeed } from './placement.presenters.ts';
import type { FinalRunView, PublicAllocation, RoundBody, RunList, RunView, SeedView } from './placement.schemas.ts';

/**
 * The lottery seed of a round, drawn by the server and published by the host bureau before the round runs.
 * Once published it never changes, so nobody can try seeds until one gives a wanted result.
 */
export async function publishSeed(db: Db, actor: Actor, audit: AuditContext, policyId: string, { round }: RoundBody): Promise<SeedView> {
  const policy = await policyFor(db, actor, policyId, 'allocate');
  assertAllocatable(policy);
  return db.transaction().execute(async (tx) => {
    if ((await repo.findSeeds(tx, policyId)).some((s) => s.round === round)) throw new AppError('enrollment.lottery_seed_published', 409, { round });
    await assertPreviousRoundFinal(tx, policyId, round);
    const row = { policy_id: policyId, round, seed: randomBytes(32).toString('hex'), published_by: actor.userId, published_at: nowIso() };
    if (!(await repo.insertSeed(tx, row))) throw new AppError('enrollment.lottery_seed_published', 409, { round });
    await recordAudit(tx, audit, {
      action: 'enrollment_allocation.publish_seed',
      objectType: 'enrollment_policy',
      objectId: policyId,
      result: 'success',
      detail: { round, seed: row.seed },
    });
    return presentSeed(row);
  });
}

async function assertPreviousRoundFinal(db: DbOrTx, policyId: string, round: number): Promise<void> {
  if (round > 1 && !(await repo.hasFinalRun(db, policyId, round - 1)))
    throw new AppError('enrollment.allocation_previous_round_missing', 409, { round: round - 1 });
}

/** A round may run when its seed is published, the previous round is final and it is not final itself. */
async function seedOfOpenRound(db: DbOrTx, policyId: string, round: number): Promise<string> {
  const seed = (await repo.findSeeds(db, policyId)).find((s) => s.round === round)?.seed;
  if (seed === undefined) throw new AppError('enrollment.lottery_seed_missing', 409, { round });
  if (await repo.hasFinalRun(db, policyId, round)) throw new AppError('enrollment.allocation_final_exists', 409, { round });
  await assertPreviousRoundFinal(db, policyId, round);
  return seed;
}

/** The round's input as the database holds it now: the approved and unplaced applications over the free seats. */
async function readRound(db: DbOrTx, policyId: string, seed: string, now: string) {
  const [schools, held, participants, preferences] = await Promise.all([
    repo.findPolicySchools(db, policyId),
    repo.countHeldSeats(db, policyId, now),
    repo.findParticipants(db, policyId),
    repo.findParticipantPreferences(db, policyId),
  ]);
  return { roundInput: buildRoundInput(seed, schools, held, participants, preferences), names: new Map(schools.map((s) => [s.school_id, s])) };
}

/** Allocates a round from the database as it is now. */
async function computeRound(db: DbOrTx, policyId: string, seed: string, now: string) {
  const { roundInput, names } = await readRound(db, policyId, seed, now);
  const result = runAllocation(roundInput.input);
  return { roundInput, result, resultHash: hashAllocationResult(result), names };
}

function runRow(
  policyId: string,
  round: number,
  kind: AllocationRunKind,
  actor: Actor,
  now: string,
  computed: Awaited<ReturnType<typeof computeRound>>,
): Selectable<EnrollmentAllocationRunTable> {
  const { result, resultHash } = computed;
  return {
    id: randomUUID(),
    policy_id: policyId,
    round,
    kind,
    seed: result.seed,
    input_hash: result.inputHash,
    result_hash: resultHash,
    applicant_count: result.applicantIds.length,
    placed_count: result.applicantIds.length - result.unplaced.length,
    summary: JSON.stringify(summaryOf(result)),
    run_by: actor.userId,
    run_at: now,
    final_key: kind === 'final' ? repo.finalKeyOf(policyId, round) : null,
  };
}

/** What the final run would do, written nowhere but in a run record: per-school seats, placed, cut-offs, and the unplaced count. */
export async function dryRun(db: Db, actor: Actor, audit: AuditContext, policyId: string, { round }: RoundBody): Promise<RunView> {
  const policy = await policyFor(db, actor, policyId, 'allocate');
  assertAllocatable(policy);
  const seed = await seedOfOpenRound(db, policyId, round);
  const now = nowIso();
  const computed = await computeRound(db, policyId, seed, now);
  const row = runRow(policyId, round, 'dry_run', actor, now, computed);
  await db.transaction().execute(async (tx) => {
    await repo.insertRun(tx, row);
    await recordAudit(tx, audit, {
      action: 'enrollment_allocation.dry_run',
      objectType: 'enrollment_policy',
      objectId: policyId,
      result: 'success',
      detail: { round, runId: row.id, resultHash: row.result_hash },
    });
  });
  return presentRun({ ...row, run_by_name: actor.displayName }, computed.names);
}

/**
 * The round's one final run. The allocation is computed outside the write transaction, so that other requests
 * are not held up while it runs; the transaction then proves the input unchanged (same input hash) and writes
 * the outcome in bulk: overdue offers expire (their seats were already counted free), the run is recorded with
 * seed and hashes, and every participant is placed with an offer or left unplaced, and told. Any failure, or
 * an input changed meanwhile, leaves nothing written.
 */
export async function finalRun(db: Db, actor: Actor, audit: AuditContext, policyId: string, body: RoundBody): Promise<FinalRunView> {
  return commitFinalRun(db, actor, audit, await computeFinalRun(db, actor, policyId, body));
}

export type ComputedFinalRun = Awaited<ReturnType<typeof computeRound>> & { policyId: string; round: number; now: string };

/** The first half of finalRun(): checks and computes, writes nothing, takes no lock. */
export async function computeFinalRun(db: Db, actor: Actor, policyId: string, { round }: RoundBody): Promise<ComputedFinalRun> {
  const policy = await policyFor(db, actor, policyId, 'allocate');
  assertAllocatable(policy);
  const seed = await seedOfOpenRound(db, policyId, round);
  const now = nowIso();
  return { ...(await computeRound(db, policyId, seed, now)), policyId, round, now };
}

/** The second half: in one short transaction, refuses if the input changed since computeFinalRun(), else writes it all. */
export function commitFinalRun(db: Db, actor: Actor, audit: AuditContext, computed: ComputedFinalRun): Promise<FinalRunView> {
  return db.transaction().execute((tx) => writeFinalRun(tx, actor, audit, computed));
}

/** commitFinalRun() inside the caller's transaction (the allocation bench's baseline computes in it too). */
export async function writeFinalRun(tx: DbOrTx, actor: Actor, audit: AuditContext, computed: ComputedFinalRun): Promise<FinalRunView> {
  const { policyId, round, now, result } = computed;
  await repo.lockPolicy(tx, policyId);
  const policy = (await policiesRepo.findPolicy(tx, policyId))!;
  assertAllocatable(policy);
  const seed = await seedOfOpenRound(tx, policyId, round);
  await expireOverdueOffers(tx, now, policyId);
  // Re-read under the lock and hash only (no allocation): the same hash means the same applicants, points,
  // preferences, free seats and seed, so the computed result is this input's. The rows read here (statuses,
  // versions, guardians) are the ones written against.
  const current = await readRound(tx, policyId, seed, now);
  if (seed !== result.seed || hashAllocationInput(current.roundInput.input) !== result.inputHash) {
    throw new AppError('enrollment.allocation_inputs_changed', 409, { round });
  }
  const row = runRow(policyId, round, 'final', actor, now, computed);
  if (!(await repo.insertRun(tx, row))) throw new AppError('enrollment.allocation_final_exists', 409, { round });
  const deadline = offerDeadline(now, policy.offer_response_days);
  await writeFinalOutcome(tx, { round, runId: row.id, actorUserId: actor.userId, result, roundInput: current.roundInput, names: current.names, now, deadline });
  await recordAudit(tx, audit, {
    action: 'enrollment_allocation.final',
    objectType: 'enrollment_policy',
    objectId: policyId,
    result: 'success',
    detail: { round, runId: row.id, seed, inputHash: row.input_hash, resultHash: row.result_hash, placed: row.placed_count, applicants: row.applicant_count },
  });
  return { ...presentRun({ ...row, run_by_name: actor.displayName }, current.names), offerDeadline: deadline };
}

export async function listRuns(db: Db, actor: Actor, policyId: string): Promise<RunList> {
  await policyFor(db, actor, policyId, 'list');
  const [seeds, runs, schools] = await Promise.all([repo.findSeeds(db, policyId), repo.findRuns(db, policyId), repo.findPolicySchools(db, policyId)]);
  const names = new Map(schools.map((s) => [s.school_id, s]));
  return { seeds: seeds.map(presentSeed), items: runs.map((run) => presentRun(run, names)) };
}

/** Anyone may check a published policy's allocation: the seeds, and each final run's hashes and cut-offs. */
export async function getPublicAllocation(db: Db, policyId: string): Promise<PublicAllocation> {
  const policy = await policiesRepo.findPolicy(db, policyId);
  if (!policy || policy.status === 'draft') throw notFound();
  const [seeds, runs, schools] = await Promise.all([repo.findSeeds(db, policyId), repo.findRuns(db, policyId, 'final'), repo.findPolicySchools(db, policyId)]);
  const names = new Map(schools.map((s) => [s.school_id, s]));
  return {
    policyId,
    titleZh: policy.title_zh,
    titleEn: policy.title_en,
    ticketRule: TICKET_RULE,
    seeds: seeds.map(presentSeed),
    finalRuns: runs
      .map((run) => presentRun(run, names))
      .sort((a, b) => a.round - b.round)
      .map((run) => ({
        round: run.round,
        seed: run.seed,
        inputHash: run.inputHash,
        resultHash: run.resultHash,
        applicantCount: run.applicantCount,
        placedCount: run.placedCount,
        unplacedCount: run.unplacedCount,
        runByName: run.runByName,
        runAt: run.runAt,
        schools: run.schools,
      })),
  };
}
