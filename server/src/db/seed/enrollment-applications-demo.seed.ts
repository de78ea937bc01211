import { sql, SqliteAdapter } from 'kysely';
import type { ApplicationStatus } from '../../../../common/enrollment-application.ts';
import type { Material } from '../../../../common/enrollment.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { loadPolicyFacts } from '../../modules/enrollment/applications/application-policy.ts';
import type { ApplicationDeps } from '../../modules/enrollment/applications/applications.service.ts';
import { day, POLICY_PUBLISHED, PUBLIC_LIST_PUBLISHED, ROUND_ONE_RUN, ARRIVALS_RECORDED } from './data/enrollment-families.data.ts';
import {
  actorOf,
  appeal,
  approve,
  askForSupplement,
  decide,
  decideOpenAppeal,
  fileAtCounter,
  fileDraft,
  materialsOf,
  resupply,
  reviewDocuments,
  submit,
  verifiedPointsOf,
  verify,
  withdraw,
  type DemoApplication,
  type DemoCast,
  type DemoWorld,
} from './enrollment-applications-demo/application-steps.ts';
import { createDemoDocuments } from './enrollment-applications-demo/documents.ts';
import { buildDemoFamilies, buildDemoGuardianFamilies, DEMO_GUARDIAN_MOBILE, type DemoFamily } from './enrollment-applications-demo/families.ts';
import { answerOffer, leaveUnplaced, placeByHand, recordArrivalAtSchool, runRoundOne } from './enrollment-applications-demo/placement-steps.ts';
import { StoryClock } from './enrollment-applications-demo/story-clock.ts';

const BUREAU_ID = 'bureau-jiangbei';
/** The school of the demo school admin (xincun.admin): the round-1 pupils who accepted, came or did not come are there. */
const ROSTER_SCHOOL = 'school-xincun-shiyan';
/** Where the bureau places by hand the family round 1 left without a seat. */
const MANUAL_PLACEMENT_SCHOOL = 'school-peixin';

const ROUND_ONE: readonly ApplicationStatus[] = ['placed', 'accepted', 'declined', 'enrolled', 'no_show'];
const APPROVED_AND_LATER: readonly ApplicationStatus[] = ['approved', 'unplaced', ...ROUND_ONE];
const isInRoundOne = (family: DemoFamily) => ROUND_ONE.includes(family.demoCase.status) && family.demoCase.path !== 'manual_placement';

/** Families do not wait for one another: a few at a time keep the database and the disk busy (each family's own steps stay in order). */
const FAMILIES_AT_ONCE = 4;
async function forEachFamily<T>(items: T[], work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(FAMILIES_AT_ONCE, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) await work(items[i]!, i);
    }),
  );
}

async function userByName(db: Db, username: string): Promise<Actor> {
  const user = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
  if (!user) throw new Error(`demo account missing: ${username}`);
  return actorOf(db, user.id);
}

/**
 * The demo accounts who play the story. The colleague reviewer (jiangbei.reviewer2) rejects what the demo
 * reviewer decides on appeal and the other way round: nobody decides an appeal against their own decision.
 */
async function castOf(db: Db): Promise<DemoCast> {
  return {
    bureauAdmin: await userByName(db, 'jiangbei.admin'),
    reviewer: await userByName(db, 'jiangbei.reviewer'),
    colleague: await userByName(db, 'jiangbei.reviewer2'),
    schoolAdmin: await userByName(db, 'xincun.admin'),
  };
}

