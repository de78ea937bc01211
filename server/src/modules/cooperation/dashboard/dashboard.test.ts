import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createOrganization, createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import { rebuildActivity } from '../activity.repository.ts';
import { insertAgreementFixture } from '../agreements/agreements.fixtures.test-support.ts';
import { buildNetwork, type Network } from '../cooperation.fixtures.test-support.ts';
import { insertExchangeFixture } from '../exchanges/exchanges.fixtures.test-support.ts';
import { insertCommunityFixture } from '../memberships/memberships.fixtures.test-support.ts';
import { insertPairingFixture } from '../pairings/pairings.fixtures.test-support.ts';
import { chinaToday } from '../scope.ts';
import { monthsBack } from './dashboard.service.ts';

const BASE = '/api/cooperation/dashboard';
const thisMonth = chinaToday().slice(0, 7);
const lastMonth = monthsBack(thisMonth, 2);

describe.each(DIALECTS)('cooperation dashboard (%s)', (dialect) => {
  let ctx: TestContext;
  let net: Network;
  let pairings: { jiangbeiQingyang: string; jiangbeiDeyang: string; yuzhongDeyang: string };
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    net = await buildNetwork(ctx);
    const { schools, bureaus } = net;
    pairings = {
      jiangbeiQingyang: await insertPairingFixture(ctx.db, {
        proposer: schools.jiangbei,
        partners: [schools.qingyang],
        status: 'active',
        batch: 1,
        startsOn: `${lastMonth}-01`,
      }),
      // Started long ago and never visited: dormant.
      jiangbeiDeyang: await insertPairingFixture(ctx.db, {
        proposer: schools.jiangbei2,
        partners: [schools.deyang],
        status: 'active',
        batch: 2,
        startsOn: '2020-09-01',
      }),
      yuzhongDeyang: await insertPairingFixture(ctx.db, {
        proposer: schools.yuzhong,
        partners: [schools.deyang],
        status: 'active',
        batch: 2,
        startsOn: '2020-09-01',
      }),
    };
    await insertPairingFixture(ctx.db, { proposer: schools.yuzhong, partners: [schools.qingyang], status: 'proposed', batch: 3 });
    await insertExchangeFixture(ctx.db, {
      host: schools.jiangbei,
      partners: [schools.qingyang],
      occurredOn: `${thisMonth}-01`,
      participantCount: 10,
      pairingId: pairings.jiangbeiQingyang,
    });
    await insertExchangeFixture(ctx.db, {
      host: schools.deyang,
      partners: [schools.yuzhong],
      occurredOn: `${thisMonth}-01`,
      participantCount: 5,
      pairingId: pairings.yuzhongDeyang,
    });
    // Two Chongqing schools in one exchange: Chongqing counts it once.
    await insertExchangeFixture(ctx.db, { host: schools.jiangbei2, partners: [schools.yuzhong], occurredOn: `${lastMonth}-15`, participantCount: 7 });
    await insertAgreementFixture(ctx.db, { parties: [bureaus.jiangbei, bureaus.qingyang], createdBy: net.userIds.jiangbeiSchool, status: 'in_force' });
    await insertAgreementFixture(ctx.db, { parties: [bureaus.yuzhong, bureaus.deyang], createdBy: net.userIds.jiangbeiSchool, status: 'in_force' });
    await insertAgreementFixture(ctx.db, { parties: [bureaus.jiangbei, bureaus.deyang], createdBy: net.userIds.jiangbeiSchool, status: 'draft' });
    await insertCommunityFixture(ctx.db, schools.jiangbei, [{ organizationId: schools.qingyang }]);
  });
  afterAll(async () => ctx?.close());

  const dashboard = async (client: TestClient, query = '') => {
    const response = await client.get(`${BASE}?from=${lastMonth}&to=${thisMonth}${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it("counts a bureau's jurisdiction only, and each exchange once", async () => {
    const jiangbei = await dashboard(net.as.jiangbei);
    expect(jiangbei.scope).toMatchObject({ regionId: '500105' });
    expect(jiangbei.totals).toEqual({
      agreementsInForce: 1,
      agreements: 1,
      pairingsActive: 2,
      pairingsEnded: 0,
      communities: 1,
      alliances: 0,
      schoolsInvolved: 2,
      exchanges: 2,
      participants: 17,
    });
    expect(jiangbei.pairingsByBatch).toEqual([
      { batch: 1, active: 1, ended: 0 },
      { batch: 2, active: 1, ended: 0 },
    ]);
    expect(jiangbei.monthly).toEqual([
      { month: lastMonth, exchanges: 1, participants: 7, newPairings: 1, newAgreements: 0 },
      { month: thisMonth, exchanges: 1, participants: 10, newPairings: 0, newAgreements: 0 },
    ]);
    // Its own schools only, however active their partners are.
    expect(jiangbei.topSchools.map((s: { school: { id: string } }) => s.school.id).sort()).toEqual([net.schools.jiangbei, net.schools.jiangbei2].sort());
    expect(jiangbei.dormant.map((d: { pairingId: string }) => d.pairingId)).toEqual([pairings.jiangbeiDeyang]);
    expect(jiangbei.dormant[0].lastExchangeOn).toBeNull();

    const chongqing = await dashboard(net.as.cq);
    expect(chongqing.totals).toMatchObject({ pairingsActive: 3, exchanges: 3, participants: 22, schoolsInvolved: 3, agreementsInForce: 2 });
    const qingyang = await dashboard(net.as.qingyang);
    expect(qingyang.totals).toMatchObject({ pairingsActive: 1, exchanges: 1, participants: 10, agreementsInForce: 1, communities: 1, schoolsInvolved: 1 });
    expect(qingyang.dormant).toEqual([]);
    const everything = await dashboard(net.as.platform);
    expect(everything.scope).toEqual({ regionId: null, nameZh: '全部地区', nameEn: 'All regions' });
    expect(everything.totals).toMatchObject({ pairingsActive: 3, exchanges: 3, participants: 22, agreementsInForce: 2, schoolsInvolved: 5 });
    expect(everything.yearly.reduce((t: number, y: { exchanges: number }) => t + y.exchanges, 0)).toBe(3);
    expect((await dashboard(net.as.platform, '&regionId=510603')).totals).toMatchObject({ pairingsActive: 2, exchanges: 1 });
  });

  it('gives the roll-ups back as they were when rebuilt from the exchanges', async () => {
    const before = await dashboard(net.as.cq);
    await rebuildActivity(ctx.db);
    expect(await dashboard(net.as.cq)).toEqual(before);
    expect(await dashboard(net.as.platform)).toMatchObject({ totals: { exchanges: 3, participants: 22 } });
  });

  it('keeps each bureau to its own jurisdiction and gives coordination bodies the whole network', async () => {
    for (const [client, region] of [
      [net.as.jiangbei, '510105'],
      [net.as.qingyang, '500105'],
      [net.as.jiangbei, '500000'],
    ] as const) {
      expect((await client.get(`${BASE}?regionId=${region}`)).statusCode).toBe(403);
      expect((await client.get(`${BASE}/map?regionId=${region}`)).statusCode).toBe(403);
      expect((await client.get(`${BASE}/export?regionId=${region}`)).statusCode).toBe(403);
    }
    expect((await net.as.cq.get(`${BASE}?regionId=500105`)).statusCode).toBe(200);
    expect((await dashboard(net.as.jiangbeiReviewer)).totals.exchanges).toBe(2);
    for (const client of [net.as.jiangbeiSchool, net.as.jiangbeiTeacher]) expect((await client.get(BASE)).statusCode).toBe(403);
    expect((await net.as.guardian.get(BASE)).statusCode).toBe(403);
    const body = await createOrganization(ctx.db, { kind: 'coordination_body', regionId: '500105' });
    const centre = await ctx.clientAs((await createUser(ctx.db, { role: 'bureau_admin', organizationId: body.id })).id);
    expect((await dashboard(centre)).scope.regionId).toBeNull();
  });

  it('draws the schools of its scope with their activity, partners outside it without, and a line per pairing', async () => {
    const map = (await net.as.jiangbei.get(`${BASE}/map`)).json();
    expect(map.tileLayers).toBe(0);
    const byId = new Map(map.schools.map((s: { id: string }) => [s.id, s]));
    expect(byId.get(net.schools.jiangbei)).toMatchObject({ inScope: true, exchanges: 1, activity: 'high', latitude: 29.6 });
    expect(byId.get(net.schools.jiangbei2)).toMatchObject({ inScope: true, exchanges: 1 });
    expect(byId.get(net.schools.qingyang)).toMatchObject({ inScope: false, exchanges: null, activity: null });
    expect(byId.has(net.schools.yuzhong)).toBe(false);
    expect(map.pairings.map((p: { id: string; dormant: boolean }) => [p.id, p.dormant]).sort()).toEqual(
      [
        [pairings.jiangbeiQingyang, false],
        [pairings.jiangbeiDeyang, true],
      ].sort(),
    );
  });

  it('exports every dataset as a sheet, or one of them', async () => {
    const all = await net.as.jiangbei.get(`${BASE}/export?from=${lastMonth}&to=${thisMonth}`);
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-disposition']).toMatch(/cooperation-dashboard-500105-\d{8}\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(all.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '总量',
      '结对批次',
      '按月',
      '按年',
      '休眠结对',
      '最活跃学校',
      '最不活跃学校',
      '地图学校',
      '地图结对',
    ]);
    expect(workbook.getWorksheet('总量')!.getRow(4).values).toEqual([undefined, '结对中', 2]);
    const english = await net.as.jiangbei.request('GET', `${BASE}/export?dataset=monthly&from=${lastMonth}&to=${thisMonth}`, undefined, {
      'accept-language': 'en-US',
    });
    const monthly = new ExcelJS.Workbook();
    await monthly.xlsx.load(english.rawPayload as unknown as ExcelJS.Buffer);
    expect(monthly.worksheets.map((w) => w.name)).toEqual(['按月']);
    expect(monthly.worksheets[0]!.getRow(3).values).toEqual([undefined, thisMonth, 1, 10, 0, 0]);
  });
});
