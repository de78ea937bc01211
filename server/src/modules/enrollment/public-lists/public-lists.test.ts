import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { policyBody } from '../policies/policies.fixtures.test-support.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createFamily,
  createOpenPolicy,
  TEST_RESIDENCE_ADDRESS,
  type EnrollmentPlace,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';

const DAY = 86_400_000;
const publishUrl = (policyId: string) => `/api/enrollment/policies/${policyId}/public-lists`;
const publicUrl = (policyId: string) => `/api/public/enrollment/policies/${policyId}/public-lists`;

describe.each(DIALECTS)('public lists (%s)', (dialect) => {
  let ctx: TestContext;
  let place: EnrollmentPlace;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    place = await createEnrollmentPlace(ctx);
  });
  afterAll(async () => ctx?.close());

  const publish = async (policyId: string, userId = place.bureauAdminId) => (await ctx.clientAs(userId)).post(publishUrl(policyId));
  const listed = (id: string) =>
    ctx.db.selectFrom('enrollment_application_events').selectAll().where('application_id', '=', id).where('kind', '=', 'publicly_listed').execute();

  async function policyWithApplicants(): Promise<{
    policy: PolicyFixture;
    high: string;
    low: string;
    plain: string;
    placed: string;
    others: string[];
    families: Awaited<ReturnType<typeof createFamily>>[];
  }> {
    const policy = await createOpenPolicy(ctx, place);
    const families = [
      await createFamily(ctx, { name: '张小明' }),
      await createFamily(ctx, { name: '欧阳娜娜' }),
      await createFamily(ctx, { name: '李华' }),
      await createFamily(ctx, { name: '王芳芳' }),
    ];
    const high = await createApplication(ctx, policy, 'approved', {
      family: families[0],
      verified: { residence_months: 60, social_insurance_months: 72, housing: 'owned' },
    });
    const low = await createApplication(ctx, policy, 'approved', { family: families[1], verified: { residence_months: 12 } });
    const plain = await createApplication(ctx, policy, 'approved', { family: families[2], routeCode: 'non_points' });
    const placed = await createApplication(ctx, policy, 'placed', { family: families[3] });
    const others = await Promise.all(
      (['submitted', 'rejected', 'appealed', 'draft', 'withdrawn'] as const).map(async (s) => (await createApplication(ctx, policy, s)).id),
    );
    return { policy, high: high.id, low: low.id, plain: plain.id, placed: placed.id, others, families };
  }

  it('publishes a snapshot of the approved applicants, masked, for the notice days, and marks each timeline', async () => {
    const { policy, high, low, plain, placed, others } = await policyWithApplicants();
    const response = await publish(policy.id);
    expect(response.statusCode).toBe(201);
    const list = response.json();
    expect(list).toMatchObject({ policyId: policy.id, entryCount: 4 });
    expect(Date.parse(list.endsAt) - Date.parse(list.publishedAt)).toBe(7 * DAY);

    const entries = await ctx.db.selectFrom('enrollment_public_list_entries').selectAll().where('list_id', '=', list.id).orderBy('seq').execute();
    const references = Object.fromEntries(
      await Promise.all(
        [high, low, plain, placed].map(
          async (id) =>
            [id, (await ctx.db.selectFrom('enrollment_applications').select('reference').where('id', '=', id).executeTakeFirstOrThrow()).reference] as const,
        ),
      ),
    );
    expect(entries.map((e) => [e.seq, e.reference, e.masked_name, e.route_code, e.points])).toEqual([
      [1, references[high], '张*明', 'points', 30 + 36 + 20],
      [2, references[placed], '王*芳', 'points', 34],
      [3, references[low], '欧**娜', 'points', 6],
      [4, references[plain], '李*', 'non_points', null],
    ]);
    for (const id of [high, low, plain, placed]) {
      expect(await listed(id)).toMatchObject([
        { actor_user_id: place.bureauAdminId, from_status: null, to_status: null, detail: JSON.stringify({ listId: list.id, endsAt: list.endsAt }) },
      ]);
    }
    for (const id of others) expect(await listed(id)).toEqual([]);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['object_id', 'detail'])
      .where('action', '=', 'enrollment_public_list.publish')
      .where('object_id', '=', policy.id)
      .execute();
    expect(audit).toEqual([{ object_id: policy.id, detail: JSON.stringify({ listId: list.id, entryCount: 4 }) }]);
  });

  it('answers a repeated publication with the running list, and publishes anew when the applicants change', async () => {
    const policy = await createOpenPolicy(ctx, place);
    const first = await createApplication(ctx, policy, 'approved');
    const [a, b] = await Promise.all([publish(policy.id), publish(policy.id)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
    expect(await ctx.db.selectFrom('enrollment_public_lists').select('id').where('policy_id', '=', policy.id).execute()).toHaveLength(1);
    expect(await listed(first.id)).toHaveLength(1);

    await createApplication(ctx, policy, 'approved');
    const again = await publish(policy.id);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ entryCount: 2 });
    expect(again.json().id).not.toBe(a.json().id);
    expect(await listed(first.id)).toHaveLength(2);
  });

  it('shows running lists to anyone with masked names only: no ID number, birth date, address or phone', async () => {
    const { policy, families } = await policyWithApplicants();
    const list = (await publish(policy.id)).json();
    const anonymous = await ctx.anonymous();
    const response = await anonymous.get(publicUrl(policy.id));
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=60');
    const view = response.json();
    expect(view.policy).toMatchObject({ id: policy.id, schoolYear: 2027, hostRegionNameZh: '江北区' });
    expect(view.lists).toHaveLength(1);
    expect(view.lists[0]).toMatchObject({ id: list.id, entryCount: 4, total: 4 });
    expect(view.lists[0].entries[0]).toEqual({
      seq: 1,
      reference: expect.any(String),
      maskedName: '张*明',
      routeCode: 'points',
      routeNameZh: '积分入学',
      routeNameEn: 'Points route',
      points: 86,
    });
    expect(view.lists[0].entries[3]).toMatchObject({ maskedName: '李*', routeCode: 'non_points', routeNameZh: '非积分入学', points: null });
    const mobiles = await ctx.db
      .selectFrom('users')
      .select('mobile')
      .where(
        'id',
        'in',
        families.map((f) => f.guardianId),
      )
      .execute();
    for (const secret of [
      ...families.flatMap((f) => [f.childName, f.idNumber, f.birthDate, f.idNumber.slice(6, 14)]),
      ...mobiles.map((m) => m.mobile!),
      TEST_RESIDENCE_ADDRESS,
      '草市街',
      '重庆某某物流',
    ]) {
      expect(response.body, secret).not.toContain(secret);
    }

    const reference = view.lists[0].entries[2].reference as string;
    const found = (await anonymous.get(`${publicUrl(policy.id)}?reference=${reference.toLowerCase()}`)).json();
    expect(found.lists[0]).toMatchObject({ total: 1, entries: [{ reference, seq: 3 }] });
    const paged = (await anonymous.get(`${publicUrl(policy.id)}?page=2&pageSize=3`)).json();
    expect(paged.lists[0]).toMatchObject({ total: 4, entries: [{ seq: 4 }] });

    // After the notice days the list is no longer shown.
    await ctx.db
      .updateTable('enrollment_public_lists')
      .set({ ends_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', list.id)
      .execute();
    expect((await anonymous.get(publicUrl(policy.id))).json().lists).toEqual([]);
  });

  it('refuses a draft policy, a policy without approved applicants, and anyone but the host bureau', async () => {
    const admin = await ctx.clientAs(place.platformAdminId);
    const draft = (await admin.post('/api/enrollment/policies', policyBody(place.bureauId, place.schoolIds))).json();
    expect((await publish(draft.id)).json().error.code).toBe('enrollment.policy_draft');
    expect((await (await ctx.anonymous()).get(publicUrl(draft.id))).statusCode).toBe(404);
    expect((await (await ctx.anonymous()).get(publicUrl('no-such-policy'))).statusCode).toBe(404);

    const policy = await createOpenPolicy(ctx, place);
    await createApplication(ctx, policy, 'submitted');
    const empty = await publish(policy.id);
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.code).toBe('enrollment.public_list_empty');
    expect((await (await ctx.anonymous()).get(publicUrl(policy.id))).json().lists).toEqual([]);

    await createApplication(ctx, policy, 'approved');
    const qingyang = await createEnrollmentPlace(ctx, '510105');
    const guardian = await createUser(ctx.db, { role: 'guardian' });
    for (const userId of [place.reviewerId, place.platformAdminId, qingyang.bureauAdminId, qingyang.reviewerId, guardian.id]) {
      expect((await publish(policy.id, userId)).statusCode).toBe(403);
    }
    expect(await ctx.db.selectFrom('enrollment_public_lists').select('id').where('policy_id', '=', policy.id).execute()).toEqual([]);
    expect((await (await ctx.anonymous()).post(publishUrl(policy.id))).statusCode).toBe(401);
  });
});
