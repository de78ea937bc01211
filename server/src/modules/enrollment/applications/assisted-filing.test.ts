import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_VERSION } from '../../../../../common/consent.ts';
import { makePng } from '../../../platform/files/files.fixtures.test-support.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { childBody, makeIdNumber, type TestIdNumber } from '../children/children.fixtures.test-support.ts';
import {
  createEnrollmentPlace,
  createFamily,
  createOpenPolicy,
  multipartUpload,
  type EnrollmentPlace,
  type PolicyFixture,
} from './applications.fixtures.test-support.ts';

const URL = '/api/enrollment/review/assisted-applications';
let mobiles = Math.floor(Math.random() * 1e7);
const freshMobile = () => `137${String(mobiles++).padStart(8, '0')}`;

describe.each(DIALECTS)('assisted filing at a counter (%s)', (dialect) => {
  let ctx: TestContext;
  let place: EnrollmentPlace;
  let policy: PolicyFixture;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    place = await createEnrollmentPlace(ctx);
    policy = await createOpenPolicy(ctx, place);
  });
  afterAll(async () => ctx?.close());

  const body = (mobile: string, id: TestIdNumber = makeIdNumber(), changes: Record<string, unknown> = {}) => {
    const { name, sex, birthDate, idNumber, hukouAddress, relation } = childBody(id);
    return {
      guardianMobile: mobile,
      child: { name, sex, birthDate, idNumber, hukouAddress, relation },
      consentTextVersion: CONSENT_TEXT_VERSION,
      application: {
        policyId: policy.id,
        routeCode: 'points',
        guardianName: '李桂芳',
        residenceAddress: '重庆市江北区五里店街道 8 号',
        workKind: 'flexible',
        declaredPoints: { residence_months: 30, social_insurance_months: 12 },
        preferences: [policy.schoolIds[0]],
      },
      ...changes,
    };
  };

  it('creates the guardian account, the child, the consent and a submitted application marked as assisted; the family sees it', async () => {
    const reviewer = await ctx.clientAs(place.reviewerId);
    const mobile = freshMobile();
    const filed = await reviewer.post(URL, body(mobile));
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({
      status: 'submitted',
      assisted: true,
      residenceAddress: '重庆市江北区五里店街道 8 号',
      child: { name: '张*明', hasConsent: true },
    });
    expect(filed.json().events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'assisted_filing']);
    expect(filed.json().allowedActions).toEqual(['review', 'upload_documents']);
    const guardian = await ctx.db.selectFrom('users').selectAll().where('mobile', '=', mobile).executeTakeFirstOrThrow();
    const grants = await ctx.db.selectFrom('role_grants').select('role').where('user_id', '=', guardian.id).execute();
    expect(grants).toEqual([{ role: 'guardian' }]);
    const row = await ctx.db.selectFrom('enrollment_applications').selectAll().where('id', '=', filed.json().id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ guardian_user_id: guardian.id, assisted_by: place.reviewerId, status: 'submitted' });
    const notes = await ctx.db.selectFrom('notifications').selectAll().where('user_id', '=', guardian.id).execute();
    expect(notes).toMatchObject([{ kind: 'application_submitted', sms_status: 'pending' }]);

    const family = await ctx.clientAs(guardian.id);
    expect((await family.get('/api/enrollment/applications')).json().items).toMatchObject([{ id: row.id, status: 'submitted' }]);
    expect((await family.get(`/api/enrollment/applications/${row.id}`)).json()).toMatchObject({
      child: { name: '张小明' },
      assisted: true,
      allowedActions: ['withdraw'],
    });

    const scan = multipartUpload({ material: 'residence_permit' }, { filename: 'scan.png', bytes: await makePng(30, 30) });
    const uploaded = await reviewer.request('POST', `/api/enrollment/applications/${row.id}/documents`, scan.body, scan.headers);
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({ uploadedByStaff: true, material: 'residence_permit' });
  });

  it('uses an existing guardian account and their child, answers a retry with the same key with the same application', async () => {
    const family = await createFamily(ctx);
    const mobile = (await ctx.db.selectFrom('users').select('mobile').where('id', '=', family.guardianId).executeTakeFirstOrThrow()).mobile!;
    const reviewer = await ctx.clientAs(place.reviewerId);
    const child = await ctx.db.selectFrom('children').selectAll().where('id', '=', family.childId).executeTakeFirstOrThrow();
    const request = body(mobile, { idNumber: family.idNumber, birthDate: child.birth_date, sex: child.sex });
    const first = await reviewer.request('POST', URL, request, { 'idempotency-key': 'counter-0001-abc' });
    const again = await reviewer.request('POST', URL, request, { 'idempotency-key': 'counter-0001-abc' });
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json().id).toBe(first.json().id);
    expect(first.json().child.id).toBe(family.childId);
    const apps = await ctx.db.selectFrom('enrollment_applications').select('guardian_user_id').where('child_id', '=', family.childId).execute();
    expect(apps).toEqual([{ guardian_user_id: family.guardianId }]);
    const duplicate = await reviewer.post(URL, request);
    expect(duplicate.json().error.code).toBe('enrollment.application_exists');
  });

  it("refuses another family's child, a staff member's mobile, a bad ID number and a bad mobile, writing nothing", async () => {
    const reviewer = await ctx.clientAs(place.reviewerId);
    const other = await createFamily(ctx);
    const child = await ctx.db.selectFrom('children').selectAll().where('id', '=', other.childId).executeTakeFirstOrThrow();
    const usersBefore = (await ctx.db.selectFrom('users').select('id').execute()).length;
    const stranger = await reviewer.post(URL, body(freshMobile(), { idNumber: other.idNumber, birthDate: child.birth_date, sex: child.sex }));
    expect(stranger.statusCode).toBe(409);
    expect(stranger.json().error.code).toBe('enrollment.child_exists');
    const staff = await createUser(ctx.db, { role: 'teacher', mobile: freshMobile() });
    const staffMobile = await reviewer.post(URL, body(staff.mobile!));
    expect(staffMobile.json().error.code).toBe('enrollment.guardian_mobile_unavailable');
    const id = makeIdNumber();
    const wrong = await reviewer.post(
      URL,
      body(freshMobile(), id, { child: { ...body('x', id).child, idNumber: id.idNumber.slice(0, 17) + (id.idNumber[17] === '0' ? '1' : '0') } }),
    );
    expect(wrong.json().error.code).toBe('enrollment.id_number_invalid');
    expect((await reviewer.post(URL, body('10000000000'))).json().error.code).toBe('auth.mobile_invalid');
    expect((await ctx.db.selectFrom('users').select('id').execute()).length).toBe(usersBefore + 1); // the staff member made above
  });

  it('is for reviewers of the host district only', async () => {
    const elsewhere = await createEnrollmentPlace(ctx, '510105');
    for (const userId of [elsewhere.reviewerId, place.bureauAdminId, place.platformAdminId, (await createFamily(ctx)).guardianId]) {
      const refused = await (await ctx.clientAs(userId)).post(URL, body(freshMobile()));
      expect(refused.statusCode).toBe(403);
    }
    expect(await ctx.db.selectFrom('enrollment_applications').select('id').where('assisted_by', '=', elsewhere.reviewerId).execute()).toEqual([]);
  });
});
