import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { notifyAll, type NotificationInput } from '../../../platform/notifications/notify.ts';
import type { AllocationResult } from '../allocation/allocation.types.ts';
import { changeApplicationStatuses, recordApplicationEvents, type StatusChange } from '../applications/application-status.ts';
import { insertMany } from '../../../platform/db/bulk-writes.ts';
import type { RoundInput } from './allocation-input.ts';
import type { SchoolNames } from './placement.presenters.ts';

export interface FinalOutcome {
  round: number;
  runId: string;
  actorUserId: string;
  result: AllocationResult;
  roundInput: RoundInput;
  names: SchoolNames;
  now: string;
  deadline: string;
}

/**
 * Writes what a final run decided, inside its transaction: each placed application becomes 'placed' with an
 * open offer and an SMS; each one without a seat becomes (or stays) 'unplaced' and is told so. The timeline
 * entries carry the run, the points used and the school, which the family's explanation reads back.
 */
export async function writeFinalOutcome(tx: DbOrTx, outcome: FinalOutcome): Promise<void> {
  const { round, runId, actorUserId, result, roundInput, names, now, deadline } = outcome;
  const changes: StatusChange[] = [];
  const stillUnplaced: { applicationId: string; detail: Record<string, unknown> }[] = [];
  const offers: {
    id: string;
    application_id: string;
    school_id: string;
    round: number;
    run_id: string;
    preference_rank: number;
    status: 'open';
    deadline: string;
    decline_reason: null;
    responded_at: null;
    created_by: string;
    created_at: string;
  }[] = [];
  const notifications: NotificationInput[] = [];
  const pointsOf = new Map(roundInput.input.applicants.map((a) => [a.applicantId, a.points]));

  result.applicantIds.forEach((reference, r) => {
    const app = roundInput.byReference.get(reference)!;
    const schoolId = result.assignedSchoolIds[r] ?? null;
    const points = pointsOf.get(reference)!;
    const ref = { id: app.id, status: app.status, version: app.version };
    const tell = { userId: app.guardian_user_id, objectType: 'enrollment_application', objectId: app.id, sms: true };
    if (schoolId === null) {
      const detail = { round, runId, points };
      if (app.status === 'unplaced') stillUnplaced.push({ applicationId: app.id, detail });
      else changes.push({ app: ref, to: 'unplaced', event: { actorUserId, kind: 'unplaced', detail } });
      notifications.push({ ...tell, kind: 'unplaced', params: { reference, round } });
      return;
    }
    const preferenceRank = roundInput.preferences.get(app.id)!.indexOf(schoolId) + 1;
    changes.push({
      app: ref,
      to: 'placed',
      fields: { placed_school_id: schoolId, placement_kind: 'allocation', placement_round: round },
      // The deadline lives on the offer only; the timeline shows the offer's (one value, never two copies).
      event: { actorUserId, kind: 'placed', detail: { kind: 'allocation', round, runId, schoolId, preferenceRank, points } },
    });
    offers.push({
      id: randomUUID(),
      application_id: app.id,
      school_id: schoolId,
      round,
      run_id: runId,
      preference_rank: preferenceRank,
      status: 'open',
      deadline,
      decline_reason: null,
      responded_at: null,
      created_by: actorUserId,
      created_at: now,
    });
    const name = names.get(schoolId);
    notifications.push({ ...tell, kind: 'placed', params: { reference, schoolZh: name?.name_zh ?? schoolId, schoolEn: name?.name_en ?? schoolId, deadline } });
  });

  await changeApplicationStatuses(tx, changes);
  await recordApplicationEvents(
    tx,
    stillUnplaced.map(({ applicationId, detail }) => ({ applicationId, event: { actorUserId, kind: 'unplaced', detail } })),
    now,
  );
  await insertMany(tx, 'enrollment_offers', offers);
  await notifyAll(tx, notifications);
}
