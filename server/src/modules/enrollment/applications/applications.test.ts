import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePng } from '../../../platform/files/files.fixtures.test-support.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import { policyBody } from '../policies/policies.fixtures.test-support.ts';
import { REFERENCE_PATTERN } from './application-reference.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createFamily,
  createOpenPolicy,
  multipartUpload,
  type EnrollmentPlace,
  type FamilyFixture,
  type PolicyFixture,
} from './applications.fixtures.test-support.ts';

const ADDRESS = '重庆市江北区观音桥街道建新北路 10 号';
const BASE = '/api/enrollment/applications';

/** A complete draft body of the family for the policy. */
const draftBody = (policy: PolicyFixture, family: FamilyFixture, changes: Record<string, unknown> = {}) => ({
  policyId: policy.id,
  childId: family.childId,
  routeCode: 'points',
  guardianName: '张建国',
  residenceAddress: ADDRESS,
  residenceRegionId: '500105',
  employer: '重庆某某物流有限公司',
  workKind: 'employed',
  declaredPoints: { residence_months: 24, social_insurance_months: 12, housing: 'rented' },
  preferences: policy.schoolIds,
  ...changes,
});

describe.each(DIALECTS)('applications: drafts, submission, withdrawal (%s)', (dialect) => {
  let ctx: TestContext;
  let place: EnrollmentPlace;
  let policy: PolicyFixture;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    place = await createEnrollmentPlace(ctx);
    policy = await createOpenPolicy(ctx, place);
  });
  afterAll(async () => ctx?.close());

  const count = async (table: 'enrollment_applications' | 'enrollment_application_events' | 'notifications' | 'idempotency_keys', where?: [string, string]) => {
    let query = ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (where) query = query.where(where[0] as never, '=', where[1] as never);
    return Number((await query.executeTakeFirstOrThrow()).n);
  };
  const familyClient = async (): Promise<[FamilyFixture, TestClient]> => {
    const family = await createFamily(ctx);
    return [family, await ctx.clientAs(family.guardianId)];
  };
  const withKey = (client: TestClient, method: 'POST', url: string, body: unknown, key: string) =>
    client.request(method, url, body, { 'idempotency-key': key });
  const upload = async (client: TestClient, id: string, material: string) => {
    const { body, headers } = multipartUpload({ material }, { filename: `${material}.png`, bytes: await makePng(40, 30), contentType: 'image/png' });
    return client.request('POST', `${BASE}/${id}/documents`, body, headers);
  };
  const readyDraft = async (): Promise<[FamilyFixture, TestClient, { id: string; version: number }]> => {
    const [family, client] = await familyClient();
    const created = await client.post(BASE, draftBody(policy, family));
    expect(created.statusCode).toBe(201);
    for (const material of policy.routes.points!.mandatory) expect((await upload(client, created.json().id, material)).statusCode).toBe(201);
    return [family, client, { id: created.json().id, version: created.json().version }];
  };

  it('creates a draft with a reference, the address sealed at rest, the points broken down and the next steps', async () => {
    const [family, client] = await familyClient();
    const created = await client.post(BASE, draftBody(policy, family));
    expect(created.statusCode).toBe(201);
    const view = created.json();
    expect(view.reference).toMatch(REFERENCE_PATTERN);
    expect(view).toMatchObject({
      status: 'draft',
      version: 1,
      residenceAddress: ADDRESS,
      guardianName: '张建国',
      workKind: 'employed',
      pointsDeclared: 28,
      child: { id: family.childId, name: family.childName, hasConsent: true },
      route: { code: 'points', admissionBasis: 'points' },
      assisted: false,
      preferences: [
        { rank: 1, schoolId: policy.schoolIds[0] },
        { rank: 2, schoolId: policy.schoolIds[1] },
      ],
      events: [{ kind: 'created', toStatus: 'draft' }],
      allowedActions: ['edit', 'upload_documents', 'submit', 'withdraw'],
    });
    expect(view.pointsBreakdown).toMatchObject({ total: 28, maxTotal: 86 });
    expect(view.route.materials.map((m: { uploaded: boolean }) => m.uploaded)).toEqual([false, false, false]);
    const row = await ctx.db.selectFrom('enrollment_applications').selectAll().where('id', '=', view.id).executeTakeFirstOrThrow();
    expect(row.residence_address_enc).not.toContain('观音桥');
    expect(row).toMatchObject({ active_key: `${policy.id}:${family.childId}`, origin_division_code: '510104', host_region_path: policy.hostRegionPath });
    const list = await client.get(BASE);
    expect(list.json().items).toMatchObject([{ id: view.id, reference: view.reference, status: 'draft', childName: family.childName, routeCode: 'points' }]);
  });

  it('answers a retried create with the same Idempotency-Key with the same application, and a reused key with 422', async () => {
    const [family, client] = await familyClient();
    const body = draftBody(policy, family);
    const first = await withKey(client, 'POST', BASE, body, 'create-key-0001');
    const again = await withKey(client, 'POST', BASE, body, 'create-key-0001');
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.json().id).toBe(first.json().id);
    expect(await count('enrollment_applications', ['child_id', family.childId])).toBe(1);
    const other = await withKey(client, 'POST', BASE, { ...body, employer: '另一家公司' }, 'create-key-0001');
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('request.idempotency_key_reused');
    expect((await withKey(client, 'POST', BASE, body, 'bad key')).statusCode).toBe(400);
  });

  it('refuses preferences outside the designated schools, duplicates, too many, unknown points items and a residence elsewhere, writing nothing', async () => {
    const [family, client] = await familyClient();
    const outsider = (await createFamily(ctx)).childId; // any id that is no school
    const before = await count('enrollment_applications');
    const refused = await client.post(
      BASE,
      draftBody(policy, family, {
        preferences: [policy.schoolIds[0], policy.schoolIds[0], outsider],
        declaredPoints: { pets: 2, residence_months: 1.5 },
        residenceRegionId: '510104',
      }),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('enrollment.application_invalid');
    expect(
      refused
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['/declaredPoints/pets', '/declaredPoints/residence_months', '/preferences', '/preferences/1', '/preferences/2', '/residenceRegionId']);
    const nonPoints = await client.post(BASE, draftBody(policy, family, { routeCode: 'non_points' }));
    expect(nonPoints.json().error.fields).toEqual([{ field: '/declaredPoints', message: '该报名途径不计积分，请不要申报积分项' }]);
    expect((await client.post(BASE, draftBody(policy, family, { routeCode: 'express' }))).json().error.code).toBe('enrollment.route_unknown');
    expect((await client.post(BASE, { ...draftBody(policy, family), status: 'approved' })).statusCode).toBe(400);
    expect(await count('enrollment_applications')).toBe(before);
  });

  it('keeps one active application per child and policy, naming the one that exists; withdrawing frees the child', async () => {
    const [family, client] = await familyClient();
    const first = await client.post(BASE, draftBody(policy, family));
    const second = await client.post(BASE, draftBody(policy, family, { routeCode: 'non_points', declaredPoints: {} }));
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({ code: 'enrollment.application_exists' });
    expect(second.json().error.message).toContain(first.json().reference);
    const withdrawn = await client.post(`${BASE}/${first.json().id}/withdraw`, { version: first.json().version });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', allowedActions: [] });
    expect((await client.post(BASE, draftBody(policy, family))).statusCode).toBe(201);
  });

  it('answers 20 parallel creates with the same key with one and the same application', async () => {
    const [family, client] = await familyClient();
    const answers = await Promise.all(Array.from({ length: 20 }, () => withKey(client, 'POST', BASE, draftBody(policy, family), 'parallel-key-0001')));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await count('enrollment_applications', ['child_id', family.childId])).toBe(1);
  });

  it('lets 50 parallel creates for the same child make exactly one application', async () => {
    const [family, client] = await familyClient();
    const answers = await Promise.all(Array.from({ length: 50 }, () => client.post(BASE, draftBody(policy, family))));
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.statusCode === 409 && a.json().error.code === 'enrollment.application_exists')).toHaveLength(49);
    expect(await count('enrollment_applications', ['child_id', family.childId])).toBe(1);
  });

  it("hides another family's child and application (404), refuses staff (403) and a draft policy (404)", async () => {
    const [family, client] = await familyClient();
    const [, stranger] = await familyClient();
    expect((await stranger.post(BASE, draftBody(policy, family))).statusCode).toBe(404);
    const created = await client.post(BASE, draftBody(policy, family));
    expect((await stranger.get(`${BASE}/${created.json().id}`)).statusCode).toBe(404);
    expect((await stranger.put(`${BASE}/${created.json().id}`, { version: 1, employer: 'x' })).statusCode).toBe(404);
    const reviewer = await ctx.clientAs(place.reviewerId);
    expect((await reviewer.post(BASE, draftBody(policy, family))).statusCode).toBe(403);
    expect((await reviewer.get(BASE)).statusCode).toBe(403);
    const admin = await ctx.clientAs(place.platformAdminId);
    const draftPolicy = await admin.post('/api/enrollment/policies', policyBody(place.bureauId, place.schoolIds));
    expect((await client.post(BASE, { ...draftBody(policy, family), policyId: draftPolicy.json().id })).statusCode).toBe(404);
    const anonymous = await ctx.anonymous();
    expect((await anonymous.post(BASE, draftBody(policy, family))).statusCode).toBe(401);
  });

  it('updates a draft with its version, refusing a stale version and anything after submission', async () => {
    const [, client, draft] = await readyDraft();
    const changed = await client.put(`${BASE}/${draft.id}`, {
      version: draft.version,
      employer: '重庆新公司',
      preferences: [policy.schoolIds[1]],
      declaredPoints: { residence_months: 24, social_insurance_months: 12, housing: 'owned' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      version: draft.version + 1,
      employer: '重庆新公司',
      residenceAddress: ADDRESS,
      pointsDeclared: 38,
      preferences: [{ rank: 1, schoolId: policy.schoolIds[1] }],
    });
    const stale = await client.put(`${BASE}/${draft.id}`, { version: draft.version, employer: '旧' });
    expect(stale.json().error.code).toBe('resource.conflict');
    const submitted = await client.post(`${BASE}/${draft.id}/submit`, { version: changed.json().version });
    expect(submitted.statusCode).toBe(200);
    const late = await client.put(`${BASE}/${draft.id}`, { version: submitted.json().version, employer: '再改' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('enrollment.application_status_invalid');
  });

  it('refuses an incomplete submission listing every gap, and submits once complete: event, notification with SMS', async () => {
    const [family, client] = await familyClient();
    const created = await client.post(BASE, { policyId: policy.id, childId: family.childId, routeCode: 'points', workKind: 'employed' });
    const id = created.json().id;
    const incomplete = await client.post(`${BASE}/${id}/submit`, { version: 1 });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.code).toBe('enrollment.application_incomplete');
    expect(incomplete.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      '/guardianName',
      '/residenceAddress',
      '/employer',
      '/preferences',
      '/documents/residence_permit',
      '/documents/social_insurance_record',
    ]);
    expect(incomplete.json().error.fields[4].message).toBe('请上传必交材料「居住证」');
    const filled = await client.put(`${BASE}/${id}`, { ...draftBody(policy, family), policyId: undefined, childId: undefined, version: 1 });
    expect(filled.statusCode).toBe(200);
    for (const material of policy.routes.points!.mandatory) await upload(client, id, material);
    const submitted = await client.post(`${BASE}/${id}/submit`, { version: filled.json().version });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', allowedActions: ['withdraw'] });
    expect(submitted.json().submittedAt).not.toBeNull();
    expect(submitted.json().events.map((e: { kind: string }) => e.kind)).toEqual(['created', 'submitted']);
    const notes = await ctx.db.selectFrom('notifications').selectAll().where('user_id', '=', family.guardianId).execute();
    expect(notes).toMatchObject([{ kind: 'application_submitted', sms_status: 'pending', object_id: id }]);
    expect(JSON.parse(notes[0]!.params)).toEqual({ reference: submitted.json().reference });
  });

  it("refuses a submission below the route's minimum months or without work, listing each rule, and writes nothing", async () => {
    const [family, client] = await familyClient();
    const created = await client.post(
      BASE,
      draftBody(policy, family, { declaredPoints: { residence_months: 0, social_insurance_months: 5 }, workKind: 'other' }),
    );
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    for (const material of policy.routes.points!.mandatory) expect((await upload(client, id, material)).statusCode).toBe(201);
    const draft = (await client.get(`${BASE}/${id}`)).json();
    const refused = await client.post(`${BASE}/${id}/submit`, { version: draft.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'enrollment.eligibility_not_met', message: '不符合该报名途径的申请条件（3 项），未提交' });
    expect(refused.json().error.fields).toEqual([
      { field: '/declaredPoints/residence_months', message: '该报名途径要求居住证满 6 个月，申报为 0 个月' },
      { field: '/declaredPoints/social_insurance_months', message: '该报名途径要求社保缴费满 6 个月，申报为 5 个月' },
      { field: '/workKind', message: expect.stringContaining('就业') },
    ]);
    const after = (await client.get(`${BASE}/${id}`)).json();
    expect(after).toMatchObject({ status: 'draft', version: draft.version, submittedAt: null });
    expect(await count('enrollment_application_events', ['application_id', id])).toBe(1);
    const fixed = await client.put(`${BASE}/${id}`, {
      version: draft.version,
      declaredPoints: { residence_months: 6, social_insurance_months: 6 },
      workKind: 'flexible',
    });
    expect(fixed.statusCode).toBe(200);
    expect((await client.post(`${BASE}/${id}/submit`, { version: fixed.json().version })).statusCode).toBe(200);
  });

  it('tells a document waiting for a reviewer from one not handed in yet (a draft, a reply to a supplement request not resubmitted)', async () => {
    const [, client, draft] = await readyDraft();
    const awaiting = async (id: string) =>
      Object.fromEntries(
        ((await client.get(`${BASE}/${id}`)).json().documents as { material: string; status: string; isAwaitingReview: boolean }[])
          .filter((d) => d.status !== 'superseded')
          .map((d) => [d.material, [d.status, d.isAwaitingReview]]),
      );
    expect(await awaiting(draft.id)).toEqual({ residence_permit: ['pending', false], social_insurance_record: ['pending', false] });
    const uploaded = await upload(client, draft.id, 'housing_proof');
    expect(uploaded.json()).toMatchObject({ status: 'pending', isAwaitingReview: false });
    expect((await client.post(`${BASE}/${draft.id}/submit`, { version: draft.version })).statusCode).toBe(200);
    expect(await awaiting(draft.id)).toEqual({
      residence_permit: ['pending', true],
      social_insurance_record: ['pending', true],
      housing_proof: ['pending', true],
    });

    const asked = await createApplication(ctx, policy, 'supplement_requested');
    const family = await ctx.clientAs(asked.guardianId);
    const reply = await upload(family, asked.id, 'residence_permit');
    expect(reply.json()).toMatchObject({ status: 'pending', isAwaitingReview: false });
    const view = (await family.get(`${BASE}/${asked.id}`)).json();
    const live = view.documents
      .filter((d: { status: string }) => d.status !== 'superseded')
      .map((d: { material: string; isAwaitingReview: boolean }) => [d.material, d.isAwaitingReview]);
    expect(live.sort()).toEqual([
      ['residence_permit', false],
      ['social_insurance_record', true],
    ]);
  });

  it('answers a retried submit with the same key with the same answer and one event; another key gets a clear 409; another body 422', async () => {
    const [, client, draft] = await readyDraft();
    const url = `${BASE}/${draft.id}/submit`;
    const answers = await Promise.all(Array.from({ length: 10 }, () => withKey(client, 'POST', url, { version: draft.version }, 'submit-key-0001')));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((a) => a.json().status))).toEqual(new Set(['submitted']));
    expect(await count('enrollment_application_events', ['application_id', draft.id])).toBe(2);
    const otherKey = await withKey(client, 'POST', url, { version: draft.version }, 'submit-key-0002');
    expect(otherKey.statusCode).toBe(409);
    expect(otherKey.json().error.code).toBe('enrollment.application_status_invalid');
    const otherBody = await withKey(client, 'POST', url, { version: draft.version + 1 }, 'submit-key-0001');
    expect(otherBody.statusCode).toBe(422);
    const notes = await ctx.db.selectFrom('notifications').select('kind').where('object_id', '=', draft.id).execute();
    expect(notes).toHaveLength(1);
  });

  it("refuses a submission outside the window with the window in the message, in the reader's language", async () => {
    const [family, client, draft] = await readyDraft();
    await ctx.db.updateTable('enrollment_policies').set({ window_closes_at: '2026-01-01T00:00:00.000Z' }).where('id', '=', policy.id).execute();
    try {
      const refused = await client.post(`${BASE}/${draft.id}/submit`, { version: draft.version });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('enrollment.window_closed');
      expect(refused.json().error.message).toContain('2026-01-01 08:00');
      const english = await ctx.clientAs(family.guardianId);
      await english.request('PUT', '/api/auth/preferences', { locale: 'en-US' });
      const inEnglish = await english.post(`${BASE}/${draft.id}/submit`, { version: draft.version });
      expect(inEnglish.json().error.message).toMatch(/^Applications are not being taken now/);
      expect((await client.get(`${BASE}/${draft.id}`)).json().status).toBe('draft');
      expect((await client.post(BASE, draftBody(policy, await createFamily(ctx, { guardianId: family.guardianId })))).json().error.code).toBe(
        'enrollment.window_closed',
      );
    } finally {
      await ctx.db.updateTable('enrollment_policies').set({ window_closes_at: policy.windowClosesAt }).where('id', '=', policy.id).execute();
    }
  });

  it('refuses a child too young for the age rule and a child whose consent was withdrawn', async () => {
    const young = await createOpenPolicy(ctx, place, { changes: { ageMinYears: 13 } });
    const [family, client] = await familyClient();
    const created = await client.post(BASE, draftBody(young, family));
    for (const material of young.routes.points!.mandatory) await upload(client, created.json().id, material);
    const refused = await client.post(`${BASE}/${created.json().id}/submit`, { version: 1 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'enrollment.age_rule_not_met',
      message: '孩子须在 2027-08-31 前（含当日）年满 13 周岁，才能申请本招生政策',
    });

    const [other, otherClient, draft] = await readyDraft();
    await otherClient.post(`/api/enrollment/children/${other.childId}/consents/withdraw`);
    const noConsent = await otherClient.post(`${BASE}/${draft.id}/submit`, { version: draft.version });
    expect(noConsent.json().error.code).toBe('enrollment.consent_required');
  });

  it('resubmits after a supplement request: the requested material replaced, the request fulfilled, back to submitted', async () => {
    const app = await createApplication(ctx, policy, 'supplement_requested');
    const client = await ctx.clientAs(app.guardianId);
    const [requested, other] = policy.routes.points!.mandatory as [string, string];
    const early = await client.post(`${BASE}/${app.id}/submit`, { version: app.version });
    expect(early.json().error.fields.map((f: { field: string }) => f.field)).toEqual([`/documents/${requested}`]);
    const locked = await upload(client, app.id, other);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error).toMatchObject({ code: 'enrollment.document_locked', message: expect.stringContaining('社保缴费证明') });
    expect((await upload(client, app.id, requested)).statusCode).toBe(201);
    const resubmitted = await client.post(`${BASE}/${app.id}/submit`, { version: app.version });
    expect(resubmitted.statusCode).toBe(200);
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', supplementRequest: null });
    expect(resubmitted.json().events.at(-1)).toMatchObject({ kind: 'resubmitted', fromStatus: 'supplement_requested', toStatus: 'submitted' });
    const docs = resubmitted.json().documents.filter((d: { material: string }) => d.material === requested);
    expect(docs.map((d: { status: string }) => d.status)).toEqual(['superseded', 'pending']);
    const request = await ctx.db.selectFrom('enrollment_supplement_requests').selectAll().where('id', '=', app.supplementRequestId!).executeTakeFirstOrThrow();
    expect(request.fulfilled_at).not.toBeNull();
  });

  it('refuses a resubmission after the supplement deadline', async () => {
    const app = await createApplication(ctx, policy, 'supplement_requested');
    await ctx.db
      .updateTable('enrollment_supplement_requests')
      .set({ deadline: '2026-01-02T00:00:00.000Z' })
      .where('id', '=', app.supplementRequestId!)
      .execute();
    const client = await ctx.clientAs(app.guardianId);
    const refused = await client.post(`${BASE}/${app.id}/submit`, { version: app.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('enrollment.supplement_overdue');
  });

  it('lets many families submit at once: every submission lands (group commit)', async () => {
    const drafts = await Promise.all(Array.from({ length: 12 }, () => readyDraft()));
    const answers = await Promise.all(drafts.map(([, client, draft]) => client.post(`${BASE}/${draft.id}/submit`, { version: draft.version })));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(12).fill(200));
    const rows = await ctx.db
      .selectFrom('enrollment_applications')
      .select('status')
      .where(
        'id',
        'in',
        drafts.map(([, , d]) => d.id),
      )
      .execute();
    expect(rows.every((r) => r.status === 'submitted')).toBe(true);
  });

  it('withdraws with the version, refusing it once decided', async () => {
    const approved = await createApplication(ctx, policy, 'rejected');
    const client = await ctx.clientAs(approved.guardianId);
    const refused = await client.post(`${BASE}/${approved.id}/withdraw`, { version: approved.version });
    expect(refused.json().error.code).toBe('enrollment.application_status_invalid');
    const submitted = await createApplication(ctx, policy, 'submitted');
    const mine = await ctx.clientAs(submitted.guardianId);
    expect((await mine.post(`${BASE}/${submitted.id}/withdraw`, { version: submitted.version + 5 })).json().error.code).toBe('resource.conflict');
    const withdrawn = await mine.post(`${BASE}/${submitted.id}/withdraw`, { version: submitted.version });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    const row = await ctx.db.selectFrom('enrollment_applications').select('active_key').where('id', '=', submitted.id).executeTakeFirstOrThrow();
    expect(row.active_key).toBeNull();
  });

  it('shows reviewers of the host district the address (on record), others a masked child and no address', async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    const reviewer = await ctx.clientAs(place.reviewerId);
    const seen = await reviewer.get(`${BASE}/${app.id}`);
    expect(seen.json()).toMatchObject({ residenceAddress: ADDRESS, child: { name: '张*明' }, allowedActions: ['review'] });
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('object_id', '=', app.id).execute();
    expect(audit.map((a) => a.action)).toContain('enrollment_application.view');
    const admin = await ctx.clientAs(place.bureauAdminId);
    expect((await admin.get(`${BASE}/${app.id}`)).json()).toMatchObject({
      residenceAddress: null,
      employer: null,
      child: { name: '张*明' },
      allowedActions: [],
    });
    const elsewhere = await ctx.clientAs(
      (await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: (await createEnrollmentPlace(ctx, '510105')).bureauId })).id,
    );
    expect((await elsewhere.get(`${BASE}/${app.id}`)).statusCode).toBe(404);
  });

  it('simulates points item by item with hints, and refuses a route without points and unknown items', async () => {
    const [, client] = await familyClient();
    const simulated = await client.post('/api/enrollment/points-simulation', {
      policyId: policy.id,
      routeCode: 'points',
      declared: { residence_months: 12, housing: 'rented' },
    });
    expect(simulated.statusCode).toBe(200);
    expect(simulated.json()).toMatchObject({ total: 16, maxTotal: 86 });
    expect(simulated.json().hints.map((h: { key: string }) => h.key)).toEqual(['social_insurance_months', 'residence_months', 'housing']);
    const nonPoints = await client.post('/api/enrollment/points-simulation', { policyId: policy.id, routeCode: 'non_points', declared: {} });
    expect(nonPoints.json().error.code).toBe('enrollment.route_not_points');
    const unknown = await client.post('/api/enrollment/points-simulation', { policyId: policy.id, routeCode: 'points', declared: { pets: 1 } });
    expect(unknown.json().error).toMatchObject({ code: 'enrollment.points_declared_invalid', fields: [{ field: '/declared/pets' }] });
  });
});
