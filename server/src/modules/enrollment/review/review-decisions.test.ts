import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createOpenPolicy,
  type ApplicationFixture,
  type EnrollmentPlace,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';

const BASE = '/api/enrollment/review/applications';
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

describe.each(DIALECTS)('review decisions (%s)', (dialect) => {
  let ctx: TestContext;
  let place: EnrollmentPlace;
  let policy: PolicyFixture;
  let reviewer: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    place = await createEnrollmentPlace(ctx);
    policy = await createOpenPolicy(ctx, place);
    reviewer = await ctx.clientAs(place.reviewerId);
  });
  afterAll(async () => ctx?.close());

  const application = (id: string) => ctx.db.selectFrom('enrollment_applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const events = (id: string) =>
    ctx.db.selectFrom('enrollment_application_events').selectAll().where('application_id', '=', id).orderBy('at').orderBy('id').execute();
  const notifications = (app: ApplicationFixture) =>
    ctx.db.selectFrom('notifications').selectAll().where('user_id', '=', app.guardianId).orderBy('created_at').execute();
  const lastEvent = async (id: string) => {
    const event = (await events(id)).at(-1)!;
    return { ...event, detail: event.detail ? JSON.parse(event.detail) : null };
  };
  /** Everything a refused decision must leave as it was. */
  const snapshot = async (app: ApplicationFixture) =>
    JSON.stringify({
      app: await application(app.id),
      events: (await events(app.id)).length,
      notifications: (await notifications(app)).length,
      documents: await ctx.db.selectFrom('enrollment_documents').selectAll().where('application_id', '=', app.id).orderBy('id').execute(),
      supplements: await ctx.db.selectFrom('enrollment_supplement_requests').selectAll().where('application_id', '=', app.id).execute(),
    });
  const decideDocument = (
    app: ApplicationFixture,
    material: 'residence_permit' | 'social_insurance_record' | 'hukou_register' | 'birth_certificate',
    body: Record<string, unknown>,
    client = reviewer,
  ) => client.post(`${BASE}/${app.id}/documents/${app.documentIds[material]}/decision`, body);

  it('accepts a document and rejects another with a reason the family reads on the timeline and in a notification', async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    const accepted = await decideDocument(app, 'residence_permit', { version: app.version, decision: 'accept' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ id: app.id, reference: app.reference, status: 'submitted', version: app.version + 1 });
    expect(await lastEvent(app.id)).toMatchObject({
      kind: 'document_accepted',
      actor_user_id: place.reviewerId,
      detail: { documentId: app.documentIds.residence_permit, material: 'residence_permit' },
    });

    const noReason = await decideDocument(app, 'social_insurance_record', { version: app.version + 1, decision: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('enrollment.reason_required');
    const blank = await decideDocument(app, 'social_insurance_record', { version: app.version + 1, decision: 'reject', reason: '   ' });
    expect(blank.json().error.code).toBe('enrollment.reason_required');

    const rejected = await decideDocument(app, 'social_insurance_record', {
      version: app.version + 1,
      decision: 'reject',
      reason: '社保证明缺少近 6 个月记录',
    });
    expect(rejected.json().version).toBe(app.version + 2);
    const doc = await ctx.db
      .selectFrom('enrollment_documents')
      .selectAll()
      .where('id', '=', app.documentIds.social_insurance_record!)
      .executeTakeFirstOrThrow();
    expect(doc).toMatchObject({ status: 'rejected', rejection_reason: '社保证明缺少近 6 个月记录', decided_by: place.reviewerId });
    expect(await lastEvent(app.id)).toMatchObject({
      kind: 'document_rejected',
      detail: { material: 'social_insurance_record', reason: '社保证明缺少近 6 个月记录' },
    });
    const told = (await notifications(app)).filter((n) => n.kind === 'document_rejected');
    expect(told).toHaveLength(1);
    expect(JSON.parse(told[0]!.params)).toEqual({ reference: app.reference, material: 'social_insurance_record', reason: '社保证明缺少近 6 个月记录' });
    expect(told[0]).toMatchObject({ object_type: 'enrollment_application', object_id: app.id, sms_status: 'none' });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'enrollment_application.document_decide')
      .where('object_id', '=', app.id)
      .execute();
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('社保');
  });

  it("refuses a stale version, a superseded document, another application's document and a status without review, writing nothing", async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    const before = await snapshot(app);
    const stale = await decideDocument(app, 'residence_permit', { version: app.version - 1, decision: 'accept' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('resource.conflict');
    const other = await createApplication(ctx, policy, 'submitted');
    expect(
      (await reviewer.post(`${BASE}/${app.id}/documents/${other.documentIds.residence_permit}/decision`, { version: app.version, decision: 'accept' }))
        .statusCode,
    ).toBe(404);
    expect((await decideDocument(app, 'residence_permit', { version: app.version, decision: 'maybe' })).statusCode).toBe(400);
    expect(await snapshot(app)).toBe(before);

    await ctx.db.updateTable('enrollment_documents').set({ status: 'superseded' }).where('id', '=', app.documentIds.residence_permit!).execute();
    const superseded = await decideDocument(app, 'residence_permit', { version: app.version, decision: 'accept' });
    expect(superseded.statusCode).toBe(409);
    expect(superseded.json().error.code).toBe('enrollment.document_superseded');

    const approved = await createApplication(ctx, policy, 'approved');
    const late = await decideDocument(approved, 'residence_permit', { version: approved.version, decision: 'reject', reason: '不清晰' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'enrollment.application_status_invalid', message: '申请当前状态为「审核通过」，不能进行此操作' });
  });

  it("requests a supplement of the route's materials by a deadline; the family is told by SMS", async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    const before = await snapshot(app);
    const foreign = await reviewer.post(`${BASE}/${app.id}/supplement-request`, {
      version: app.version,
      materials: ['residence_permit', 'hukou_register'],
      message: '请补充',
      deadline: inDays(7),
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error).toMatchObject({ code: 'enrollment.material_not_of_route', fields: [{ field: '/materials/1' }] });
    const past = await reviewer.post(`${BASE}/${app.id}/supplement-request`, {
      version: app.version,
      materials: ['residence_permit'],
      message: '请补充',
      deadline: inDays(-1),
    });
    expect(past.json().error.code).toBe('enrollment.deadline_past');
    const empty = await reviewer.post(`${BASE}/${app.id}/supplement-request`, { version: app.version, materials: [], message: '请补充', deadline: inDays(7) });
    expect(empty.statusCode).toBe(400);
    expect(await snapshot(app)).toBe(before);

    const deadline = inDays(7);
    const requested = await reviewer.post(`${BASE}/${app.id}/supplement-request`, {
      version: app.version,
      materials: ['residence_permit', 'housing_proof'],
      message: '居住证照片不清晰，请重新拍摄上传',
      deadline,
    });
    expect(requested.statusCode).toBe(200);
    expect(requested.json()).toMatchObject({ status: 'supplement_requested', version: app.version + 1 });
    const row = await application(app.id);
    expect(row).toMatchObject({ status: 'supplement_requested', supplement_deadline: deadline });
    const request = await ctx.db.selectFrom('enrollment_supplement_requests').selectAll().where('application_id', '=', app.id).executeTakeFirstOrThrow();
    expect(request).toMatchObject({
      materials: JSON.stringify(['residence_permit', 'housing_proof']),
      message: '居住证照片不清晰，请重新拍摄上传',
      deadline,
      requested_by: place.reviewerId,
      fulfilled_at: null,
    });
    expect(await lastEvent(app.id)).toMatchObject({
      kind: 'supplement_requested',
      from_status: 'submitted',
      to_status: 'supplement_requested',
      detail: { supplementRequestId: request.id, materials: ['residence_permit', 'housing_proof'], message: '居住证照片不清晰，请重新拍摄上传', deadline },
    });
    const told = (await notifications(app)).filter((n) => n.kind === 'supplement_requested');
    expect(told).toMatchObject([{ sms_status: 'pending', object_id: app.id }]);
    expect(JSON.parse(told[0]!.params)).toEqual({ reference: app.reference, deadline });
    const again = await reviewer.post(`${BASE}/${app.id}/supplement-request`, {
      version: app.version + 1,
      materials: ['residence_permit'],
      message: '再补充',
      deadline,
    });
    expect(again.json().error.code).toBe('enrollment.application_status_invalid');
  });

  it('verifies points item by item into verified_points and their total', async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    const before = await snapshot(app);
    const invalid = await reviewer.post(`${BASE}/${app.id}/points-verification`, {
      version: app.version,
      verified: { residence_months: 12.5, housing: 'palace', pets: 2 },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('enrollment.points_verified_invalid');
    expect(
      invalid
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['/verified/housing', '/verified/pets', '/verified/residence_months']);
    const nonPoints = await createApplication(ctx, policy, 'submitted', { routeCode: 'non_points' });
    const notPoints = await reviewer.post(`${BASE}/${nonPoints.id}/points-verification`, { version: nonPoints.version, verified: {} });
    expect(notPoints.json().error.code).toBe('enrollment.route_not_points');
    expect(await snapshot(app)).toBe(before);

    const reasons = { residence_months: '居住证有效期自 2025 年 11 月起算', social_insurance_months: '社保明细显示累计 80 个月' };
    const verified = await reviewer.post(`${BASE}/${app.id}/points-verification`, {
      version: app.version,
      verified: { residence_months: 18, social_insurance_months: 80, housing: 'rented' },
      reasons,
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'submitted', version: app.version + 1 });
    const row = await application(app.id);
    expect(row.points_verified).toBe(9 + 36 + 10);
    expect(JSON.parse(row.verified_points!)).toEqual({ residence_months: 18, social_insurance_months: 80, housing: 'rented' });
    expect(row.points_declared).toBe(34);
    expect(await lastEvent(app.id)).toMatchObject({ kind: 'points_verified', detail: { declared: 34, verified: 55, reasons } });
    const view = (await reviewer.get(`${BASE}/${app.id}`)).json();
    expect(view.points).toMatchObject({ declaredTotal: 34, verifiedTotal: 55 });
    expect(view.points.items[1]).toMatchObject({
      key: 'social_insurance_months',
      declaredValue: 24,
      declaredPoints: 12,
      verifiedValue: 80,
      verifiedPoints: 36,
      reason: reasons.social_insurance_months,
    });
    expect(view.points.items[2]).toMatchObject({ key: 'housing', reason: null });
  });

  it('needs a reason for each verified value that differs from the declared one, and shows the family the breakdown with it', async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    const before = await snapshot(app);
    const url = `${BASE}/${app.id}/points-verification`;
    // Insurance lowered and housing left out: both changed, neither explained (a blank reason is none).
    const missing = await reviewer.post(url, {
      version: app.version,
      verified: { residence_months: 24, social_insurance_months: 18 },
      reasons: { social_insurance_months: '  ', residence_months: '未改动' },
    });
    expect([missing.statusCode, missing.json().error.code]).toEqual([400, 'enrollment.points_verified_invalid']);
    expect(missing.json().error.fields).toEqual([
      { field: '/reasons/social_insurance_months', message: '核定值与申报值不同，请填写原因（申请人会看到）' },
      { field: '/reasons/housing', message: '核定值与申报值不同，请填写原因（申请人会看到）' },
    ]);
    expect(await snapshot(app)).toBe(before);

    const reason = '社保明细中 6 个月为补缴，按政策不计入';
    const ok = await reviewer.post(url, {
      version: app.version,
      verified: { residence_months: 24, social_insurance_months: 18, housing: 'rented' },
      reasons: { social_insurance_months: ` ${reason} `, residence_months: '未改动' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    // Only changed items keep a reason.
    expect(await lastEvent(app.id)).toMatchObject({ kind: 'points_verified', detail: { reasons: { social_insurance_months: reason } } });
    const family = (await (await ctx.clientAs(app.guardianId)).get(`/api/enrollment/applications/${app.id}`)).json();
    expect(family.pointsReview).toEqual([
      expect.objectContaining({ key: 'residence_months', declaredValue: 24, declaredPoints: 12, verifiedValue: 24, verifiedPoints: 12, reason: null }),
      expect.objectContaining({ key: 'social_insurance_months', declaredValue: 24, declaredPoints: 12, verifiedValue: 18, verifiedPoints: 9, reason }),
      expect.objectContaining({ key: 'housing', declaredValue: 'rented', verifiedValue: 'rented', reason: null, options: expect.any(Array) }),
    ]);
  });

  it('approves only with every mandatory material accepted and points verified, and tells the family', async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    let version = app.version;
    const approve = () => reviewer.post(`${BASE}/${app.id}/decision`, { version, decision: 'approve' });
    const pending = await approve();
    expect(pending.statusCode).toBe(409);
    expect(pending.json().error).toMatchObject({ code: 'enrollment.documents_not_accepted', message: '还有 2 项必交材料未审核通过，不能通过申请' });
    expect(pending.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['material:residence_permit', 'material:social_insurance_record']);
    for (const material of ['residence_permit', 'social_insurance_record'] as const)
      version = (await decideDocument(app, material, { version, decision: 'accept' })).json().version;
    expect((await approve()).json().error.code).toBe('enrollment.points_not_verified');
    version = (
      await reviewer.post(`${BASE}/${app.id}/points-verification`, {
        version,
        verified: { residence_months: 24, social_insurance_months: 24, housing: 'rented' },
      })
    ).json().version;

    const approved = await approve();
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', version: version + 1 });
    expect(await application(app.id)).toMatchObject({ status: 'approved', decided_by: place.reviewerId, decision_reason: null, points_verified: 34 });
    expect(await lastEvent(app.id)).toMatchObject({ kind: 'approved', from_status: 'submitted', to_status: 'approved' });
    expect((await notifications(app)).filter((n) => n.kind === 'application_approved')).toMatchObject([{ sms_status: 'pending' }]);
    const twice = await reviewer.post(`${BASE}/${app.id}/decision`, { version: version + 1, decision: 'approve' });
    expect(twice.json().error.code).toBe('enrollment.application_status_invalid');
  });

  it('approves a non-points application on its documents alone', async () => {
    const app = await createApplication(ctx, policy, 'submitted', { routeCode: 'non_points' });
    let version = app.version;
    for (const material of ['hukou_register', 'birth_certificate'] as const)
      version = (await decideDocument(app, material, { version, decision: 'accept' })).json().version;
    expect((await reviewer.post(`${BASE}/${app.id}/decision`, { version, decision: 'approve' })).json().status).toBe('approved');
    expect((await application(app.id)).points_verified).toBeNull();
  });

  it('rejects only with a reason, from submitted or while waiting for documents', async () => {
    for (const status of ['submitted', 'supplement_requested'] as const) {
      const app = await createApplication(ctx, policy, status);
      const before = await snapshot(app);
      const bare = await reviewer.post(`${BASE}/${app.id}/decision`, { version: app.version, decision: 'reject' });
      expect(bare.statusCode).toBe(400);
      expect(bare.json().error).toMatchObject({ code: 'enrollment.reason_required', fields: [{ field: '/reason' }] });
      expect(await snapshot(app)).toBe(before);
      const rejected = await reviewer.post(`${BASE}/${app.id}/decision`, { version: app.version, decision: 'reject', reason: '居住证不在本区' });
      expect(rejected.json()).toMatchObject({ status: 'rejected', version: app.version + 1 });
      expect(await application(app.id)).toMatchObject({ status: 'rejected', decided_by: place.reviewerId, decision_reason: '居住证不在本区' });
      expect(await lastEvent(app.id)).toMatchObject({ kind: 'rejected', from_status: status, detail: { reason: '居住证不在本区' } });
      const told = (await notifications(app)).filter((n) => n.kind === 'application_rejected');
      expect(JSON.parse(told[0]!.params)).toEqual({ reference: app.reference, reason: '居住证不在本区' });
    }
    const appealed = await createApplication(ctx, policy, 'appealed');
    const viaReview = await reviewer.post(`${BASE}/${appealed.id}/decision`, { version: appealed.version, decision: 'reject', reason: '维持' });
    expect(viaReview.json().error.code).toBe('enrollment.application_status_invalid');
  });

  it('lets only one of two reviewers deciding the same application at once win; the other gets 409 and writes nothing', async () => {
    const second = await ctx.clientAs((await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: place.bureauId })).id);
    const app = await createApplication(ctx, policy, 'submitted');
    let version = app.version;
    for (const material of ['residence_permit', 'social_insurance_record'] as const)
      version = (await decideDocument(app, material, { version, decision: 'accept' })).json().version;
    version = (
      await reviewer.post(`${BASE}/${app.id}/points-verification`, {
        version,
        verified: { residence_months: 24, social_insurance_months: 24, housing: 'rented' },
      })
    ).json().version;
    const eventsBefore = (await events(app.id)).length;
    const notificationsBefore = (await notifications(app)).length;

    const [a, b] = await Promise.all([
      reviewer.post(`${BASE}/${app.id}/decision`, { version, decision: 'approve' }),
      second.post(`${BASE}/${app.id}/decision`, { version, decision: 'reject', reason: '材料不符' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.code).toBe('resource.conflict');
    const row = await application(app.id);
    expect(row.version).toBe(version + 1);
    expect(row.status).toBe(a.statusCode === 200 ? 'approved' : 'rejected');
    expect((await events(app.id)).length).toBe(eventsBefore + 1);
    expect((await notifications(app)).length).toBe(notificationsBefore + 1);

    // The same race over one document: one decision stands, one event.
    const other = await createApplication(ctx, policy, 'submitted');
    const race = await Promise.all([
      decideDocument(other, 'residence_permit', { version: other.version, decision: 'accept' }),
      decideDocument(other, 'residence_permit', { version: other.version, decision: 'reject', reason: '不清晰' }, second),
    ]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const documentEvents = (await events(other.id)).filter((e) => e.kind === 'document_accepted' || e.kind === 'document_rejected');
    expect(documentEvents).toHaveLength(1);
    const doc = await ctx.db
      .selectFrom('enrollment_documents')
      .select('status')
      .where('id', '=', other.documentIds.residence_permit!)
      .executeTakeFirstOrThrow();
    expect(doc.status).toBe(documentEvents[0]!.kind === 'document_accepted' ? 'accepted' : 'rejected');
  });

  it('refuses every decision to a reviewer of another district and to the family', async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    const qingyang = await createEnrollmentPlace(ctx, '510105');
    const before = await snapshot(app);
    const calls: [string, unknown][] = [
      [`${BASE}/${app.id}/documents/${app.documentIds.residence_permit}/decision`, { version: app.version, decision: 'accept' }],
      [`${BASE}/${app.id}/supplement-request`, { version: app.version, materials: ['residence_permit'], message: '请补充', deadline: inDays(3) }],
      [`${BASE}/${app.id}/points-verification`, { version: app.version, verified: {} }],
      [`${BASE}/${app.id}/decision`, { version: app.version, decision: 'reject', reason: '不符合' }],
    ];
    for (const [userId, status] of [
      [qingyang.reviewerId, 404],
      [app.guardianId, 403],
      [place.bureauAdminId, 403],
    ] as const) {
      const client = await ctx.clientAs(userId);
      for (const [url, body] of calls) expect((await client.post(url, body)).statusCode, url).toBe(status);
    }
    expect(await snapshot(app)).toBe(before);
  });
});
