import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createFamily,
  createOpenPolicy,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';

describe.each(DIALECTS)('school roster and arrival (%s)', (dialect) => {
  let ctx: TestContext;
  let policy: PolicyFixture;
  let schoolA: string;
  let schoolB: string;
  let adminA: TestClient;
  let adminAId: string;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    policy = await createOpenPolicy(ctx, await createEnrollmentPlace(ctx));
    [schoolA, schoolB] = policy.schoolIds as [string, string];
    adminAId = (await createUser(ctx.db, { role: 'school_admin', organizationId: schoolA })).id;
    adminA = await ctx.clientAs(adminAId);
  });
  afterAll(async () => ctx?.close());

  const pupilsUrl = (schoolId: string, query = '') => `/api/enrollment/schools/${schoolId}/pupils?policyId=${policy.id}${query}`;
  const arrival = (client: TestClient, id: string, body: unknown) => client.post(`/api/enrollment/applications/${id}/arrival`, body);

  it('lists the admitted pupils of the school in full, ID numbers masked, with counts per status', async () => {
    const otherPolicy = await createOpenPolicy(ctx, policy.place);
    const family = await createFamily(ctx, { name: '赵一鸣' });
    const accepted = await createApplication(ctx, policy, 'accepted', { family });
    const enrolled = await createApplication(ctx, policy, 'enrolled');
    const noShow = await createApplication(ctx, policy, 'no_show');
    const notYet = await createApplication(ctx, policy, 'placed');
    const elsewhere = await createApplication(ctx, policy, 'accepted', { placedSchoolId: schoolB, preferences: [schoolB, schoolA] });
    const otherYear = await createApplication(ctx, otherPolicy, 'accepted');

    const response = await adminA.get(pupilsUrl(schoolA, '&pageSize=200'));
    expect(response.statusCode, response.body).toBe(200);
    const list = response.json();
    const ids = list.items.map((p: { applicationId: string }) => p.applicationId);
    expect(ids).toEqual(expect.arrayContaining([accepted.id, enrolled.id, noShow.id]));
    for (const excluded of [notYet.id, elsewhere.id, otherYear.id]) expect(ids).not.toContain(excluded);
    expect(list.total).toBe(ids.length);
    expect(list.counts).toEqual({
      accepted: list.items.filter((p: { status: string }) => p.status === 'accepted').length,
      enrolled: list.items.filter((p: { status: string }) => p.status === 'enrolled').length,
      no_show: list.items.filter((p: { status: string }) => p.status === 'no_show').length,
    });
    const pupil = list.items.find((p: { applicationId: string }) => p.applicationId === accepted.id);
    expect(pupil).toMatchObject({
      reference: accepted.reference,
      policyId: policy.id,
      schoolYear: 2027,
      grade: 'g1',
      childName: '赵一鸣',
      birthDate: family.birthDate,
      routeCode: 'points',
      routeNameZh: '积分入学',
      status: 'accepted',
      arrivalRecordedAt: null,
      version: accepted.version,
    });
    const offer = await ctx.db
      .selectFrom('enrollment_offers')
      .select(['responded_at'])
      .where('application_id', '=', accepted.id)
      .where('status', '=', 'accepted')
      .executeTakeFirstOrThrow();
    expect(offer.responded_at).not.toBeNull();
    expect(pupil).toMatchObject({ offerAcceptedAt: offer.responded_at, notice: { status: 'not_issued', issuedAt: null, revokedAt: null } });
    expect(list.items.find((p: { applicationId: string }) => p.applicationId === enrolled.id).offerAcceptedAt).toEqual(expect.any(String));
    expect(pupil.idNumberMasked).not.toContain(family.idNumber.slice(6, 14));
    expect(response.body).not.toContain(family.idNumber);

    const onlyEnrolled = (await adminA.get(pupilsUrl(schoolA, '&status=enrolled'))).json();
    expect(onlyEnrolled.items.every((p: { status: string }) => p.status === 'enrolled')).toBe(true);
    expect(onlyEnrolled.counts).toEqual(list.counts);
    expect(
      (await adminA.get(`/api/enrollment/schools/${schoolA}/pupils?policyId=${otherPolicy.id}`))
        .json()
        .items.map((p: { applicationId: string }) => p.applicationId),
    ).toEqual([otherYear.id]);
  });

  it('shows the roster to the platform admin masked, and to no other school or bureau', async () => {
    const family = await createFamily(ctx, { name: '钱多多' });
    const app = await createApplication(ctx, policy, 'accepted', { family });
    const platform = await ctx.clientAs(policy.place.platformAdminId);
    const seen = (await platform.get(pupilsUrl(schoolA, '&pageSize=200'))).json().items.find((p: { applicationId: string }) => p.applicationId === app.id);
    expect(seen.childName).toBe('钱*多');
    const adminB = await ctx.clientAs((await createUser(ctx.db, { role: 'school_admin', organizationId: schoolB })).id);
    for (const client of [
      adminB,
      await ctx.clientAs(policy.place.reviewerId),
      await ctx.clientAs(policy.place.bureauAdminId),
      await ctx.clientAs(app.guardianId),
    ]) {
      expect((await client.get(pupilsUrl(schoolA))).json().error.code).toBe('auth.forbidden');
    }
  });

  it('records arrival at the version the school saw: enrolled, on the timeline, audited, and the family told', async () => {
    const app = await createApplication(ctx, policy, 'accepted');
    const stale = await arrival(adminA, app.id, { version: app.version - 1, arrived: true });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'resource.conflict']);

    const response = await arrival(adminA, app.id, { version: app.version, arrived: true });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ applicationId: app.id, status: 'enrolled', version: app.version + 1, childName: '张小明' });
    const row = await ctx.db.selectFrom('enrollment_applications').selectAll().where('id', '=', app.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'enrolled', arrival_recorded_by: adminAId });
    expect(row.arrival_recorded_at).not.toBeNull();
    const event = await ctx.db
      .selectFrom('enrollment_application_events')
      .selectAll()
      .where('application_id', '=', app.id)
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ kind: 'enrolled', from_status: 'accepted', to_status: 'enrolled', actor_user_id: adminAId });
    const notification = await ctx.db
      .selectFrom('notifications')
      .selectAll()
      .where('user_id', '=', app.guardianId)
      .where('kind', '=', 'enrolled')
      .executeTakeFirstOrThrow();
    expect(notification.sms_status).toBe('pending');
    expect(JSON.parse(notification.params)).toMatchObject({ reference: app.reference });
    expect(
      await ctx.db.selectFrom('audit_log').select('action').where('object_id', '=', app.id).where('action', '=', 'enrollment_application.enrolled').execute(),
    ).toHaveLength(1);

    const again = await arrival(adminA, app.id, { version: app.version + 1, arrived: false });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'enrollment.application_status_invalid']);
    expect(again.json().error.message).toContain('已报到');
  });

  it('records a no-show, after which the admission notice no longer verifies', async () => {
    const app = await createApplication(ctx, policy, 'accepted');
    expect((await (await ctx.clientAs(app.guardianId)).get(`/api/enrollment/applications/${app.id}/admission-notice.pdf`)).statusCode).toBe(200);
    const { verification_code: code } = await ctx.db
      .selectFrom('enrollment_admission_notices')
      .select('verification_code')
      .where('application_id', '=', app.id)
      .executeTakeFirstOrThrow();
    const anonymous = await ctx.anonymous();
    expect((await anonymous.get(`/api/public/admission-notices/${code}`)).json().status).toBe('valid');
    const listed = async () =>
      (await adminA.get(pupilsUrl(schoolA, '&pageSize=200'))).json().items.find((p: { applicationId: string }) => p.applicationId === app.id);
    expect((await listed()).notice).toEqual({ status: 'valid', issuedAt: expect.any(String), revokedAt: null });

    const response = await arrival(adminA, app.id, { version: app.version, arrived: false });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ status: 'no_show' });
    expect((await anonymous.get(`/api/public/admission-notices/${code}`)).json()).toMatchObject({ status: 'revoked', revokedOn: expect.any(String) });
    expect(response.json().notice).toEqual({ status: 'revoked', issuedAt: expect.any(String), revokedAt: expect.any(String) });
    expect((await listed()).notice.status).toBe('revoked');
    expect(await ctx.db.selectFrom('notifications').select('id').where('user_id', '=', app.guardianId).where('kind', '=', 'enrolled').execute()).toEqual([]);
  });

  it('lets only the admitting school record arrival; others learn nothing or are refused, and nothing changes', async () => {
    const app = await createApplication(ctx, policy, 'accepted');
    const adminB = await ctx.clientAs((await createUser(ctx.db, { role: 'school_admin', organizationId: schoolB })).id);
    const body = { version: app.version, arrived: true };
    expect((await arrival(adminB, app.id, body)).statusCode).toBe(404);
    for (const userId of [policy.place.reviewerId, policy.place.bureauAdminId, policy.place.platformAdminId, app.guardianId]) {
      expect((await arrival(await ctx.clientAs(userId), app.id, body)).json().error.code).toBe('auth.forbidden');
    }
    const placed = await createApplication(ctx, policy, 'placed');
    expect((await arrival(adminA, placed.id, { version: placed.version, arrived: true })).statusCode).toBe(404);
    expect((await arrival(adminA, app.id, { version: app.version, arrived: 'yes' })).statusCode).toBe(400);
    const row = await ctx.db.selectFrom('enrollment_applications').select(['status', 'version']).where('id', '=', app.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'accepted', version: app.version });
  });
});
