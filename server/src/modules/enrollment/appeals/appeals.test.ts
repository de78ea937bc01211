import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf, makePng } from '../../../platform/files/files.fixtures.test-support.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createOpenPolicy,
  multipartUpload,
  testDocumentStore,
  type ApplicationFixture,
  type EnrollmentPlace,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';
import { multipartFile } from './appeals.fixtures.test-support.ts';

const REVIEW = '/api/enrollment/review';
const DAY = 86_400_000;

describe.each(DIALECTS)('appeals (%s)', (dialect) => {
  let ctx: TestContext;
  let place: EnrollmentPlace;
  let policy: PolicyFixture;
  let rejecter: TestClient;
  let second: TestClient;
  let secondId: string;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    place = await createEnrollmentPlace(ctx);
    policy = await createOpenPolicy(ctx, place);
    rejecter = await ctx.clientAs(place.reviewerId);
    secondId = (await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: place.bureauId })).id;
    second = await ctx.clientAs(secondId);
  });
  afterAll(async () => ctx?.close());

  const application = (id: string) => ctx.db.selectFrom('enrollment_applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const appeals = (id: string) => ctx.db.selectFrom('enrollment_appeals').selectAll().where('application_id', '=', id).execute();
  const events = (id: string) =>
    ctx.db.selectFrom('enrollment_application_events').selectAll().where('application_id', '=', id).orderBy('at').orderBy('id').execute();
  const family = (app: ApplicationFixture) => ctx.clientAs(app.guardianId);
  const appeal = async (app: ApplicationFixture, reason = '居住证已续签，现附新证件') =>
    (await family(app)).post(`/api/enrollment/applications/${app.id}/appeal`, { reason });
  const upload = async (app: ApplicationFixture, bytes: Buffer, filename: string, client?: TestClient) => {
    const { body, headers } = multipartFile(bytes, filename);
    return (client ?? (await family(app))).request('POST', `/api/enrollment/applications/${app.id}/appeal/documents`, body, headers);
  };
  const snapshot = async (app: ApplicationFixture) =>
    JSON.stringify({
      app: await application(app.id),
      appeals: await appeals(app.id),
      events: (await events(app.id)).length,
      documents: (await ctx.db.selectFrom('enrollment_documents').select('id').where('application_id', '=', app.id).execute()).length,
    });

  it('lets the family appeal a rejection within the appeal days, with a reason', async () => {
    const app = await createApplication(ctx, policy, 'rejected');
    const filed = await appeal(app);
    expect(filed.statusCode).toBe(201);
    expect(filed.json()).toMatchObject({
      applicationId: app.id,
      reference: app.reference,
      status: 'open',
      reason: '居住证已续签，现附新证件',
      decidedAt: null,
      version: 1,
      applicationStatus: 'appealed',
      applicationVersion: app.version + 1,
      evidence: [],
    });
    expect(await appeals(app.id)).toMatchObject([{ id: filed.json().id, status: 'open', filed_by: app.guardianId }]);
    expect((await events(app.id)).at(-1)).toMatchObject({ kind: 'appealed', from_status: 'rejected', to_status: 'appealed', actor_user_id: app.guardianId });
    // The family is told, in the app and by SMS, that the appeal arrived.
    const told = await ctx.db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'params', 'sms_status'])
      .where('object_id', '=', app.id)
      .where('kind', '=', 'appeal_filed')
      .execute();
    expect(told).toEqual([{ user_id: app.guardianId, kind: 'appeal_filed', params: JSON.stringify({ reference: app.reference }), sms_status: 'pending' }]);
    const again = await appeal(app);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('enrollment.appeal_already_filed');
  });

  it('refuses a late appeal with a clear code, and appeals of others or of applications not rejected', async () => {
    const late = await createApplication(ctx, policy, 'rejected');
    await ctx.db
      .updateTable('enrollment_applications')
      .set({ decided_at: new Date(Date.now() - 6 * DAY).toISOString() })
      .where('id', '=', late.id)
      .execute();
    const before = await snapshot(late);
    const refused = await appeal(late);
    expect(refused.statusCode).toBe(409);
    expect(await ctx.db.selectFrom('notifications').select('id').where('object_id', '=', late.id).where('kind', '=', 'appeal_filed').execute()).toEqual([]);
    expect(refused.json().error).toMatchObject({ code: 'enrollment.appeal_window_closed', message: '复核须在审核结果作出后 5 天内提出，已超过期限' });
    expect(await snapshot(late)).toBe(before);
    // Just inside the window is still in time.
    await ctx.db
      .updateTable('enrollment_applications')
      .set({ decided_at: new Date(Date.now() - 5 * DAY + 60_000).toISOString() })
      .where('id', '=', late.id)
      .execute();
    expect((await appeal(late)).statusCode).toBe(201);

    const app = await createApplication(ctx, policy, 'rejected');
    const before2 = await snapshot(app);
    const stranger = await ctx.clientAs((await createUser(ctx.db, { role: 'guardian' })).id);
    expect((await stranger.post(`/api/enrollment/applications/${app.id}/appeal`, { reason: '不服' })).statusCode).toBe(404);
    expect((await rejecter.post(`/api/enrollment/applications/${app.id}/appeal`, { reason: '不服' })).statusCode).toBe(403);
    expect((await appeal(app, '   ')).json().error.code).toBe('enrollment.reason_required');
    expect((await (await family(app)).post(`/api/enrollment/applications/${app.id}/appeal`, {})).statusCode).toBe(400);
    expect(await snapshot(app)).toBe(before2);
    const submitted = await createApplication(ctx, policy, 'submitted');
    expect((await appeal(submitted)).json().error.code).toBe('enrollment.application_status_invalid');
  });

  it('takes evidence files for an open appeal, checked like every document, and moves the appeal version', async () => {
    const app = await createApplication(ctx, policy, 'rejected');
    expect((await upload(app, await makePng(20, 20), 'permit.png')).json().error.code).toBe('enrollment.appeal_not_open');
    const filed = (await appeal(app)).json();
    const png = await upload(app, await makePng(20, 20), '新居住证.png');
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({ id: filed.id, version: 2, evidence: [{ originalName: '新居住证.png', mediaType: 'image/png' }] });
    const pdf = await upload(app, await makePdf(), 'letter.pdf');
    expect(pdf.json().evidence).toHaveLength(2);
    const row = await ctx.db.selectFrom('enrollment_documents').selectAll().where('id', '=', png.json().evidence[0].id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ application_id: app.id, appeal_id: filed.id, material: 'other', status: 'pending', uploaded_by: app.guardianId });
    expect((await testDocumentStore(ctx).get(row.storage_key!)).subarray(1, 4).toString()).toBe('PNG');

    const before = await snapshot(app);
    const php = await upload(app, Buffer.from('<?php system($_GET["c"]); ?>'), 'shell.php.jpg');
    expect(php.statusCode).toBe(400);
    expect(php.json().error).toMatchObject({ code: 'files.rejected' });
    expect(php.json().error.message).toContain('shell.php.jpg');
    const big = await upload(app, Buffer.alloc(9 * 1024 * 1024, 0x25), 'scan.pdf');
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'files.too_large', message: '文件「scan.pdf」超过 8 MB' });
    const stranger = await ctx.clientAs((await createUser(ctx.db, { role: 'guardian' })).id);
    expect((await upload(app, await makePng(20, 20), 'x.png', stranger)).statusCode).toBe(404);
    expect((await upload(app, await makePng(20, 20), 'x.png', second)).statusCode).toBe(403);
    expect(await snapshot(app)).toBe(before);

    // The view a reviewer decides from shows the evidence.
    const view = (await second.get(`${REVIEW}/applications/${app.id}`)).json();
    expect(view.documents.filter((d: { appealId: string | null }) => d.appealId === filed.id)).toHaveLength(2);
    expect(view.appeal).toMatchObject({ id: filed.id, version: 3 });
  });

  it('is decided by a reviewer other than the one who rejected: upheld, it approves the application on the usual conditions', async () => {
    const app = await createApplication(ctx, policy, 'appealed');
    const url = `${REVIEW}/appeals/${app.appealId}/decision`;
    const own = await rejecter.post(url, { version: 1, decision: 'uphold' });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('enrollment.appeal_own_decision');
    expect((await second.post(url, { version: 1, decision: 'uphold' })).json().error.code).toBe('enrollment.documents_not_accepted');

    let version = app.version;
    for (const material of ['residence_permit', 'social_insurance_record'] as const) {
      version = (await second.post(`${REVIEW}/applications/${app.id}/documents/${app.documentIds[material]}/decision`, { version, decision: 'accept' })).json()
        .version;
    }
    expect((await second.post(url, { version: 1, decision: 'uphold' })).json().error.code).toBe('enrollment.points_not_verified');
    await second.post(`${REVIEW}/applications/${app.id}/points-verification`, {
      version,
      verified: { residence_months: 24, social_insurance_months: 24, housing: 'rented' },
    });
    expect((await second.post(url, { version: 2, decision: 'uphold' })).json().error.code).toBe('resource.conflict');

    const upheld = await second.post(url, { version: 1, decision: 'uphold', reason: '新证件有效' });
    expect(upheld.statusCode).toBe(200);
    expect(upheld.json()).toMatchObject({ status: 'upheld', decisionReason: '新证件有效', version: 2, applicationStatus: 'approved' });
    expect(await application(app.id)).toMatchObject({ status: 'approved', decided_by: secondId, decision_reason: '新证件有效', points_verified: 34 });
    expect((await events(app.id)).at(-1)).toMatchObject({ kind: 'appeal_upheld', from_status: 'appealed', to_status: 'approved', actor_user_id: secondId });
    const told = await ctx.db.selectFrom('notifications').selectAll().where('user_id', '=', app.guardianId).where('kind', '=', 'appeal_decided').execute();
    expect(told).toMatchObject([{ sms_status: 'pending', object_id: app.id }]);
    expect(JSON.parse(told[0]!.params)).toEqual({ reference: app.reference, outcome: 'upheld' });
    expect((await second.post(url, { version: 2, decision: 'dismiss', reason: '改判' })).json().error.code).toBe('enrollment.appeal_not_open');
  });

  it('dismissed, the rejection stands for good, and the family cannot appeal again', async () => {
    const app = await createApplication(ctx, policy, 'appealed');
    const url = `${REVIEW}/appeals/${app.appealId}/decision`;
    const before = await snapshot(app);
    expect((await second.post(url, { version: 1, decision: 'dismiss' })).json().error.code).toBe('enrollment.reason_required');
    expect(await snapshot(app)).toBe(before);
    const dismissed = await second.post(url, { version: 1, decision: 'dismiss', reason: '新证件仍不在本区' });
    expect(dismissed.json()).toMatchObject({ status: 'dismissed', decisionReason: '新证件仍不在本区', applicationStatus: 'rejected' });
    expect(await application(app.id)).toMatchObject({ status: 'rejected', decided_by: place.reviewerId });
    expect((await events(app.id)).at(-1)).toMatchObject({
      kind: 'appeal_dismissed',
      detail: JSON.stringify({ appealId: app.appealId, reason: '新证件仍不在本区' }),
    });
    const again = await appeal(app);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('enrollment.appeal_already_filed');
    // The family's view offers no second appeal.
    expect((await (await family(app)).get(`/api/enrollment/applications/${app.id}`)).json().allowedActions).toEqual([]);
  });

  it('granted for a missing document, sends the application back to the family for it; resubmitted, it is approved as usual', async () => {
    const app = await createApplication(ctx, policy, 'appealed');
    const url = `${REVIEW}/appeals/${app.appealId}/decision`;
    const rejectedDocument = await rejecter.post(`${REVIEW}/applications/${app.id}/documents/${app.documentIds.residence_permit}/decision`, {
      version: app.version,
      decision: 'reject',
      reason: '居住证已过期',
    });
    const accepted = await second.post(`${REVIEW}/applications/${app.id}/documents/${app.documentIds.social_insurance_record}/decision`, {
      version: rejectedDocument.json().version,
      decision: 'accept',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((await second.post(url, { version: 1, decision: 'uphold' })).json().error.code).toBe('enrollment.documents_not_accepted');
    const deadline = new Date(Date.now() + 7 * DAY).toISOString();
    const before = await snapshot(app);
    expect((await second.post(url, { version: 1, decision: 'request_supplement', deadline })).json().error.code).toBe('enrollment.reason_required');
    expect((await second.post(url, { version: 1, decision: 'request_supplement', reason: '请上传续签后的居住证' })).statusCode).toBe(400);
    expect(await snapshot(app)).toBe(before);

    const granted = await second.post(url, { version: 1, decision: 'request_supplement', reason: '请上传续签后的居住证', deadline });
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toMatchObject({ status: 'upheld', decisionReason: '请上传续签后的居住证', applicationStatus: 'supplement_requested' });
    expect((await events(app.id)).at(-1)).toMatchObject({
      kind: 'appeal_upheld',
      from_status: 'appealed',
      to_status: 'supplement_requested',
      actor_user_id: secondId,
    });
    const client = await family(app);
    const view = (await client.get(`/api/enrollment/applications/${app.id}`)).json();
    expect(view).toMatchObject({ status: 'supplement_requested', supplementRequest: { materials: ['residence_permit'], deadline } });
    expect(view.allowedActions).toEqual(['upload_documents', 'submit', 'withdraw']);

    const { body, headers } = multipartUpload(
      { material: 'residence_permit' },
      { filename: 'permit.png', bytes: await makePng(30, 30), contentType: 'image/png' },
    );
    expect((await client.request('POST', `/api/enrollment/applications/${app.id}/documents`, body, headers)).statusCode).toBe(201);
    const resubmitted = await client.post(`/api/enrollment/applications/${app.id}/submit`, { version: (await application(app.id)).version });
    expect(resubmitted.json()).toMatchObject({ status: 'submitted' });
    const fresh = resubmitted.json().documents.find((d: { material: string; status: string }) => d.material === 'residence_permit' && d.status === 'pending');
    let version: number = resubmitted.json().version;
    version = (await second.post(`${REVIEW}/applications/${app.id}/documents/${fresh.id}/decision`, { version, decision: 'accept' })).json().version;
    version = (
      await second.post(`${REVIEW}/applications/${app.id}/points-verification`, {
        version,
        verified: { residence_months: 24, social_insurance_months: 24, housing: 'rented' },
      })
    ).json().version;
    const approved = await second.post(`${REVIEW}/applications/${app.id}/decision`, { version, decision: 'approve' });
    expect(approved.json()).toMatchObject({ status: 'approved' });
    // Nothing left to supply: the reviewer upholds or dismisses instead.
    const complete = await createApplication(ctx, policy, 'appealed');
    await ctx.db.updateTable('enrollment_documents').set({ status: 'accepted' }).where('application_id', '=', complete.id).execute();
    const nothing = await second.post(`${REVIEW}/appeals/${complete.appealId}/decision`, {
      version: 1,
      decision: 'request_supplement',
      reason: '补材料',
      deadline,
    });
    expect(nothing.json().error.code).toBe('enrollment.appeal_nothing_missing');
  });

  it('lets one of two reviewers deciding the same appeal at once win', async () => {
    const third = await ctx.clientAs((await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: place.bureauId })).id);
    const app = await createApplication(ctx, policy, 'appealed');
    const url = `${REVIEW}/appeals/${app.appealId}/decision`;
    const answers = await Promise.all([
      second.post(url, { version: 1, decision: 'dismiss', reason: '维持原决定' }),
      third.post(url, { version: 1, decision: 'dismiss', reason: '材料不足' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect((await events(app.id)).filter((e) => e.kind === 'appeal_dismissed')).toHaveLength(1);
    expect(
      await ctx.db.selectFrom('notifications').select('id').where('user_id', '=', app.guardianId).where('kind', '=', 'appeal_decided').execute(),
    ).toHaveLength(1);
  });

  it("lists the appeals of the caller's district, oldest first, with whether the caller may decide", async () => {
    const own = await createEnrollmentPlace(ctx);
    const ownPolicy = await createOpenPolicy(ctx, own);
    const first = await createApplication(ctx, ownPolicy, 'appealed');
    const next = await createApplication(ctx, ownPolicy, 'appealed');
    await createApplication(ctx, ownPolicy, 'rejected');
    const qingyang = await createEnrollmentPlace(ctx, '510105');
    const list = async (userId: string, query = '') => (await ctx.clientAs(userId)).get(`${REVIEW}/appeals?policyId=${ownPolicy.id}${query}`);

    const byRejecter = (await list(own.reviewerId)).json();
    expect(byRejecter.items.map((i: { id: string }) => i.id)).toEqual([first.appealId, next.appealId]);
    expect(byRejecter.items[0]).toMatchObject({
      applicationId: first.id,
      reference: first.reference,
      childNameMasked: '张*明',
      status: 'open',
      evidenceCount: 0,
      canDecide: false,
    });
    const other = await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: own.bureauId });
    expect((await list(other.id)).json().items.every((i: { canDecide: boolean }) => i.canDecide)).toBe(true);
    expect((await list(own.bureauAdminId)).json().items.every((i: { canDecide: boolean }) => !i.canDecide)).toBe(true);
    expect((await list(other.id, '&status=dismissed')).json()).toEqual({ items: [], total: 0 });
    expect((await list(qingyang.reviewerId)).statusCode).toBe(403);
    const qingyangAll = await (await ctx.clientAs(qingyang.reviewerId)).get(`${REVIEW}/appeals`);
    expect(qingyangAll.json().items.map((i: { id: string }) => i.id)).not.toContain(first.appealId);
    expect((await (await ctx.clientAs(first.guardianId)).get(`${REVIEW}/appeals`)).statusCode).toBe(403);
  });
});