/** The path of one family, from filing to the review's outcome; allocation and what follows are the caller's. */
async function playCase(world: DemoWorld, family: DemoFamily, index: number): Promise<DemoApplication> {
  const { story, cast } = world;
  const demoCase = family.demoCase;
  const { path, status } = demoCase;
  const texts = demoCase.texts ?? {};
  const at = (moment: typeof demoCase.created | undefined, plusMinutes = 0) => story.instant(moment ?? demoCase.created, plusMinutes);

  if (path === 'assisted') return fileAtCounter(world, family);
  const materials = materialsOf(world, family).filter((m) => !(demoCase.missingDocuments ?? []).includes(m));
  const app = await fileDraft(world, family, materials);
  if (status === 'draft') return app;
  if (path === 'from_draft') {
    await withdraw(world, app, at(demoCase.withdrawn));
    return app;
  }
  await submit(world, app, at(demoCase.submitted));

  if (path === 'after_supplement' || status === 'supplement_requested') {
    await askForSupplement(world, app, at(demoCase.supplement), texts.rejectedDocuments ?? {}, texts.supplementMessage ?? '', 5 + (index % 2));
    if (status === 'supplement_requested') return app;
    await resupply(world, app, at(demoCase.resupplied), Object.keys(texts.rejectedDocuments ?? {}) as Material[]);
    if (status === 'submitted') return app;
  }
  if (status === 'withdrawn') {
    await withdraw(world, app, at(demoCase.withdrawn));
    return app;
  }
  if (path === 'usual' && status === 'rejected') {
    await reviewDocuments(world, app, cast.reviewer, at(demoCase.decided, -20), texts.rejectedDocuments);
    await decide(world, app, cast.reviewer, at(demoCase.decided), 'reject', texts.rejection);
    return app;
  }
  if (path === 'appeal_open' || path === 'appeal_upheld' || path === 'appeal_dismissed') {
    // The colleague rejects what the demo reviewer will decide on appeal, and the other way round.
    const [rejecter, appealDecider] = path === 'appeal_dismissed' ? [cast.reviewer, cast.colleague] : [cast.colleague, cast.reviewer];
    await reviewDocuments(world, app, rejecter, at(demoCase.decided, -30), texts.rejectedDocuments);
    if (!texts.rejectedDocuments) await verify(world, app, rejecter, at(demoCase.decided, -10), verifiedPointsOf(family, index));
    await decide(world, app, rejecter, at(demoCase.decided), 'reject', texts.rejection);
    await appeal(world, app, at(demoCase.appealed), texts.appeal ?? '', texts.appealEvidence ?? 'appeal_evidence');
    if (path === 'appeal_open') return app;
    await decideOpenAppeal(world, app, appealDecider, at(demoCase.appealDecided), path === 'appeal_upheld' ? 'uphold' : 'dismiss', texts.appealDecision ?? '');
    return app;
  }
  if (APPROVED_AND_LATER.includes(status)) await approve(world, app, cast.reviewer, at(demoCase.decided), index);
  return app;
}

/** After round 1: the families answer their offers, and 新村实验小学 records who came on the first day. */
async function playAfterRoundOne(world: DemoWorld, app: DemoApplication, index: number): Promise<void> {
  const { demoCase } = app.family;
  if (demoCase.status === 'placed') return;
  const answeredAt = world.story.instant(demoCase.responded ?? ROUND_ONE_RUN);
  if (demoCase.status === 'declined') {
    await answerOffer(world, app, answeredAt, { accept: false, reason: demoCase.texts?.declineReason ?? '已在户籍地入学' });
    return;
  }
  await answerOffer(world, app, answeredAt, { accept: true });
  if (demoCase.status === 'enrolled' || demoCase.status === 'no_show') {
    if (demoCase.school !== ROSTER_SCHOOL) throw new Error('demo arrivals are recorded by the school admin of 新村实验小学 only');
    await recordArrivalAtSchool(world, app, world.story.instant(ARRIVALS_RECORDED, index * 3), demoCase.status === 'enrolled');
  }
}

/** Housekeeping of the story: the policy was published before families applied; old SMS count as sent and old messages as read. */
async function settleStory(world: DemoWorld, apps: DemoApplication[]): Promise<void> {
  const { db } = world.deps;
  const published = world.story.instant(POLICY_PUBLISHED).toISOString();
  await db
    .updateTable('enrollment_policies')
    .set({ created_at: world.story.instant(day(13, '16:00')).toISOString(), published_at: published, updated_at: published })
    .where('id', '=', world.policyId)
    .execute();
  const ids = apps.map((app) => app.id);
  // The SMS of the story went out when it happened: the outbox must not text these numbers now.
  await db
    .updateTable('notifications')
    .set((eb) => ({ sms_status: 'sent', sms_sent_at: eb.ref('created_at') }))
    .where('object_id', 'in', ids)
    .where('sms_status', '=', 'pending')
    .execute();
  // The other families have read all but their latest message; the demo guardian's stay unread for the demo.
  const guardians = [...new Set(apps.filter((app) => app.family.mobile !== DEMO_GUARDIAN_MOBILE).map((app) => app.guardian.userId))];
  for (const userId of guardians) {
    const notes = await db.selectFrom('notifications').select(['id', 'created_at']).where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
    const read = notes.slice(1).map((n) => n.id);
    if (read.length > 0)
      await db
        .updateTable('notifications')
        .set((eb) => ({ read_at: eb.ref('created_at') }))
        .where('id', 'in', read)
        .execute();
  }
}

