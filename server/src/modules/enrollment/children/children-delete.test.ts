import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { childBody } from './children.fixtures.test-support.ts';
import { createDraftApplication, createEnrollmentPlace, createOpenPolicy } from '../applications/applications.fixtures.test-support.ts';

describe.each(DIALECTS)('deleting a child profile that has applications (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(async () => ctx?.close());

  const rowsOf = async (childId: string) => ({
    children: (await ctx.db.selectFrom('children').select('id').where('id', '=', childId).execute()).length,
    guardians: (await ctx.db.selectFrom('child_guardians').select('user_id').where('child_id', '=', childId).execute()).length,
    consents: (await ctx.db.selectFrom('consents').select('id').where('child_id', '=', childId).execute()).length,
    applications: (await ctx.db.selectFrom('enrollment_applications').select('id').where('child_id', '=', childId).execute()).length,
  });

  it('answers 409 enrollment.child_has_applications in the caller’s language and deletes nothing', async () => {
    const policy = await createOpenPolicy(ctx, await createEnrollmentPlace(ctx));
    const application = await createDraftApplication(ctx, policy);
    const { childId, guardianId } = application.family;
    const before = await rowsOf(childId);
    expect(before).toEqual({ children: 1, guardians: 1, consents: 1, applications: 1 });

    const zh = await (await ctx.clientAs(guardianId)).delete(`/api/enrollment/children/${childId}`);
    expect(zh.statusCode).toBe(409);
    expect(zh.json().error).toEqual({ code: 'enrollment.child_has_applications', message: '孩子已有入学申请，不能删除档案' });

    await ctx.db.updateTable('users').set({ locale: 'en-US' }).where('id', '=', guardianId).execute();
    const en = await (await ctx.clientAs(guardianId)).delete(`/api/enrollment/children/${childId}`);
    expect(en.statusCode).toBe(409);
    expect(en.json().error).toEqual({ code: 'enrollment.child_has_applications', message: 'The child has applications, so the profile cannot be deleted' });
    expect(await rowsOf(childId)).toEqual(before);
  });

  it('still deletes a sibling without applications', async () => {
    const policy = await createOpenPolicy(ctx, await createEnrollmentPlace(ctx, '500112'));
    const application = await createDraftApplication(ctx, policy);
    const client = await ctx.clientAs(application.family.guardianId);
    const sibling = await client.post('/api/enrollment/children', childBody());
    expect(sibling.statusCode).toBe(201);
    expect((await client.delete(`/api/enrollment/children/${sibling.json().id}`)).statusCode).toBe(200);
    expect((await rowsOf(application.family.childId)).children).toBe(1);
  });
});
