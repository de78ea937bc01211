import type { Db } from '../../../platform/db/database.ts';
import { notify } from '../../../platform/notifications/notify.ts';
import { changeApplicationStatus } from '../../../modules/enrollment/applications/application-status.ts';
import { finalRun, publishSeed } from '../../../modules/enrollment/placement/allocation.service.ts';
import { acceptOffer, declineOffer } from '../../../modules/enrollment/placement/offers.service.ts';
import { placeManually } from '../../../modules/enrollment/placement/placement.service.ts';
import { publishPublicList } from '../../../modules/enrollment/public-lists/public-lists.service.ts';
import { recordArrival } from '../../../modules/enrollment/roster/roster.service.ts';
import { auditOf, versionOf, type DemoApplication, type DemoWorld } from './application-steps.ts';

/** Moves a policy-level timestamp (and one set from it, such as an end date) by as much as the step moved. */
async function moveTimestamps(
  db: Db,
  table: 'enrollment_public_lists' | 'enrollment_lottery_seeds' | 'enrollment_allocation_runs',
  policyId: string,
  to: Date,
): Promise<void> {
  if (table === 'enrollment_public_lists') {
    for (const list of await db.selectFrom(table).select(['id', 'published_at', 'ends_at']).where('policy_id', '=', policyId).execute()) {
      const shift = to.getTime() - Date.parse(list.published_at);
      await db
        .updateTable(table)
        .set({ published_at: to.toISOString(), ends_at: new Date(Date.parse(list.ends_at) + shift).toISOString() })
        .where('id', '=', list.id)
        .execute();
    }
  } else if (table === 'enrollment_lottery_seeds') {
    await db.updateTable(table).set({ published_at: to.toISOString() }).where('policy_id', '=', policyId).where('round', '=', 1).execute();
  } else {
    await db.updateTable(table).set({ run_at: to.toISOString() }).where('policy_id', '=', policyId).where('round', '=', 1).execute();
  }
}

/**
 * The bureau's round 1: the 公示 of the approved applicants, the lottery seed published a day before the
 * run, then the final run, which places every approved application with an offer (the demo policy has
 * seats for all, so each gets its first preference).
 */
export async function runRoundOne(world: DemoWorld, cohort: DemoApplication[], moments: { list: Date; seed: Date; run: Date }): Promise<void> {
  const { deps, story, policyId } = world;
  const { bureauAdmin } = world.cast;
  const audit = auditOf(bureauAdmin);
  const keys = cohort.flatMap((app) => app.keys);
  await story.step(moments.list, keys, () => publishPublicList(deps.db, bureauAdmin, audit, policyId));
  await story.step(moments.seed, [], () => publishSeed(deps.db, bureauAdmin, audit, policyId, { round: 1 }));
  await story.step(moments.run, keys, () => finalRun(deps.db, bureauAdmin, audit, policyId, { round: 1 }));
  // Rows of the policy itself, which the story clock does not follow by application.
  await moveTimestamps(deps.db, 'enrollment_public_lists', policyId, moments.list);
  await moveTimestamps(deps.db, 'enrollment_lottery_seeds', policyId, moments.seed);
  await moveTimestamps(deps.db, 'enrollment_allocation_runs', policyId, moments.run);
}

/** The family answers its open offer: accepted, or declined with a reason. */
export async function answerOffer(
  world: DemoWorld,
  app: DemoApplication,
  at: Date,
  answer: { accept: true } | { accept: false; reason: string },
): Promise<void> {
  const { db } = world.deps;
  const audit = auditOf(app.guardian);
  await world.story.step(at, app.keys, async () => {
    const version = await versionOf(db, app.id);
    if (answer.accept) await acceptOffer(db, app.guardian, audit, app.id, { version });
    else await declineOffer(db, app.guardian, audit, app.id, { version, reason: answer.reason });
  });
}

/** 报到: the school admin records that the pupil came, or did not. */
export async function recordArrivalAtSchool(world: DemoWorld, app: DemoApplication, at: Date, arrived: boolean): Promise<void> {
  const { db } = world.deps;
  const { schoolAdmin } = world.cast;
  await world.story.step(at, app.keys, async () => {
    await recordArrival(db, schoolAdmin, auditOf(schoolAdmin), app.id, { version: await versionOf(db, app.id), arrived });
  });
}

/**
 * The demo policy has seats for everyone, so no run leaves anyone without one. These few are marked the way a
 * final run marks an applicant it could not place (status, timeline, notification), without a run record:
 * they show the bureau's 统筹安排 list and wait there or for round 2.
 */
export async function leaveUnplaced(world: DemoWorld, app: DemoApplication, at: Date): Promise<void> {
  const { db } = world.deps;
  const { bureauAdmin } = world.cast;
  await world.story.step(at, app.keys, async () => {
    const row = await db.selectFrom('enrollment_applications').select(['reference', 'version']).where('id', '=', app.id).executeTakeFirstOrThrow();
    await db.transaction().execute(async (tx) => {
      await changeApplicationStatus(tx, { id: app.id, status: 'approved', version: row.version }, 'unplaced', {
        actorUserId: bureauAdmin.userId,
        kind: 'unplaced',
        detail: { round: 1 },
      });
      await notify(tx, {
        userId: app.guardian.userId,
        kind: 'unplaced',
        params: { reference: row.reference, round: 1 },
        objectType: 'enrollment_application',
        objectId: app.id,
        sms: true,
      });
    });
  });
}

/** 统筹安排: the bureau admin places an unplaced application at a school with free seats. */
export async function placeByHand(world: DemoWorld, app: DemoApplication, at: Date, schoolId: string): Promise<void> {
  const { db } = world.deps;
  const { bureauAdmin } = world.cast;
  await world.story.step(at, app.keys, async () => {
    await placeManually(db, bureauAdmin, auditOf(bureauAdmin), app.id, { schoolId, version: await versionOf(db, app.id) });
  });
}
