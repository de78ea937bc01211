import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createBureau, createSchool, createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import type { ApplicationFixture } from '../applications/applications.fixtures.test-support.ts';
import { startHousekeeping } from '../../../platform/housekeeping.ts';
import { expireOffers } from '../enrollment.housekeeping.ts';
import { createAllocationPolicy, createApprovedApplicant, publishSeedVia, runFinalVia } from './placement.fixtures.test-support.ts';

const APPS = '/api/enrollment/applications';

describe.each(DIALECTS)('offers, manual placement and explanations (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(async () => ctx?.close());

  const versionOf = async (id: string) =>
    (await ctx.db.selectFrom('enrollment_applications').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
  const stateOf = (id: string) =>
    ctx.db
      .selectFrom('enrollment_applications')
      .select(['status', 'version', 'placed_school_id', 'placement_kind'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const offerOf = (id: string) =>
    ctx.db.selectFrom('enrollment_offers').selectAll().where('application_id', '=', id).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  const eventsOf = async (id: string, kind: string) =>
    ctx.db
      .selectFrom('enrollment_application_events')
      .select(['kind', 'from_status', 'to_status', 'detail', 'actor_user_id'])
      .where('application_id', '=', id)
      .where('kind', '=', kind as 'placed')
      .execute();
  const as = async (app: ApplicationFixture): Promise<TestClient> => ctx.clientAs(app.guardianId);

  /** Schools S0 and S1 with one seat each; a 50 [S0], b 40 [S1], c 30 [S0], d 20 [S0, S1]: a→S0, b→S1, c and d unplaced. */
  async function afterFirstRound() {
    const setup = await createAllocationPolicy(ctx, [1, 1]);
    const [S0, S1] = setup.schoolIds as [string, string];
    const [a, b, c, d] = [
      await createApprovedApplicant(ctx, setup.policy, 50, [S0]),
      await createApprovedApplicant(ctx, setup.policy, 40, [S1]),
      await createApprovedApplicant(ctx, setup.policy, 30, [S0]),
      await createApprovedApplicant(ctx, setup.policy, 20, [S0, S1]),
    ] as [ApplicationFixture, ApplicationFixture, ApplicationFixture, ApplicationFixture];
    const seed = await publishSeedVia(setup.admin, setup.policy.id);
    const run = await runFinalVia(setup.admin, setup.policy.id);
    return { ...setup, S0, S1, a, b, c, d, seed, run };
  }

  it('shows one offer deadline, the stored one, on the offer and on the timeline', async () => {
    const { a } = await afterFirstRound();
    // Moved as the demo's story clock moves it (or as any later correction would): the offer's value is the one.
    const moved = '2027-07-20T15:59:00.000Z';
    await ctx.db.updateTable('enrollment_offers').set({ deadline: moved }).where('application_id', '=', a.id).execute();
    const view = (await (await as(a)).get(`${APPS}/${a.id}`)).json();
    expect(view.offer.deadline).toBe(moved);
    const placed = view.events.filter((e: { kind: string }) => e.kind === 'placed');
    expect(placed.map((e: { detail: { deadline: string } }) => e.detail.deadline)).toEqual([moved]);
    // Not copied into the event when written.
    expect((await eventsOf(a.id, 'placed')).map((e) => JSON.parse(e.detail!).deadline)).toEqual([undefined]);
  });

  it('lets the family accept its offer before the deadline, once, at the version it saw', async () => {
    const { a, b, S0 } = await afterFirstRound();
    const family = await as(a);
    const stale = await family.post(`${APPS}/${a.id}/offer/accept`, { version: a.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('resource.conflict');
    expect((await offerOf(a.id)).status).toBe('open');

    const accepted = await family.post(`${APPS}/${a.id}/offer/accept`, { version: await versionOf(a.id) });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      applicationId: a.id,
      status: 'accepted',
      placementKind: 'allocation',
      offer: { schoolId: S0, status: 'accepted', preferenceRank: 1, round: 1 },
    });
    expect(accepted.json().offer.respondedAt).toEqual(expect.any(String));
    expect(await eventsOf(a.id, 'offer_accepted')).toEqual([
      expect.objectContaining({ from_status: 'placed', to_status: 'accepted', actor_user_id: a.guardianId }),
    ]);
    const again = await family.post(`${APPS}/${a.id}/offer/accept`, { version: await versionOf(a.id) });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'enrollment.offer_none', message: '该申请没有待确认的学位' });
    // Another family does not even learn that the application exists.
    expect((await (await as(b)).post(`${APPS}/${a.id}/offer/decline`, { version: await versionOf(a.id), reason: 'x' })).statusCode).toBe(404);
  });

  it('takes a decline only with a reason, and frees the seat', async () => {
    const { b } = await afterFirstRound();
    const family = await as(b);
    for (const reason of ['', '   ']) {
      const refused = await family.post(`${APPS}/${b.id}/offer/decline`, { version: await versionOf(b.id), reason });
      expect(refused.statusCode).toBe(400);
    }
    expect((await family.post(`${APPS}/${b.id}/offer/decline`, { version: await versionOf(b.id) })).statusCode).toBe(400);
    const declined = await family.post(`${APPS}/${b.id}/offer/decline`, { version: await versionOf(b.id), reason: ' 已在户籍地入学 ' });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', offer: { status: 'declined', declineReason: '已在户籍地入学' } });
    const [event] = await eventsOf(b.id, 'offer_declined');
    expect(JSON.parse(event!.detail!)).toMatchObject({ reason: '已在户籍地入学' });
    expect((await family.post(`${APPS}/${b.id}/offer/accept`, { version: await versionOf(b.id) })).json().error.code).toBe('enrollment.offer_none');
  });

  it('refuses answers after the deadline with a clear code; the expiry step then declines the application', async () => {
    const { a } = await afterFirstRound();
    const deadline = new Date(Date.now() - 60_000).toISOString();
    await ctx.db.updateTable('enrollment_offers').set({ deadline }).where('application_id', '=', a.id).execute();
    const family = await as(a);
    const before = await stateOf(a.id);
    for (const [path, body] of [
      ['accept', {}],
      ['decline', { reason: '改变主意' }],
    ] as const) {
      const late = await family.post(`${APPS}/${a.id}/offer/${path}`, { version: before.version, ...body });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('enrollment.offer_deadline_passed');
      expect(late.json().error.message).toContain(deadline);
    }
    expect(await stateOf(a.id)).toEqual(before);
    expect((await offerOf(a.id)).status).toBe('open');

    expect(await expireOffers(ctx.db)).toBeGreaterThanOrEqual(1);
    expect((await offerOf(a.id)).status).toBe('expired');
    expect(await stateOf(a.id)).toMatchObject({ status: 'declined', version: before.version + 1 });
    expect(await eventsOf(a.id, 'offer_expired')).toEqual([expect.objectContaining({ from_status: 'placed', to_status: 'declined', actor_user_id: null })]);
    // Idempotent: nothing left to expire for this application.
    await expireOffers(ctx.db);
    expect(await stateOf(a.id)).toMatchObject({ status: 'declined', version: before.version + 1 });
  });

  it('expires overdue offers in the hourly housekeeping', async () => {
    const { b } = await afterFirstRound();
    await ctx.db
      .updateTable('enrollment_offers')
      .set({ deadline: new Date(Date.now() - 1000).toISOString() })
      .where('application_id', '=', b.id)
      .execute();
    const logged: unknown[] = [];
    const log = { info: (entry: unknown) => logged.push(entry), error: (entry: unknown) => logged.push(entry) } as unknown as Parameters<
      typeof startHousekeeping
    >[1];
    const housekeeping = startHousekeeping(ctx.db, log, { dataDir: ctx.config.dataDir, dataKey: ctx.config.dataKey, enrollmentRetentionDays: 180 }, 3_600_000);
    try {
      // Until the run has logged: the log line comes after the commits it reports.
      for (let i = 0; i < 100 && !logged.some((entry) => typeof (entry as { offersExpired?: number }).offersExpired === 'number'); i++)
        await new Promise((r) => setTimeout(r, 100));
    } finally {
      housekeeping.stop();
    }
    expect((await stateOf(b.id)).status).toBe('declined');
    expect((await offerOf(b.id)).status).toBe('expired');
    expect(logged).toContainEqual(expect.objectContaining({ offersExpired: expect.any(Number) }));
  });

  it('lists the unplaced and places them by hand only where a seat is free (统筹安排)', async () => {
    const { policy, admin, S0, S1, b, c, d } = await afterFirstRound();
    const list = await admin.get(`/api/enrollment/policies/${policy.id}/unplaced`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().total).toBe(2);
    expect(list.json().items.map((i: { applicationId: string }) => i.applicationId)).toEqual([c.id, d.id]);
    expect(list.json().items[1]).toMatchObject({
      reference: d.reference,
      childNameMasked: '张*明',
      routeCode: 'points',
      points: 20,
      preferences: [
        { rank: 1, schoolId: S0 },
        { rank: 2, schoolId: S1 },
      ],
    });
    expect(list.body).not.toContain('张小明');
    expect(list.json().schools.map((s: { seats: number; taken: number; free: number }) => [s.seats, s.taken, s.free])).toEqual([
      [1, 1, 0],
      [1, 1, 0],
    ]);

    const place = (id: string, schoolId: string, version?: number) => admin.post(`${APPS}/${id}/placement`, { schoolId, version: version ?? 0 });
    const full = await place(c.id, S0, await versionOf(c.id));
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('enrollment.placement_no_free_seat');
    // Outside the district, the wrong stage, or not a school at all: refused as a bad choice.
    const region = policy.place.regionId;
    const elsewhere = (await createSchool(ctx.db, '510105')).id;
    const junior = (await createSchool(ctx.db, region, { stages: ['junior'] })).id;
    const bureau = (await createBureau(ctx.db, region)).id;
    for (const schoolId of [elsewhere, junior, bureau, 'no-such-school']) {
      const refused = await place(c.id, schoolId, await versionOf(c.id));
      expect(refused.statusCode, schoolId).toBe(400);
      expect(refused.json().error.code).toBe('enrollment.placement_school_invalid');
    }
    // A primary school of the district outside the policy, with one grade-1 seat in the directory.
    const nearby = (await createSchool(ctx.db, region, { stages: ['primary'] })).id;
    await ctx.db.insertInto('school_grade_seats').values({ organization_id: nearby, grade: 'g1', seats: 1 }).execute();
    expect((await place(c.id, nearby, (await versionOf(c.id)) - 1)).json().error.code).toBe('resource.conflict');
    const placed = await place(c.id, nearby, await versionOf(c.id));
    expect(placed.statusCode, placed.body).toBe(200);
    expect(placed.json()).toMatchObject({
      status: 'placed',
      placementKind: 'manual',
      offer: { schoolId: nearby, preferenceRank: null, status: 'open', round: 1 },
    });
    expect(await stateOf(c.id)).toMatchObject({ status: 'placed', placed_school_id: nearby, placement_kind: 'manual' });
    const note = await ctx.db.selectFrom('notifications').select(['kind', 'sms_status']).where('object_id', '=', c.id).where('kind', '=', 'placed').execute();
    expect(note).toEqual([{ kind: 'placed', sms_status: 'pending' }]);
    expect((await place(c.id, nearby, await versionOf(c.id))).json().error.code).toBe('enrollment.application_status_invalid');
    expect((await place(d.id, nearby, await versionOf(d.id))).json().error.code).toBe('enrollment.placement_no_free_seat');

    // A declined offer frees its seat: d, who listed S1 second, gets it with that rank.
    await (await as(b)).post(`${APPS}/${b.id}/offer/decline`, { version: await versionOf(b.id), reason: '回户籍地就读' });
    const intoFreed = await place(d.id, S1, await versionOf(d.id));
    expect(intoFreed.statusCode, intoFreed.body).toBe(200);
    expect(intoFreed.json().offer).toMatchObject({ schoolId: S1, preferenceRank: 2 });
    expect((await admin.get(`/api/enrollment/policies/${policy.id}/unplaced`)).json()).toMatchObject({ total: 0, items: [] });
  });

  it('explains each family’s result: points, ticket, each preference’s cut-off and why', async () => {
    // X and Y one seat each; t1 and t2 tie at 80 for X, so the lottery decides; u (70) wants Y only.
    const setup = await createAllocationPolicy(ctx, [1, 1]);
    const [X, Y] = setup.schoolIds as [string, string];
    const t1 = await createApprovedApplicant(ctx, setup.policy, 80, [X, Y]);
    const t2 = await createApprovedApplicant(ctx, setup.policy, 80, [X, Y]);
    const u = await createApprovedApplicant(ctx, setup.policy, 70, [Y]);
    const notYet = await (await as(u)).get(`${APPS}/${u.id}/allocation-explanation`);
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.code).toBe('enrollment.allocation_not_run');

    const seed = await publishSeedVia(setup.admin, setup.policy.id);
    const run = await runFinalVia(setup.admin, setup.policy.id);
    const ticket = (app: ApplicationFixture) => createHash('sha256').update(`${seed}:${app.reference}`).digest('hex');
    const [winner, loser] = ticket(t1) < ticket(t2) ? [t1, t2] : [t2, t1];
    const explanationOf = async (app: ApplicationFixture, client?: TestClient) => {
      const response = await (client ?? (await as(app))).get(`${APPS}/${app.id}/allocation-explanation`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };

    const won = await explanationOf(winner);
    expect(won).toMatchObject({
      reference: winner.reference,
      round: 1,
      seed,
      resultHash: run.resultHash,
      points: 80,
      lotteryTicket: ticket(winner),
      status: 'placed',
    });
    expect(won.preferences.map((p: { schoolId: string; outcome: string; cutoffPoints: number }) => [p.schoolId, p.outcome, p.cutoffPoints])).toEqual([
      [X, 'admitted', 80],
      [Y, 'not_reached', 80],
    ]);
    expect(won.allocated).toMatchObject({ schoolId: X });
    expect(won.placement).toMatchObject({ schoolId: X, kind: 'allocation', round: 1 });

    const lost = await explanationOf(loser);
    expect(lost.preferences).toMatchObject([
      { rank: 1, schoolId: X, seats: 1, cutoffPoints: 80, cutoffLotteryTicket: ticket(winner), outcome: 'full_tie_lost_lottery' },
      { rank: 2, schoolId: Y, outcome: 'admitted' },
    ]);
    expect(lost.preferences[0].schoolNameZh).toMatch(/测试小学/);

    const none = await explanationOf(u);
    expect(none).toMatchObject({
      points: 70,
      allocated: null,
      placement: null,
      status: 'unplaced',
      preferences: [{ schoolId: Y, cutoffPoints: 80, outcome: 'below_cutoff' }],
    });

    // Host reviewers and admins see it too; another family, a school admin and the platform admin do not.
    const reviewer = await ctx.clientAs(setup.policy.place.reviewerId);
    expect((await explanationOf(u, reviewer)).lotteryTicket).toBe(ticket(u));
    expect((await explanationOf(u, setup.admin)).points).toBe(70);
    expect((await (await as(t1)).get(`${APPS}/${u.id}/allocation-explanation`)).statusCode).toBe(404);
    const platform = await ctx.clientAs(setup.policy.place.platformAdminId);
    expect((await platform.get(`${APPS}/${u.id}/allocation-explanation`)).statusCode).toBe(403);
    const schoolAdmin = await ctx.clientAs((await createUser(ctx.db, { role: 'school_admin', organizationId: Y })).id);
    expect((await schoolAdmin.get(`${APPS}/${u.id}/allocation-explanation`)).statusCode).toBe(404);

    // After a manual placement the run's answer stays, and where the family stands now is added.
    const nearby = (await createSchool(ctx.db, setup.policy.place.regionId)).id;
    await ctx.db.insertInto('school_grade_seats').values({ organization_id: nearby, grade: 'g1', seats: 5 }).execute();
    expect((await setup.admin.post(`${APPS}/${u.id}/placement`, { schoolId: nearby, version: await versionOf(u.id) })).statusCode).toBe(200);
    expect(await explanationOf(u)).toMatchObject({
      allocated: null,
      placement: { schoolId: nearby, kind: 'manual', round: 1 },
      preferences: [{ outcome: 'below_cutoff' }],
    });
  });

  it('explains a second round from its own run: seats still held read as none to give', async () => {
    const { policy, admin, S0, S1, a, b, d } = await afterFirstRound();
    // a keeps S0 (accepted); b declines S1. Round 2: d (S0, S1) gets S1; S0 had no seat to give.
    await (await as(a)).post(`${APPS}/${a.id}/offer/accept`, { version: await versionOf(a.id) });
    await (await as(b)).post(`${APPS}/${b.id}/offer/decline`, { version: await versionOf(b.id), reason: '回户籍地就读' });
    await publishSeedVia(admin, policy.id, 2);
    await runFinalVia(admin, policy.id, 2);
    const why = (await (await as(d)).get(`${APPS}/${d.id}/allocation-explanation`)).json();
    expect(why).toMatchObject({ round: 2, points: 20, placement: { schoolId: S1, kind: 'allocation', round: 2 } });
    expect(why.preferences).toMatchObject([
      { schoolId: S0, seats: 0, outcome: 'no_seats' },
      { schoolId: S1, seats: 1, outcome: 'admitted' },
    ]);
  });
});
