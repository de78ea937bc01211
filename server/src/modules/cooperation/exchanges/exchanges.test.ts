import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GPS_EXIF, makeJpeg } from '../../../platform/files/files.fixtures.test-support.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import { buildNetwork, cooperationCounts, multipartFile, type Network } from '../cooperation.fixtures.test-support.ts';
import { insertPairingFixture } from '../pairings/pairings.fixtures.test-support.ts';
import { listExchanges } from './exchanges.repository.ts';

const BASE = '/api/cooperation/exchanges';

describe.each(DIALECTS)('exchanges (%s)', (dialect) => {
  let ctx: TestContext;
  let net: Network;
  let pairingId: string;
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { DATA_DIR: `/tmp/shuangcheng-test-data/exchanges-${dialect}` });
    net = await buildNetwork(ctx);
    pairingId = await insertPairingFixture(ctx.db, { proposer: net.schools.jiangbei, partners: [net.schools.qingyang], status: 'active' });
  });
  afterAll(async () => ctx?.close());

  const exchange = (overrides: Record<string, unknown> = {}) => ({
    kind: 'visit',
    title: '青羊区教师来访江北',
    occurredOn: '2026-04-10',
    hostOrganizationId: net.schools.jiangbei,
    partnerOrganizationIds: [net.schools.qingyang],
    pairingId,
    participantCount: 12,
    participantUserIds: [net.userIds.jiangbeiTeacher, net.userIds.qingyangTeacher],
    summary: '听课评课，交流课程建设经验。',
    ...overrides,
  });
  async function refused(client: TestClient, method: 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) {
    const before = await cooperationCounts(ctx);
    const response = await client.request(method, url, body);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(await cooperationCounts(ctx)).toEqual(before);
    return response;
  }
  const activity = () =>
    ctx.db
      .selectFrom('cooperation_activity_monthly')
      .selectAll()
      .where('organization_id', 'in', [net.schools.jiangbei, net.schools.qingyang])
      .orderBy('organization_id')
      .orderBy('month')
      .execute();

  it('is logged by a participant school, seen by the participants and the bureaus above them only', async () => {
    const created = await net.as.jiangbeiTeacher.post(BASE, exchange({ clientKey: 'visit-2026-04-10-a' }));
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({
      kind: 'visit',
      occurredOn: '2026-04-10',
      host: { id: net.schools.jiangbei },
      partners: [{ id: net.schools.qingyang }],
      participantCount: 12,
      belongsTo: { type: 'pairing', id: pairingId },
      permissions: { canUpdate: true, canDelete: true },
      version: 1,
    });
    expect(view.participants.map((p: { userId: string; organizationId: string }) => [p.userId, p.organizationId]).sort()).toEqual(
      [
        [net.userIds.jiangbeiTeacher, net.schools.jiangbei],
        [net.userIds.qingyangTeacher, net.schools.qingyang],
      ].sort(),
    );
    const retried = await net.as.jiangbeiTeacher.post(BASE, exchange({ clientKey: 'visit-2026-04-10-a' }));
    expect(retried.statusCode).toBe(200);
    expect(retried.json().id).toBe(view.id);

    for (const client of [
      net.as.jiangbeiSchool,
      net.as.qingyangSchool,
      net.as.jiangbei,
      net.as.jiangbeiReviewer,
      net.as.cq,
      net.as.qingyang,
      net.as.platform,
    ]) {
      expect((await client.get(`${BASE}/${view.id}`)).statusCode).toBe(200);
    }
    for (const client of [net.as.deyang, net.as.deyangSchool, net.as.yuzhong, net.as.jiangbei2School])
      expect((await client.get(`${BASE}/${view.id}`)).statusCode).toBe(404);
    expect((await net.as.guardian.get(`${BASE}/${view.id}`)).statusCode).toBe(403);
    const listed = async (client: TestClient, query = '') =>
      (await client.get(`${BASE}?pairingId=${pairingId}${query}`)).json().items.map((e: { id: string }) => e.id);
    expect(await listed(net.as.qingyang)).toEqual([view.id]);
    expect(await listed(net.as.deyang)).toEqual([]);
    expect(await listed(net.as.platform, '&regionId=510105&kind=visit&from=2026-04-01&to=2026-04-30')).toEqual([view.id]);
    expect(await listed(net.as.platform, '&kind=lecture')).toEqual([]);

    expect(await activity()).toMatchObject([
      { month: '2026-04', exchanges: 1, participants: 12 },
      { month: '2026-04', exchanges: 1, participants: 12 },
    ]);
  });

  it("finds the partner school's staff as well as the caller's own to name as participants, and nobody else's", async () => {
    const url = (q: string) =>
      `${BASE}/participants?organizationIds=${net.schools.jiangbei}&organizationIds=${net.schools.qingyang}&q=${encodeURIComponent(q)}`;
    const partner = await createUser(ctx.db, { role: 'teacher', organizationId: net.schools.qingyang, displayName: '青羊王老师' });
    await createUser(ctx.db, { role: 'teacher', organizationId: net.schools.deyang, displayName: '德阳王老师' });
    const found = await net.as.jiangbeiSchool.get(url('王老师'));
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().items).toEqual([
      {
        userId: partner.id,
        displayName: '青羊王老师',
        organizationId: net.schools.qingyang,
        organizationNameZh: expect.any(String),
        organizationNameEn: expect.anything(),
      },
    ]);
    // (Named in an exchange between the two schools, the partner's staff are accepted: see the first test.)
    // A school outside these two may not look at their staff.
    expect((await net.as.deyangSchool.get(url('王'))).statusCode).toBe(403);
  });

  it('lists newest first, and counts only up to a limit', async () => {
    const titles = ['较早的交流', '最新的交流', '中间的交流'];
    for (const [i, occurredOn] of ['2025-01-05', '2025-03-05', '2025-02-05'].entries()) {
      const created = await net.as.jiangbeiTeacher.post(BASE, exchange({ title: titles[i], occurredOn, pairingId: null, clientKey: `order-test-${i}` }));
      expect(created.statusCode, created.body).toBe(201);
    }
    const page = (await net.as.jiangbeiSchool.get(`${BASE}?from=2025-01-01&to=2025-12-31`)).json();
    expect(page.items.map((e: { title: string }) => e.title)).toEqual(['最新的交流', '中间的交流', '较早的交流']);
    expect(page).toMatchObject({ total: 3, totalIsLowerBound: false });

    const filter = { from: '2025-01-01', to: '2025-12-31', visibility: null, offset: 0, limit: 1 };
    expect(await listExchanges(ctx.db, filter, 2)).toMatchObject({ total: 2, totalIsLowerBound: true });
    expect(await listExchanges(ctx.db, filter, 3)).toMatchObject({ total: 3, totalIsLowerBound: false });
  });

  it('refuses unknown organizations, outsiders as participants, too few participants and a foreign pairing, writing nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ partnerOrganizationIds: ['nobody'] }, 'cooperation.organization_unknown'],
      [{ partnerOrganizationIds: [net.schools.jiangbei] }, 'request.invalid'],
      [
        { participantUserIds: [net.userIds.jiangbeiTeacher, (await createUser(ctx.db, { role: 'teacher', organizationId: net.schools.deyang })).id] },
        'cooperation.participants_invalid',
      ],
      [{ participantCount: 1 }, 'cooperation.participant_count_too_small'],
      [{ hostOrganizationId: net.schools.deyang, partnerOrganizationIds: [net.schools.yuzhong], participantUserIds: [] }, 'cooperation.exchange_link_invalid'],
      [{ communityId: 'x', pairingId }, 'cooperation.exchange_link_multiple'],
      [{ kind: 'party' }, 'request.invalid'],
      [{ occurredOn: '2026-02-30' }, 'request.invalid'],
    ];
    for (const [overrides, code] of cases) {
      const response = await refused(net.as.jiangbeiSchool, 'POST', BASE, exchange(overrides));
      expect(response.json().error.code, JSON.stringify(overrides)).toBe(code);
    }
    // Only staff of a participating organization or a bureau above one logs it.
    for (const client of [net.as.deyangSchool, net.as.deyang, net.as.platform]) expect((await refused(client, 'POST', BASE, exchange())).statusCode).toBe(403);
  });

  it('is changed with its version by its author or the organizations’ admins, and deleted with its counts', async () => {
    const created = (await net.as.jiangbeiTeacher.post(BASE, exchange({ occurredOn: '2026-05-20', participantCount: 5, participantUserIds: [] }))).json();
    const body = { ...exchange({ occurredOn: '2026-06-02', participantCount: 8, participantUserIds: [] }), version: 1 };
    // Another teacher of the school did not write it; the Qingyang admin runs a participant.
    const otherTeacher = await ctx.clientAs((await createUser(ctx.db, { role: 'teacher', organizationId: net.schools.jiangbei })).id);
    expect((await refused(otherTeacher, 'PUT', `${BASE}/${created.id}`, body)).statusCode).toBe(403);
    const updated = await net.as.qingyangSchool.put(`${BASE}/${created.id}`, body);
    expect(updated.json()).toMatchObject({ occurredOn: '2026-06-02', participantCount: 8, version: 2 });
    expect((await refused(net.as.jiangbeiTeacher, 'PUT', `${BASE}/${created.id}`, body)).json().error.code).toBe('resource.conflict');
    const months = (await activity()).filter((a) => a.month === '2026-05' || a.month === '2026-06');
    expect(months).toMatchObject([
      { month: '2026-06', exchanges: 1, participants: 8 },
      { month: '2026-06', exchanges: 1, participants: 8 },
    ]);
    expect((await net.as.jiangbeiTeacher.delete(`${BASE}/${created.id}`)).statusCode).toBe(200);
    expect((await activity()).filter((a) => a.month === '2026-06')).toEqual([]);
    expect((await net.as.jiangbeiTeacher.get(`${BASE}/${created.id}`)).statusCode).toBe(404);
  });

  it('takes photos without their metadata and PDFs, refuses other files, and serves them to readers only', async () => {
    const created = (await net.as.jiangbeiSchool.post(BASE, exchange({ occurredOn: '2026-07-01', participantUserIds: [] }))).json();
    const photo = await makeJpeg({ width: 80, height: 60, exif: GPS_EXIF });
    const upload = multipartFile(photo, '交流合影.jpg', 'image/jpeg');
    const added = await net.as.jiangbeiSchool.request('POST', `${BASE}/${created.id}/files`, upload.body, upload.headers);
    expect(added.statusCode, added.body).toBe(200);
    const [file] = added.json().files;
    expect(file).toMatchObject({ kind: 'photo', name: '交流合影.jpg', mediaType: 'image/jpeg' });

    const downloaded = await net.as.qingyang.get(`${BASE}/${created.id}/files/${file.id}`);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.headers['content-type']).toBe('image/jpeg');
    expect(downloaded.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('交流合影.jpg')}`);
    expect((await sharp(downloaded.rawPayload).metadata()).exif).toBeUndefined();
    expect((await net.as.deyang.get(`${BASE}/${created.id}/files/${file.id}`)).statusCode).toBe(404);

    const text = multipartFile(Buffer.from('not a photo'), 'notes.jpg', 'image/jpeg');
    const rejected = await net.as.jiangbeiSchool.request('POST', `${BASE}/${created.id}/files`, text.body, text.headers);
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().error.code).toBe('files.rejected');
    expect((await net.as.deyangSchool.request('POST', `${BASE}/${created.id}/files`, upload.body, upload.headers)).statusCode).toBe(404);

    const removed = await net.as.jiangbeiSchool.delete(`${BASE}/${created.id}/files/${file.id}`);
    expect(removed.json().files).toEqual([]);
    expect((await net.as.jiangbeiSchool.get(`${BASE}/${created.id}/files/${file.id}`)).statusCode).toBe(404);
  });
});
