import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../platform/crypto/data-protection.ts';
import { DIALECTS } from '../../test/databases.ts';
import { createUser } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/test-app.ts';
import { seedDemoUsers } from './demo.seed.ts';
import { seedDemoEnrollmentPolicy } from './enrollment-demo.seed.ts';
import { seedOrganizations } from './reference.seed.ts';

describe.each(DIALECTS)('demo enrollment policy seed (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    await seedOrganizations(ctx.db);
    await seedDemoUsers(ctx.db, createDataProtector(ctx.config.dataKey));
  });
  afterAll(async () => ctx?.close());

  const policies = () => ctx.db.selectFrom('enrollment_policies').selectAll().execute();

  it('publishes one open Jiangbei grade-1 policy, once', async () => {
    expect(await seedDemoEnrollmentPolicy(ctx.db)).toBe(1);
    const rows = await policies();
    expect(rows).toHaveLength(1);
    const policy = rows[0]!;
    expect(policy).toMatchObject({
      bureau_id: 'bureau-jiangbei',
      school_year: 2027,
      entry_grade: 'g1',
      status: 'published',
      max_preferences: 3,
      appeal_days: 10,
    });
    expect(policy.rules_hash).toMatch(/^[0-9a-f]{64}$/);
    const now = Date.now();
    expect(Date.parse(policy.window_opens_at)).toBeLessThan(now);
    expect(Date.parse(policy.window_closes_at)).toBeGreaterThan(now);

    const routes = await ctx.db
      .selectFrom('enrollment_policy_routes')
      .select(['code', 'admission_basis'])
      .where('policy_id', '=', policy.id)
      .orderBy('code')
      .execute();
    expect(routes).toEqual([
      { code: 'non_points', admission_basis: 'no_points' },
      { code: 'points', admission_basis: 'points' },
    ]);
    const schools = await ctx.db.selectFrom('enrollment_policy_schools').select(['school_id', 'seats']).where('policy_id', '=', policy.id).execute();
    expect(schools).toContainEqual({ school_id: 'school-guanyinqiao', seats: 360 });
    expect(schools).toContainEqual({ school_id: 'school-xincun-shiyan', seats: 405 });
    expect(schools).toContainEqual({ school_id: 'school-huaxin-shiyan', seats: 315 });
    expect(schools.length).toBeGreaterThanOrEqual(5);

    expect(await seedDemoEnrollmentPolicy(ctx.db)).toBe(0);
    expect(await policies()).toHaveLength(1);
  });

  it('is listed to a guardian', async () => {
    const guardian = await ctx.clientAs((await createUser(ctx.db, { role: 'guardian' })).id);
    const response = await guardian.get('/api/enrollment/policies');
    expect(response.statusCode, response.body).toBe(200);
    const [policy] = await policies();
    expect(response.json().items).toEqual([expect.objectContaining({ id: policy!.id, status: 'published', titleZh: '2027年江北区随迁子女小学一年级入学' })]);
  });
});
