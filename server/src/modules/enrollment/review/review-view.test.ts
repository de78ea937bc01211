import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createFamily,
  createOpenPolicy,
  TEST_RESIDENCE_ADDRESS,
  type EnrollmentPlace,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';

const BASE = '/api/enrollment/review/applications';

describe.each(DIALECTS)("the reviewer's view of an application (%s)", (dialect) => {
  let ctx: TestContext;
  let place: EnrollmentPlace;
  let policy: PolicyFixture;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    place = await createEnrollmentPlace(ctx);
    policy = await createOpenPolicy(ctx, place);
  });
  afterAll(async () => ctx?.close());

  const audits = (action: string, objectId: string) =>
    ctx.db.selectFrom('audit_log').select(['actor_user_id', 'object_type', 'detail']).where('action', '=', action).where('object_id', '=', objectId).execute();

  it('shows the host reviewer the child, address, employer, documents, points and timeline, ID number masked, and audits it', async () => {
    const family = await createFamily(ctx, { name: '张小明' });
    const app = await createApplication(ctx, policy, 'supplement_requested', { family });
    const reviewer = await ctx.clientAs(place.reviewerId);
    const response = await reviewer.get(`${BASE}/${app.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const view = response.json();
    expect(view).toMatchObject({
      id: app.id,
      reference: app.reference,
      status: 'supplement_requested',
      version: app.version,
      route: { code: 'points', admissionBasis: 'points' },
      child: {
        name: '张小明',
        birthDate: family.birthDate,
        hukouDivisionCode: '510104',
        hukouAddress: '四川省成都市青羊区草市街 1 号',
        idNumberMasked: `510***********${family.idNumber.slice(-4)}`,
      },
      residenceAddress: TEST_RESIDENCE_ADDRESS,
      employer: '重庆某某物流有限公司',
      workKind: 'employed',
      originDivisionCode: '510104',
      points: { isRequired: true, declaredTotal: 34, verifiedTotal: null },
      allowedActions: ['reject'],
    });
    expect(response.body).not.toContain(family.idNumber);
    expect(view.guardian.mobileMasked).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(view.preferences.map((p: { schoolId: string }) => p.schoolId)).toEqual(policy.schoolIds.slice(0, 2));
    expect(view.preferences[0].schoolNameZh).not.toBe('');
    expect(view.documents.map((d: { material: string; status: string }) => [d.material, d.status]).sort()).toEqual([
      ['residence_permit', 'pending'],
      ['social_insurance_record', 'pending'],
    ]);
    expect(view.materials).toEqual([
      expect.objectContaining({ material: 'residence_permit', requirement: 'mandatory', isAccepted: false }),
      expect.objectContaining({ material: 'social_insurance_record', requirement: 'mandatory', isAccepted: false }),
      expect.objectContaining({ material: 'housing_proof', requirement: 'optional', isAccepted: false }),
    ]);
    expect(view.points.items).toEqual([
      expect.objectContaining({ key: 'residence_months', declaredValue: 24, declaredPoints: 12, verifiedValue: null, verifiedPoints: null }),
      expect.objectContaining({ key: 'social_insurance_months', declaredValue: 24, declaredPoints: 12 }),
      expect.objectContaining({ key: 'housing', declaredValue: 'rented', declaredPoints: 10 }),
    ]);
    expect(view.supplementRequests).toEqual([expect.objectContaining({ id: app.supplementRequestId, materials: ['residence_permit'], fulfilledAt: null })]);
    expect(view.events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'submitted', 'supplement_requested']);
    expect(view.events.at(-1)).toMatchObject({
      fromStatus: 'submitted',
      toStatus: 'supplement_requested',
      actorName: expect.any(String),
      detail: { materials: ['residence_permit'] },
    });
    expect(await audits('enrollment_application.view', app.id)).toEqual([
      { actor_user_id: place.reviewerId, object_type: 'enrollment_application', detail: null },
    ]);
  });

  it('shows each eligibility rule of the route, met or not, and flags a child more than two years above the usual age', async () => {
    const app = await createApplication(ctx, policy, 'submitted', { declared: { residence_months: 3, social_insurance_months: 24 } });
    // Eleven on 31 August 2027: five years above the usual age of a grade-1 pupil.
    await ctx.db.updateTable('children').set({ birth_date: '2016-03-01' }).where('id', '=', app.childId).execute();
    await ctx.db.updateTable('enrollment_documents').set({ status: 'accepted' }).where('id', '=', app.documentIds.social_insurance_record!).execute();
    const view = (await (await ctx.clientAs(place.reviewerId)).get(`${BASE}/${app.id}`)).json();
    const line = { required: null, declared: null, material: null };
    expect(view.route.monthsAsOf).toBe('2027-05-31');
    expect(view.eligibility).toEqual([
      { ...line, rule: 'residence_permit_months', isMet: false, required: 6, declared: 3 },
      { ...line, rule: 'social_insurance_months', isMet: true, required: 6, declared: 24 },
      { ...line, rule: 'employment', isMet: true },
      { ...line, rule: 'material', isMet: null, material: 'residence_permit' },
      { ...line, rule: 'material', isMet: true, material: 'social_insurance_record' },
      { ...line, rule: 'age_minimum', isMet: true, required: 6 },
      { ...line, rule: 'age_usual', isMet: false, required: 8 },
    ]);
    const young = await createApplication(ctx, policy, 'submitted');
    await ctx.db.updateTable('children').set({ birth_date: '2020-12-01' }).where('id', '=', young.childId).execute();
    const youngView = (await (await ctx.clientAs(place.reviewerId)).get(`${BASE}/${young.id}`)).json();
    expect(youngView.eligibility.filter((l: { rule: string }) => l.rule.startsWith('age'))).toEqual([
      { ...line, rule: 'age_minimum', isMet: true, required: 6 },
      { ...line, rule: 'age_usual', isMet: true, required: 8 },
    ]);
  });

  it('offers the review steps that the status allows', async () => {
    const reviewer = await ctx.clientAs(place.reviewerId);
    const actions = async (status: 'submitted' | 'approved', routeCode = 'points') =>
      (await reviewer.get(`${BASE}/${(await createApplication(ctx, policy, status, { routeCode })).id}`)).json().allowedActions;
    expect(await actions('submitted')).toEqual(['decide_documents', 'request_supplement', 'verify_points', 'approve', 'reject']);
    expect(await actions('submitted', 'non_points')).toEqual(['decide_documents', 'request_supplement', 'approve', 'reject']);
    expect(await actions('approved')).toEqual([]);
    // The reviewer who rejected cannot judge the appeal; another reviewer can.
    const appealed = await createApplication(ctx, policy, 'appealed');
    expect((await reviewer.get(`${BASE}/${appealed.id}`)).json()).toMatchObject({
      allowedActions: ['decide_documents', 'verify_points'],
      appeal: { id: appealed.appealId, status: 'open' },
    });
    const other = await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: place.bureauId });
    expect((await (await ctx.clientAs(other.id)).get(`${BASE}/${appealed.id}`)).json().allowedActions).toEqual([
      'decide_documents',
      'verify_points',
      'decide_appeal',
    ]);
  });

  it('answers 404 outside the host district and for drafts, 403 to the family and the bureau, without auditing', async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    const draft = await createApplication(ctx, policy, 'draft');
    const qingyang = await createEnrollmentPlace(ctx, '510105');
    const reviewer = await ctx.clientAs(place.reviewerId);
    const cases: [string, string, number][] = [
      ['Qingyang reviewer', qingyang.reviewerId, 404],
      ['Qingyang bureau', qingyang.bureauAdminId, 404],
      ['another guardian', (await createUser(ctx.db, { role: 'guardian' })).id, 404],
      ['a school admin', (await createUser(ctx.db, { role: 'school_admin', organizationId: policy.schoolIds[0] })).id, 404],
      ['the family', app.guardianId, 403],
      ['the host bureau', place.bureauAdminId, 403],
      ['the platform admin', place.platformAdminId, 403],
    ];
    for (const [who, userId, status] of cases) {
      const client = await ctx.clientAs(userId);
      expect((await client.get(`${BASE}/${app.id}`)).statusCode, who).toBe(status);
      expect((await client.post(`${BASE}/${app.id}/reveal-id-number`)).statusCode, who).toBe(status);
    }
    expect((await reviewer.get(`${BASE}/${draft.id}`)).statusCode).toBe(404);
    expect((await reviewer.get(`${BASE}/no-such-application`)).statusCode).toBe(404);
    expect(await audits('enrollment_application.view', app.id)).toEqual([]);
    expect(await audits('enrollment_application.id_number.view', app.id)).toEqual([]);
  });

  it('reveals the full ID number to the host reviewer, uncached and audited without the number', async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    const reviewer = await ctx.clientAs(place.reviewerId);
    const revealed = await reviewer.post(`${BASE}/${app.id}/reveal-id-number`);
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json()).toEqual({ idNumber: app.family.idNumber });
    expect(revealed.headers['cache-control']).toBe('no-store');
    expect(await audits('enrollment_application.id_number.view', app.id)).toEqual([
      { actor_user_id: place.reviewerId, object_type: 'enrollment_application', detail: JSON.stringify({ childId: app.childId }) },
    ]);
    const everything = await ctx.db.selectFrom('audit_log').select(['detail', 'actor_name', 'object_id']).execute();
    expect(JSON.stringify(everything)).not.toContain(app.family.idNumber);
  });
});
