import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.ts';
import { createTestContext, type TestContext } from '../../test/test-app.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createOpenPolicy,
  type ApplicationFixture,
  type PolicyFixture,
} from './applications/applications.fixtures.test-support.ts';
import { expireOffers, remindExpiringOffers, returnOverdueSupplementRequests, runEnrollmentDeadlines } from './enrollment.housekeeping.ts';

const HOUR = 3_600_000;
const INBOX = '/api/enrollment/review/applications';
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

describe.each(DIALECTS)('enrollment deadlines in the hourly job (%s)', (dialect) => {
  let ctx: TestContext;
  let policy: PolicyFixture;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    policy = await createOpenPolicy(ctx, await createEnrollmentPlace(ctx));
  });
  afterAll(async () => ctx?.close());

  const toldOf = (app: ApplicationFixture, kind: string) =>
    ctx.db
      .selectFrom('notifications')
      .select(['user_id', 'params', 'sms_status', 'object_type'])
      .where('object_id', '=', app.id)
      .where('kind', '=', kind as 'placed')
      .execute();
  const eventsOf = (app: ApplicationFixture, kind: string) =>
    ctx.db
      .selectFrom('enrollment_application_events')
      .select(['from_status', 'to_status', 'actor_user_id', 'detail'])
      .where('application_id', '=', app.id)
      .where('kind', '=', kind as 'placed')
      .execute();
  const stateOf = (app: ApplicationFixture) =>
    ctx.db.selectFrom('enrollment_applications').select(['status', 'version']).where('id', '=', app.id).executeTakeFirstOrThrow();
  const offerOf = (app: ApplicationFixture) =>
    ctx.db.selectFrom('enrollment_offers').selectAll().where('application_id', '=', app.id).executeTakeFirstOrThrow();
  const placedWithDeadline = async (deadline: string) => {
    const app = await createApplication(ctx, policy, 'placed');
    await ctx.db.updateTable('enrollment_offers').set({ deadline }).where('application_id', '=', app.id).execute();
    return app;
  };

  it('reminds a family once when its offer expires within a day, and records it on the offer', async () => {
    const soon = await placedWithDeadline(inHours(10));
    const later = await placedWithDeadline(inHours(30));
    const school = await ctx.db.selectFrom('organizations').select(['name_zh', 'name_en']).where('id', '=', soon.placedSchoolId!).executeTakeFirstOrThrow();

    expect(await remindExpiringOffers(ctx.db)).toBeGreaterThanOrEqual(1);
    const deadline = (await offerOf(soon)).deadline;
    expect(await toldOf(soon, 'offer_expiring')).toEqual([
      {
        user_id: soon.guardianId,
        sms_status: 'pending',
        object_type: 'enrollment_application',
        params: JSON.stringify({ reference: soon.reference, schoolZh: school.name_zh, schoolEn: school.name_en, deadline }),
      },
    ]);
    expect((await offerOf(soon)).reminded_at).toEqual(expect.any(String));
    expect(await toldOf(later, 'offer_expiring')).toEqual([]);
    expect((await offerOf(later)).reminded_at).toBeNull();
    // The offer stays open and the application untouched: a reminder is not a change.
    expect(await stateOf(soon)).toEqual({ status: 'placed', version: soon.version });

    // Idempotent: the next hourly run sends none.
    expect(await remindExpiringOffers(ctx.db)).toBe(0);
    expect(await toldOf(soon, 'offer_expiring')).toHaveLength(1);
  });

  it('tells the family when its offer expired, once, with the timeline entry', async () => {
    const app = await placedWithDeadline(inHours(-1));
    const expired = await runEnrollmentDeadlines(ctx.db);
    expect(expired.offersExpired).toBeGreaterThanOrEqual(1);
    expect(await stateOf(app)).toEqual({ status: 'declined', version: app.version + 1 });
    expect((await offerOf(app)).status).toBe('expired');
    expect(await eventsOf(app, 'offer_expired')).toEqual([expect.objectContaining({ from_status: 'placed', to_status: 'declined', actor_user_id: null })]);
    const [told] = await toldOf(app, 'offer_expired');
    expect(told).toMatchObject({ user_id: app.guardianId, sms_status: 'pending' });
    expect(JSON.parse(told!.params)).toMatchObject({ reference: app.reference, deadline: (await offerOf(app)).deadline });
    // An offer already past its deadline is expired, not reminded.
    expect(await toldOf(app, 'offer_expiring')).toEqual([]);

    expect(await runEnrollmentDeadlines(ctx.db)).toEqual({ offersExpired: 0, offersReminded: 0, supplementsOverdue: 0 });
    expect(await toldOf(app, 'offer_expired')).toHaveLength(1);
    expect(await expireOffers(ctx.db)).toBe(0);
  });

  it('hands an application whose supplement deadline passed back to the reviewers, flagged, and tells the family', async () => {
    const overdue = await createApplication(ctx, policy, 'supplement_requested');
    const waiting = await createApplication(ctx, policy, 'supplement_requested');
    const deadline = inHours(-2);
    await ctx.db.updateTable('enrollment_supplement_requests').set({ deadline }).where('id', '=', overdue.supplementRequestId!).execute();
    await ctx.db.updateTable('enrollment_applications').set({ supplement_deadline: deadline }).where('id', '=', overdue.id).execute();
    const fresh = await createApplication(ctx, policy, 'submitted');

    expect(await returnOverdueSupplementRequests(ctx.db)).toBe(1);
    // Not rejected: back in the inbox as submitted, with the lapse on the timeline and the request marked.
    expect(await stateOf(overdue)).toEqual({ status: 'submitted', version: overdue.version + 1 });
    const [event] = await eventsOf(overdue, 'supplement_overdue');
    expect(event).toMatchObject({ from_status: 'supplement_requested', to_status: 'submitted', actor_user_id: null });
    expect(JSON.parse(event!.detail!)).toEqual({ supplementRequestId: overdue.supplementRequestId, deadline });
    const request = await ctx.db
      .selectFrom('enrollment_supplement_requests')
      .selectAll()
      .where('id', '=', overdue.supplementRequestId!)
      .executeTakeFirstOrThrow();
    expect(request).toMatchObject({ overdue_at: expect.any(String), fulfilled_at: null });
    expect(await toldOf(overdue, 'supplement_overdue')).toEqual([
      {
        user_id: overdue.guardianId,
        sms_status: 'pending',
        object_type: 'enrollment_application',
        params: JSON.stringify({ reference: overdue.reference, deadline }),
      },
    ]);
    expect(await stateOf(waiting)).toEqual({ status: 'supplement_requested', version: waiting.version });
    expect(await toldOf(waiting, 'supplement_overdue')).toEqual([]);

    // The family no longer has an open request to answer.
    const family = await ctx.clientAs(overdue.guardianId);
    const view = await family.get(`/api/enrollment/applications/${overdue.id}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ status: 'submitted', supplementRequest: null });

    // The inbox shows the flag and filters by it.
    const reviewer = await ctx.clientAs(policy.place.reviewerId);
    const inbox = (await reviewer.get(`${INBOX}?policyId=${policy.id}&status=submitted&pageSize=100`)).json();
    const flagOf = (id: string) => inbox.items.find((i: { id: string }) => i.id === id)?.supplementOverdue;
    expect(flagOf(overdue.id)).toBe(true);
    expect(flagOf(fresh.id)).toBe(false);
    const onlyOverdue = await reviewer.get(`${INBOX}?policyId=${policy.id}&supplementOverdue=true`);
    expect(onlyOverdue.statusCode, onlyOverdue.body).toBe(200);
    expect(onlyOverdue.json().items.map((i: { id: string }) => i.id)).toEqual([overdue.id]);
    const withoutOverdue = (await reviewer.get(`${INBOX}?policyId=${policy.id}&supplementOverdue=false&pageSize=100`)).json();
    expect(withoutOverdue.items.map((i: { id: string }) => i.id)).not.toContain(overdue.id);
    expect(withoutOverdue.items.map((i: { id: string }) => i.id)).toContain(waiting.id);
    expect((await reviewer.get(`${INBOX}?supplementOverdue=maybe`)).statusCode).toBe(400);

    // Idempotent: a second run changes nothing and tells nobody again.
    expect(await returnOverdueSupplementRequests(ctx.db)).toBe(0);
    expect(await toldOf(overdue, 'supplement_overdue')).toHaveLength(1);

    // A new request clears the flag: the reviewers are waiting for the family again.
    const asked = await reviewer.post(`/api/enrollment/review/applications/${overdue.id}/supplement-request`, {
      version: overdue.version + 1,
      materials: ['residence_permit'],
      message: '请再次补充居住证',
      deadline: inHours(48),
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect((await reviewer.get(`${INBOX}?policyId=${policy.id}&supplementOverdue=true`)).json().items).toEqual([]);
  });
});
