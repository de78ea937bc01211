import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createSchool } from '../../../test/factories.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import { buildNetwork, type Network } from '../cooperation.fixtures.test-support.ts';
import { insertPairingFixture } from '../pairings/pairings.fixtures.test-support.ts';
import { rankCandidate, type RankedSchool } from './partner-ranking.ts';

const BASE = '/api/cooperation/partner-finder';
const PROFILES = '/api/cooperation/profiles';

describe('partner ranking', () => {
  const school: RankedSchool = {
    id: 'a',
    stages: ['primary'],
    pupilCount: 1000,
    strengths: ['mathematics'],
    needs: ['english', 'curriculum'],
    latitude: 29.58,
    longitude: 106.54,
    livePairings: 1,
  };
  it('weighs what the partner brings above what it asks, and says why', () => {
    const brings = rankCandidate(school, { ...school, id: 'b', strengths: ['english'], needs: [], livePairings: 0, latitude: 30.67, longitude: 104.06 });
    const asks = rankCandidate(school, { ...school, id: 'c', strengths: [], needs: ['mathematics'], livePairings: 0, latitude: 30.67, longitude: 104.06 });
    expect(brings.score).toBeGreaterThan(asks.score);
    expect(brings.reasons.map((r) => r.kind)).toEqual(['complementary_strength', 'same_stage', 'not_yet_paired', 'distance', 'similar_size']);
    expect(brings.reasons[0]).toEqual({ kind: 'complementary_strength', tags: ['english'] });
    expect(brings.distanceKm).toBeGreaterThan(250);
    expect(brings.distanceKm).toBeLessThan(300);
  });
  it('prefers the nearer of two equal schools and leaves out distance without coordinates', () => {
    const near = rankCandidate(school, { ...school, id: 'd', latitude: 30.0, longitude: 106.0 });
    const far = rankCandidate(school, { ...school, id: 'e', latitude: 31.9, longitude: 106.7 });
    expect(near.score).toBeGreaterThan(far.score);
    const unknown = rankCandidate(school, { ...school, id: 'f', latitude: null, longitude: null, pupilCount: 5000 });
    expect(unknown.distanceKm).toBeNull();
    expect(unknown.reasons.map((r) => r.kind)).toEqual(['same_stage']);
  });
});

describe.each(DIALECTS)('partner finder (%s)', (dialect) => {
  let ctx: TestContext;
  let net: Network;
  let kindergarten: string;
  let bazhong: string;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    net = await buildNetwork(ctx);
    const place = (id: string, latitude: number, longitude: number, pupils: number) =>
      ctx.db.updateTable('organizations').set({ latitude, longitude, pupil_count: pupils }).where('id', '=', id).execute();
    await place(net.schools.jiangbei, 29.58, 106.54, 1200);
    await place(net.schools.qingyang, 30.67, 104.06, 1000);
    await place(net.schools.yuzhong, 29.56, 106.56, 3000);
    await place(net.schools.deyang, 31.13, 104.39, 1100);
    kindergarten = (await createSchool(ctx.db, '510603', { stages: ['kindergarten'] })).id;
    bazhong = (await createSchool(ctx.db, '511902')).id;
    await place(bazhong, 31.87, 106.75, 1300);
    await insertPairingFixture(ctx.db, { proposer: net.schools.jiangbei, partners: [net.schools.deyang], status: 'active' });
  });
  afterAll(async () => ctx?.close());

  it('keeps strengths and needs, edited by whoever edits the school', async () => {
    const saved = await net.as.jiangbeiSchool.put(`${PROFILES}/${net.schools.jiangbei}`, {
      strengths: ['mathematics', 'smart_education'],
      needs: ['english', 'curriculum'],
    });
    expect(saved.json()).toEqual({
      organizationId: net.schools.jiangbei,
      strengths: ['mathematics', 'smart_education'],
      needs: ['curriculum', 'english'],
      canUpdate: true,
    });
    expect((await net.as.qingyangSchool.put(`${PROFILES}/${net.schools.jiangbei}`, { strengths: [], needs: [] })).statusCode).toBe(403);
    expect((await net.as.qingyangSchool.get(`${PROFILES}/${net.schools.jiangbei}`)).json().canUpdate).toBe(false);
    expect((await net.as.qingyang.put(`${PROFILES}/${net.schools.qingyang}`, { strengths: ['english'], needs: ['mathematics'] })).statusCode).toBe(200);
    expect((await net.as.jiangbeiSchool.put(`${PROFILES}/${net.schools.jiangbei}`, { strengths: ['knitting'], needs: [] })).statusCode).toBe(400);
  });

  it('ranks schools of other regions with the reasons, leaving out partners it has and other stages', async () => {
    const response = await net.as.jiangbeiTeacher.get(`${BASE}?schoolId=${net.schools.jiangbei}`);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.school).toMatchObject({ id: net.schools.jiangbei, livePairings: 1, needs: ['curriculum', 'english'] });
    const ids = result.items.map((s: { school: { id: string } }) => s.school.id);
    expect(ids[0]).toBe(net.schools.qingyang);
    expect(ids).toContain(bazhong);
    // Yuzhong is another district of the same city, a few kilometres away: not the border a partnership crosses.
    for (const excluded of [net.schools.jiangbei, net.schools.jiangbei2, net.schools.yuzhong, net.schools.deyang, kindergarten])
      expect(ids).not.toContain(excluded);
    expect(result.items[0].reasons).toEqual([
      { kind: 'complementary_strength', tags: ['english'] },
      { kind: 'complementary_need', tags: ['mathematics'] },
      { kind: 'same_stage', stages: ['primary'] },
      { kind: 'not_yet_paired' },
      { kind: 'distance', km: expect.any(Number) },
      { kind: 'similar_size' },
    ]);
    expect(result.considered).toBe(result.items.length);
  });

  it('filters by region, stage, size and tags', async () => {
    const ids = async (query: string) =>
      (await net.as.jiangbeiSchool.get(`${BASE}?schoolId=${net.schools.jiangbei}&${query}`)).json().items.map((s: { school: { id: string } }) => s.school.id);
    expect(await ids('strengths=english')).toEqual([net.schools.qingyang]);
    expect(await ids('needs=mathematics&needs=arts')).toEqual([net.schools.qingyang]);
    expect(await ids('regionId=510603&stage=kindergarten')).toEqual([kindergarten]);
    expect(await ids('minPupils=1250&maxPupils=2000')).toEqual([bazhong]);
    expect(await ids('regionId=511900')).toEqual([bazhong]);
  });

  it("searches only for one's own school (or one below one's bureau)", async () => {
    expect((await net.as.qingyangSchool.get(`${BASE}?schoolId=${net.schools.jiangbei}`)).statusCode).toBe(403);
    expect((await net.as.jiangbei.get(`${BASE}?schoolId=${net.schools.jiangbei}`)).statusCode).toBe(200);
    expect((await net.as.guardian.get(`${BASE}?schoolId=${net.schools.jiangbei}`)).statusCode).toBe(403);
    expect((await net.as.jiangbei.get(`${BASE}?schoolId=${net.bureaus.jiangbei}`)).json().error.code).toBe('cooperation.not_a_school');
  });
});
