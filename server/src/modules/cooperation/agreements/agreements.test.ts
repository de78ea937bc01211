import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf, makePng } from '../../../platform/files/files.fixtures.test-support.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import { buildNetwork, cooperationCounts, multipartFile, type Network } from '../cooperation.fixtures.test-support.ts';
import { insertAgreementFixture } from './agreements.fixtures.test-support.ts';
import { expireAgreements } from './agreements.service.ts';

const BASE = '/api/cooperation/agreements';

describe.each(DIALECTS)('agreements (%s)', (dialect) => {
  let ctx: TestContext;
  let net: Network;
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { DATA_DIR: `/tmp/shuangcheng-test-data/agreements-${dialect}` });
    net = await buildNetwork(ctx);
  });
  afterAll(async () => ctx?.close());

  const draft = (overrides: Record<string, unknown> = {}) => ({
    title: '重庆市江北区与成都市青羊区教育合作框架协议',
    partyOrganizationIds: [net.bureaus.jiangbei, net.bureaus.qingyang],
    scope: '干部互派挂职、教师研修、课程共建和学生交流。',
    focusAreas: ['cadre_training', 'teaching_research', 'curriculum'],
    startsOn: '2026-03-01',
    endsOn: '2029-02-28',
    ...overrides,
  });
  async function refused(client: TestClient, method: 'POST' | 'PUT', url: string, body: unknown) {
    const before = await cooperationCounts(ctx);
    const response = await client.request(method, url, body);
    expect(await cooperationCounts(ctx)).toEqual(before);
    return response;
  }

  it('comes into force when every party has confirmed, carries its signed PDF, and ends with a reason', async () => {
    const created = await net.as.jiangbei.post(BASE, draft({ clientKey: 'jiangbei-qingyang-2026' }));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ status: 'draft', signedOn: null, permissions: { canConfirm: true, canUpdate: true, canEnd: false }, version: 1 });
    expect((await net.as.jiangbei.post(BASE, draft({ clientKey: 'jiangbei-qingyang-2026' }))).json().id).toBe(id);
    expect((await net.as.deyang.get(`${BASE}/${id}`)).statusCode).toBe(404);
    expect((await net.as.cq.get(`${BASE}/${id}`)).statusCode).toBe(200);

    // Binding: with no signed PDF attached, the party must say that there is none.
    const unstated = await refused(net.as.jiangbei, 'POST', `${BASE}/${id}/confirm`, { version: 1 });
    expect(unstated.statusCode).toBe(409);
    expect(unstated.json().error).toMatchObject({
      code: 'cooperation.agreement_document_missing',
      message: '尚未上传签署文本：请先上传签署的 PDF，或确认本协议没有签署文本',
    });
    const first = await net.as.jiangbei.post(`${BASE}/${id}/confirm`, { version: 1, withoutDocument: true });
    expect(first.json()).toMatchObject({ status: 'draft', version: 2, permissions: { canConfirm: false } });
    const twice = await refused(net.as.jiangbei, 'POST', `${BASE}/${id}/confirm`, { version: 2, withoutDocument: true });
    expect(twice.json().error.code).toBe('cooperation.agreement_already_confirmed');
    // The municipal bureau is above Jiangbei but is not a party: it cannot confirm for it.
    expect((await refused(net.as.cq, 'POST', `${BASE}/${id}/confirm`, { version: 2, withoutDocument: true })).statusCode).toBe(403);
    const inForce = await net.as.qingyang.post(`${BASE}/${id}/confirm`, { version: 2, withoutDocument: true });
    expect(inForce.json()).toMatchObject({ status: 'in_force', version: 3 });
    expect(inForce.json().signedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(inForce.json().parties.every((p: { confirmedAt: string | null }) => p.confirmedAt !== null)).toBe(true);
    expect((await net.as.deyangSchool.get(`${BASE}/${id}`)).statusCode).toBe(200);

    const edit = await refused(net.as.jiangbei, 'PUT', `${BASE}/${id}`, { ...draft(), version: 3 });
    expect(edit.json().error).toMatchObject({ code: 'cooperation.agreement_status_invalid', message: '协议当前状态为「生效中」，不能进行此操作' });

    const png = multipartFile(await makePng(20, 20), 'scan.png', 'image/png');
    const notPdf = await net.as.jiangbei.request('PUT', `${BASE}/${id}/document`, png.body, png.headers);
    expect(notPdf.json().error.code).toBe('cooperation.document_not_pdf');
    const pdf = await makePdf();
    const upload = multipartFile(pdf, '合作协议（签字版）.pdf', 'application/pdf');
    const withDocument = await net.as.qingyang.request('PUT', `${BASE}/${id}/document`, upload.body, upload.headers);
    expect(withDocument.json().document).toMatchObject({ kind: 'document', name: '合作协议（签字版）.pdf', mediaType: 'application/pdf' });
    const downloaded = await net.as.jiangbeiSchool.get(`${BASE}/${id}/document`);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers['content-disposition']).toMatch(/^attachment;/);
    expect(downloaded.rawPayload.equals(pdf)).toBe(true);

    const ended = await net.as.qingyang.post(`${BASE}/${id}/end`, { version: 4, reason: '合作内容并入新协议' });
    expect(ended.json()).toMatchObject({ status: 'ended', endReason: '合作内容并入新协议' });
  });

  it('cannot be confirmed without a start date: the button is not offered, and the server refuses', async () => {
    const created = await net.as.jiangbei.post(BASE, draft({ startsOn: null, title: '江北—青羊意向书' }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().permissions).toMatchObject({ canConfirm: false, canUpdate: true });
    const refusal = await refused(net.as.jiangbei, 'POST', `${BASE}/${created.json().id}/confirm`, { version: 1, withoutDocument: true });
    expect(refusal.json().error).toMatchObject({ code: 'cooperation.agreement_start_missing' });
    expect(refusal.statusCode).toBe(409);
  });

  it('asks every party again after a change to the draft, and takes schools as parties', async () => {
    const id = (await net.as.jiangbeiSchool.post(BASE, draft({ partyOrganizationIds: [net.schools.jiangbei, net.schools.deyang] }))).json().id;
    await net.as.deyangSchool.post(`${BASE}/${id}/confirm`, { version: 1, withoutDocument: true });
    const changed = await net.as.jiangbeiSchool.put(`${BASE}/${id}`, {
      ...draft({ partyOrganizationIds: [net.schools.jiangbei, net.schools.deyang], title: '江北—德阳友好学校协议' }),
      version: 2,
    });
    expect(changed.json()).toMatchObject({ title: '江北—德阳友好学校协议', version: 3 });
    expect(changed.json().parties.map((p: { confirmedAt: string | null }) => p.confirmedAt)).toEqual([null, null]);
    expect((await net.as.deyang.get(`${BASE}/${id}`)).statusCode).toBe(200); // the bureau above a party
    const deleted = await net.as.jiangbeiSchool.delete(`${BASE}/${id}`);
    expect(deleted.statusCode).toBe(200);
  });

  it('refuses unknown parties, a single party, reversed dates and strangers, writing nothing', async () => {
    expect((await refused(net.as.jiangbei, 'POST', BASE, draft({ partyOrganizationIds: [net.bureaus.jiangbei, 'nobody'] }))).json().error.code).toBe(
      'cooperation.organization_unknown',
    );
    expect((await refused(net.as.jiangbei, 'POST', BASE, draft({ partyOrganizationIds: [net.bureaus.jiangbei] }))).json().error.code).toBe('request.invalid');
    expect((await refused(net.as.jiangbei, 'POST', BASE, draft({ endsOn: '2025-01-01' }))).json().error.code).toBe('cooperation.dates_invalid');
    for (const client of [net.as.deyang, net.as.cq, net.as.jiangbeiReviewer, net.as.jiangbeiSchool])
      expect((await refused(client, 'POST', BASE, draft())).statusCode).toBe(403);
  });

  it('expires agreements whose term is over, once, with an audit entry', async () => {
    const userId = net.userIds.jiangbeiSchool;
    const over = await insertAgreementFixture(ctx.db, {
      parties: [net.bureaus.yuzhong, net.bureaus.deyang],
      createdBy: userId,
      status: 'in_force',
      endsOn: '2025-12-31',
    });
    const running = await insertAgreementFixture(ctx.db, {
      parties: [net.bureaus.yuzhong, net.bureaus.deyang],
      createdBy: userId,
      status: 'in_force',
      endsOn: '2026-01-01',
    });
    expect(await expireAgreements(ctx.db, new Date('2026-01-01T03:00:00Z'))).toBe(1);
    expect(await expireAgreements(ctx.db, new Date('2026-01-01T03:00:00Z'))).toBe(0);
    const statuses = await ctx.db.selectFrom('cooperation_agreements').select(['id', 'status']).where('id', 'in', [over, running]).execute();
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [over]: 'expired', [running]: 'in_force' });
    const audit = await ctx.db.selectFrom('audit_log').select(['action', 'actor_name']).where('object_id', '=', over).execute();
    expect(audit).toEqual([{ action: 'agreement.expire', actor_name: 'housekeeping' }]);
  });

  it('names the agreement a pairing belongs to and counts its pairings', async () => {
    const id = await insertAgreementFixture(ctx.db, {
      parties: [net.bureaus.jiangbei, net.bureaus.yuzhong],
      createdBy: net.userIds.jiangbeiSchool,
      status: 'in_force',
    });
    const pairing = await net.as.jiangbeiSchool.post('/api/cooperation/pairings', {
      proposerSchoolId: net.schools.jiangbei,
      partnerSchoolIds: [net.schools.yuzhong],
      focusAreas: ['curriculum'],
      startsOn: '2026-09-01',
      agreementId: id,
    });
    expect(pairing.json().agreement).toEqual({ id, title: '教育合作框架协议' });
    expect((await net.as.jiangbei.get(`${BASE}/${id}`)).json().pairingCount).toBe(1);
    const unknown = await net.as.jiangbeiSchool.post('/api/cooperation/pairings', {
      proposerSchoolId: net.schools.jiangbei,
      partnerSchoolIds: [net.schools.deyang],
      focusAreas: ['curriculum'],
      startsOn: '2026-09-01',
      agreementId: 'nope',
    });
    expect(unknown.json().error.code).toBe('cooperation.agreement_unknown');
  });
});
