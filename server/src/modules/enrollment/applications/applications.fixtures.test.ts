import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../../../../../common/enrollment-application.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { REFERENCE_PATTERN } from './application-reference.ts';
import { createApplication, createEnrollmentPlace, createOpenPolicy, testDocumentStore, type PolicyFixture } from './applications.fixtures.test-support.ts';

// The fixtures other parts build on: every status is reachable and leaves the rows it promises.
describe.each(DIALECTS)('application fixtures (%s)', (dialect) => {
  let ctx: TestContext;
  let policy: PolicyFixture;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    policy = await createOpenPolicy(ctx, await createEnrollmentPlace(ctx));
  });
  afterAll(async () => ctx?.close());

  it.each(APPLICATION_STATUSES)('builds an application in status %s', async (status) => {
    const app = await createApplication(ctx, policy, status);
    expect(app).toMatchObject({ status, policyId: policy.id });
    expect(app.reference).toMatch(REFERENCE_PATTERN);
    const row = await ctx.db.selectFrom('enrollment_applications').selectAll().where('id', '=', app.id).executeTakeFirstOrThrow();
    expect(row.status).toBe(status);
    expect(row.active_key).toBe(status === 'withdrawn' ? null : `${policy.id}:${app.childId}`);
    const events = await ctx.db.selectFrom('enrollment_application_events').select('kind').where('application_id', '=', app.id).execute();
    expect(events.length).toBeGreaterThan(0);
    expect(Object.keys(app.documentIds)).toEqual(policy.routes.points!.mandatory);
    if (['placed', 'accepted', 'declined', 'enrolled', 'no_show'].includes(status)) expect(app.offerId).not.toBeNull();
    if (status === 'supplement_requested') expect(app.supplementRequestId).not.toBeNull();
    if (status === 'appealed') expect(app.appealId).not.toBeNull();
  });

  it('stores readable documents', async () => {
    const app = await createApplication(ctx, policy, 'submitted', { routeCode: 'non_points' });
    const doc = await ctx.db.selectFrom('enrollment_documents').selectAll().where('id', '=', app.documentIds.hukou_register!).executeTakeFirstOrThrow();
    const bytes = await testDocumentStore(ctx).get(doc.storage_key!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  });
});