/**
 * Demo data is made again, never recovered: on SQLite the seed's many small commits do not each wait for the
 * disk (synchronous=NORMAL; WAL keeps the file consistent). openSqlite's FULL is restored before anyone is served.
 */
async function withoutWaitingForDisk<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return work();
  await sql`pragma synchronous = NORMAL`.execute(db);
  try {
    return await work();
  } finally {
    await sql`pragma synchronous = FULL`.execute(db);
  }
}

/**
 * Families from Sichuan with applications to the demo policy (enrollment-demo.seed.ts) in every status, made
 * through the real services by the demo accounts, then moved back in time so that the story took the last
 * days (see StoryClock). Returns the number of applications; 0 (and nothing written) when the demo policy
 * is missing or already has applications.
 */
export async function seedDemoEnrollmentApplications(deps: ApplicationDeps): Promise<number> {
  const { db } = deps;
  const policy = await db
    .selectFrom('enrollment_policies')
    .select('id')
    .where('bureau_id', '=', BUREAU_ID)
    .where('school_year', '=', 2027)
    .where('entry_grade', '=', 'g1')
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!policy) return 0;
  if (await db.selectFrom('enrollment_applications').select('id').where('policy_id', '=', policy.id).limit(1).executeTakeFirst()) return 0;
  return withoutWaitingForDisk(db, () => playStory(deps, policy.id));
}

/** Every family's story, in an order that gives round 1 exactly its applicants; then everything moves to its moment. */
async function playStory(deps: ApplicationDeps, policyId: string): Promise<number> {
  const { db } = deps;
  const facts = (await loadPolicyFacts(db, policyId))!;
  const mandatory = Object.fromEntries(facts.routes.map((r) => [r.code, r.materials.filter((m) => m.requirement === 'mandatory').map((m) => m.material)]));
  const story = new StoryClock();
  const world: DemoWorld = { deps, policyId, story, documents: createDemoDocuments(), cast: await castOf(db), mandatory };
  const families = buildDemoFamilies(facts.schoolIds);
  const apps = new Map<DemoFamily, DemoApplication>();

  // Round 1 first, over exactly the applications approved by then; the others are played after it.
  const indexOf = (family: DemoFamily) => families.indexOf(family);
  await forEachFamily(families.filter(isInRoundOne), async (family) => {
    apps.set(family, await playCase(world, family, indexOf(family)));
  });
  const cohort = families.filter(isInRoundOne).map((family) => apps.get(family)!);
  await runRoundOne(world, cohort, { list: story.instant(PUBLIC_LIST_PUBLISHED), seed: story.instant(day(4, '09:00')), run: story.instant(ROUND_ONE_RUN) });
  await forEachFamily(cohort, (app, index) => playAfterRoundOne(world, app, index));

  await forEachFamily(
    families.filter((family) => !isInRoundOne(family)),
    async (family) => {
      const app = await playCase(world, family, indexOf(family));
      apps.set(family, app);
      if (family.demoCase.status === 'unplaced' || family.demoCase.path === 'manual_placement')
        await leaveUnplaced(world, app, story.instant(ROUND_ONE_RUN, 1));
      if (family.demoCase.path === 'manual_placement')
        await placeByHand(world, app, story.instant(family.demoCase.responded ?? day(1, '10:00')), MANUAL_PLACEMENT_SCHOOL);
    },
  );
  // The twins share their guardian: one after the other.
  for (const [index, family] of buildDemoGuardianFamilies().entries()) apps.set(family, await playCase(world, family, index));

  await story.moveToStory(db);
  await settleStory(world, [...apps.values()]);
  return apps.size;
}
