import type { Actor } from '../../../platform/access/actor.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { explain } from '../allocation/deferred-acceptance.ts';
import type { AllocationInput, AllocationResult } from '../allocation/allocation.types.ts';
import type { RunSummary } from './allocation-input.ts';
import * as allocationRepo from './allocation.repository.ts';
import { applicationFor } from './placement.access.ts';
import { schoolNamed } from './placement.presenters.ts';
import * as repo from './placement.repository.ts';
import type { AllocationExplanation } from './placement.schemas.ts';

/** What a final run wrote on the application's timeline (final-run.ts): the run, the points it used, the school. */
interface RunEntry {
  runId: string;
  points: number;
  schoolId: string | null;
}

function runEntryOf(detail: string | null): RunEntry | null {
  const parsed: unknown = detail ? JSON.parse(detail) : null;
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { runId, points, schoolId } = parsed as Record<string, unknown>;
  if (typeof runId !== 'string' || typeof points !== 'number') return null;
  return { runId, points, schoolId: typeof schoolId === 'string' ? schoolId : null };
}

/**
 * Why a family got what it got, from the final run of the latest round it took part in: its points and
 * lottery ticket, and for each preferred school the cut-off and whether it beat it. The engine's explain()
 * judges this applicant against the run's published per-school outcome alone, as anyone could.
 */
export async function explainAllocation(db: Db, actor: Actor, id: string): Promise<AllocationExplanation> {
  // The family, the host district's reviewers and its bureau; not the school, not the platform admin.
  const app = await applicationFor(db, actor, id, 'respond', 'review', 'place');
  const entry = (await repo.findPlacementEvents(db, id)).map((e) => runEntryOf(e.detail)).find((e) => e !== null);
  const run = entry ? await allocationRepo.findRun(db, entry.runId) : undefined;
  if (!entry || !run) throw new AppError('enrollment.allocation_not_run', 409);
  const summary = JSON.parse(run.summary) as RunSummary;
  const preferences = (await repo.findPreferences(db, [id])).get(id) ?? [];
  const result: AllocationResult = {
    seed: run.seed,
    inputHash: run.input_hash,
    applicantIds: [app.reference],
    assignedSchoolIds: [entry.schoolId],
    perSchool: summary.schools,
    unplaced: entry.schoolId ? [] : [app.reference],
  };
  const input: AllocationInput = {
    seed: run.seed,
    schools: summary.schools.map((s) => ({ schoolId: s.schoolId, seats: s.seats })),
    applicants: [{ applicantId: app.reference, points: entry.points, preferences: preferences.map((p) => p.school_id) }],
  };
  const why = explain(result, input, app.reference);
  const ids = [...preferences.map((p) => p.school_id), ...(app.placed_school_id ? [app.placed_school_id] : [])];
  const names = await allocationRepo.findSchoolNames(db, ids);
  const seats = new Map(summary.schools.map((s) => [s.schoolId, s]));
  return {
    applicationId: app.id,
    reference: app.reference,
    status: app.status,
    round: run.round,
    runAt: run.run_at,
    seed: run.seed,
    resultHash: run.result_hash,
    points: why.points,
    lotteryTicket: why.lotteryTicket,
    preferences: why.preferences.map((p) => ({
      rank: p.rank,
      ...schoolNamed(names, p.schoolId),
      seats: seats.get(p.schoolId)!.seats,
      cutoffPoints: p.cutoffPoints,
      cutoffLotteryTicket: seats.get(p.schoolId)!.cutoffLotteryTicket,
      outcome: p.outcome,
    })),
    allocated: why.assignedSchoolId ? schoolNamed(names, why.assignedSchoolId) : null,
    placement:
      app.placed_school_id && app.placement_kind && app.placement_round !== null
        ? { ...schoolNamed(names, app.placed_school_id), kind: app.placement_kind, round: app.placement_round }
        : null,
  };
}
