import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createFamily,
  createOpenPolicy,
  type EnrollmentPlace,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';

const INBOX = '/api/enrollment/review/applications';
const DAY = 86_400_000;

describe.each(DIALECTS)('review inbox (%s)', (dialect) => {
  let ctx: TestContext;
  let place: EnrollmentPlace;
  let qingyang: EnrollmentPlace;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    place = await createEnrollmentPlace(ctx, '500105');
    qingyang = await createEnrollmentPlace(ctx, '510105');
  });
  afterAll(async () => ctx?.close());

  const submittedDaysAgo = async (id: string, days: number) =>
    ctx.db
      .updateTable('enrollment_applications')
      .set({ submitted_at: new Date(Date.now() - days * DAY).toISOString() })
      .where('id', '=', id)
      .execute();

  it('neither lists, opens nor reveals a draft the family withdrew before ever submitting it; a withdrawn submitted one stays visible', async () => {
    const policy = await createOpenPolicy(ctx, place);
    const draft = await createApplication(ctx, policy, 'draft');
    const family = await ctx.clientAs(draft.guardianId);
    const withdrawn = await family.post(`/api/enrollment/applications/${draft.id}/withdraw`, { version: draft.version });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', submittedAt: null });
    const afterSubmission = await createApplication(ctx, policy, 'withdrawn');
    const reviewer = await ctx.clientAs(place.reviewerId);
    const inbox = (await reviewer.get(`${INBOX}?policyId=${policy.id}`)).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toEqual([afterSubmission.id]);
    expect(inbox.counts).toMatchObject({ withdrawn: 1 });
    expect((await reviewer.get(`${INBOX}/${draft.id}`)).statusCode).toBe(404);
    expect((await reviewer.post(`${INBOX}/${draft.id}/reveal-id-number`)).statusCode).toBe(404);
    expect((await (await ctx.clientAs(place.bureauAdminId)).get(`/api/enrollment/applications/${draft.id}`)).statusCode).toBe(404);
    expect((await reviewer.get(`${INBOX}/${afterSubmission.id}`)).statusCode).toBe(200);
    expect((await family.get(`/api/enrollment/applications/${draft.id}`)).statusCode).toBe(200);
  });

  it('counts waiting days only while a reviewer owes a decision: not once approved or rejected', async () => {
    const policy = await createOpenPolicy(ctx, place);
    const waiting = await createApplication(ctx, policy, 'submitted');
    const approved = await createApplication(ctx, policy, 'approved');
    const rejected = await createApplication(ctx, policy, 'rejected');
    for (const app of [waiting, approved, rejected]) await submittedDaysAgo(app.id, 12);
    const reviewer = await ctx.clientAs(place.reviewerId);
    const items = (await reviewer.get(`${INBOX}?policyId=${policy.id}`)).json().items as { id: string; waitingDays: number | null }[];
    expect(Object.fromEntries(items.map((i) => [i.id, i.waitingDays]))).toEqual({ [waiting.id]: 12, [approved.id]: null, [rejected.id]: null });
    expect((await reviewer.get(`${INBOX}/${approved.id}`)).json()).toMatchObject({ waitingDays: null, submittedAt: expect.any(String) });
    expect((await reviewer.get(`${INBOX}/${waiting.id}`)).json()).toMatchObject({ waitingDays: 12 });
  });

  it('lists a policy longest-waiting first, names masked, with counts per status and no drafts', async () => {
    const policy = await createOpenPolicy(ctx, place);
    const recent = await createApplication(ctx, policy, 'submitted', { family: await createFamily(ctx, { name: '李小红' }) });
    const old = await createApplication(ctx, policy, 'submitted', { family: await createFamily(ctx, { name: '王大伟' }) });
    await submittedDaysAgo(old.id, 9);
    await submittedDaysAgo(recent.id, 2);
    await createApplication(ctx, policy, 'supplement_requested');
    await createApplication(ctx, policy, 'approved');
    await createApplication(ctx, policy, 'draft');

    const reviewer = await ctx.clientAs(place.reviewerId);
    const response = await reviewer.get(`${INBOX}?policyId=${policy.id}&status=submitted`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([old.id, recent.id]);
    expect(body.items[0]).toMatchObject({
      reference: old.reference,
      childNameMasked: '王*伟',
      routeCode: 'points',
      status: 'submitted',
      waitingDays: 9,
      originDivisionCode: '510104',
    });
    expect(body.items[1]).toMatchObject({ childNameMasked: '李*红', waitingDays: 2 });
    expect(response.body).not.toContain('王大伟');
    expect(body.total).toBe(2);
    expect(body.counts).toMatchObject({ submitted: 2, supplement_requested: 1, approved: 1, rejected: 0 });
    expect(body.counts).not.toHaveProperty('draft');

    const all = (await reviewer.get(`${INBOX}?policyId=${policy.id}`)).json();
    expect(all.total).toBe(4);
    const paged = (await reviewer.get(`${INBOX}?policyId=${policy.id}&page=2&pageSize=3`)).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(4);
  });

  it('filters by route, preferred school, origin province and city, and waiting time', async () => {
    const policy: PolicyFixture = await createOpenPolicy(ctx, place);
    const [schoolA, schoolB] = policy.schoolIds as [string, string];
    const chengdu = await createApplication(ctx, policy, 'submitted', { idPrefix: '510104', preferences: [schoolA] });
    const mianyang = await createApplication(ctx, policy, 'submitted', { idPrefix: '510703', preferences: [schoolB, schoolA] });
    const hubei = await createApplication(ctx, policy, 'submitted', { idPrefix: '420102', preferences: [schoolB], routeCode: 'non_points' });
    await submittedDaysAgo(chengdu.id, 10);
    await submittedDaysAgo(mianyang.id, 4);
    await submittedDaysAgo(hubei.id, 1);
    const reviewer = await ctx.clientAs(place.reviewerId);
    const ids = async (query: string) => (await reviewer.get(`${INBOX}?policyId=${policy.id}&${query}`)).json().items.map((i: { id: string }) => i.id);

    expect(await ids('routeCode=non_points')).toEqual([hubei.id]);
    expect(await ids(`schoolId=${schoolA}`)).toEqual([chengdu.id, mianyang.id]);
    expect(await ids(`schoolId=${schoolB}`)).toEqual([mianyang.id, hubei.id]);
    expect(await ids('originProvince=51')).toEqual([chengdu.id, mianyang.id]);
    expect(await ids('originCity=5107')).toEqual([mianyang.id]);
    expect(await ids('originProvince=42&routeCode=points')).toEqual([]);
    expect(await ids('waitingDaysMin=3')).toEqual([chengdu.id, mianyang.id]);
    expect(await ids('waitingDaysMin=7')).toEqual([chengdu.id]);
    const counted = (await reviewer.get(`${INBOX}?policyId=${policy.id}&originProvince=51&status=approved`)).json();
    expect(counted).toMatchObject({ items: [], total: 0, counts: { submitted: 2 } });

    const bad = await reviewer.get(`${INBOX}?originProvince=5&waitingDaysMin=-1&status=draft`);
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['querystring:/originProvince', 'querystring:/status', 'querystring:/waitingDaysMin']);
  });

  it("keeps each district's applications to its own reviewers; the bureau and platform see them masked", async () => {
    const policy = await createOpenPolicy(ctx, place);
    const app = await createApplication(ctx, policy, 'submitted', { family: await createFamily(ctx, { name: '赵小龙' }) });
    const qingyangPolicy = await createOpenPolicy(ctx, qingyang);
    const theirs = await createApplication(ctx, qingyangPolicy, 'submitted');

    const qingyangReviewer = await ctx.clientAs(qingyang.reviewerId);
    expect((await qingyangReviewer.get(`${INBOX}?policyId=${policy.id}`)).statusCode).toBe(403);
    const own = await qingyangReviewer.get(INBOX);
    expect(own.statusCode).toBe(200);
    const ownIds = own.json().items.map((i: { id: string }) => i.id);
    expect(ownIds).toContain(theirs.id);
    expect(ownIds).not.toContain(app.id);
    expect(own.body).not.toContain(app.reference);

    const jiangbei = (await (await ctx.clientAs(place.reviewerId)).get(INBOX)).json().items.map((i: { id: string }) => i.id);
    expect(jiangbei).toContain(app.id);
    expect(jiangbei).not.toContain(theirs.id);

    for (const userId of [place.bureauAdminId, place.platformAdminId]) {
      const seen = await (await ctx.clientAs(userId)).get(`${INBOX}?policyId=${policy.id}`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json().items[0].childNameMasked).toBe('赵*龙');
      expect(seen.body).not.toContain('赵小龙');
    }
    for (const role of ['guardian', 'teacher', 'school_admin'] as const) {
      const user = await createUser(ctx.db, { role, organizationId: role === 'guardian' ? null : policy.schoolIds[0] });
      expect((await (await ctx.clientAs(user.id)).get(INBOX)).statusCode, role).toBe(403);
    }
    expect((await (await ctx.clientAs(place.reviewerId)).get(`${INBOX}?policyId=no-such-policy`)).statusCode).toBe(404);
  });
});
