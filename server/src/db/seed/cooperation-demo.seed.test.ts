import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../platform/crypto/data-protection.ts';
import { DIALECTS } from '../../test/databases.ts';
import { createTestContext, type TestContext } from '../../test/test-app.ts';
import { seedDemoCooperation } from './cooperation-demo.seed.ts';
import { seedDemoUsers } from './demo.seed.ts';
import { seedOrganizations } from './reference.seed.ts';

const NOW = new Date('2026-11-20T04:00:00Z');

describe.each(DIALECTS)('demo cooperation seed (%s)', (dialect) => {
  let ctx: TestContext;
  let exchanges: number;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    await seedOrganizations(ctx.db);
    await seedDemoUsers(ctx.db, createDataProtector(ctx.config.dataKey));
    exchanges = await seedDemoCooperation(ctx.db, NOW);
  });
  afterAll(async () => ctx?.close());

  const count = async (
    table: 'cooperation_agreements' | 'cooperation_pairings' | 'cooperation_communities' | 'cooperation_alliances' | 'cooperation_exchanges',
  ) =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const signIn = async (username: string) =>
    ctx.clientAs((await ctx.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id);

  it('lays out the partnerships of the reports and a few hundred exchanges, once', async () => {
    expect(await count('cooperation_agreements')).toBe(6);
    expect(await count('cooperation_pairings')).toBe(9);
    expect(await count('cooperation_communities')).toBe(6);
    expect(await count('cooperation_alliances')).toBe(2);
    expect(exchanges).toBeGreaterThanOrEqual(200);
    expect(exchanges).toBeLessThanOrEqual(500);
    expect(await count('cooperation_exchanges')).toBe(exchanges);
    const latest = await ctx.db
      .selectFrom('cooperation_exchanges')
      .select((eb) => eb.fn.max('occurred_on').as('d'))
      .executeTakeFirstOrThrow();
    expect(latest.d! <= '2026-11-20').toBe(true);
    expect(await seedDemoCooperation(ctx.db, NOW)).toBe(0);
  });

  it('draws the same exchanges from its fixed sequence every time', async () => {
    const again = await createTestContext(dialect);
    try {
      await seedOrganizations(again.db);
      await seedDemoUsers(again.db, createDataProtector(again.config.dataKey));
      expect(await seedDemoCooperation(again.db, NOW)).toBe(exchanges);
      const kinds = async (c: TestContext) =>
        await c.db
          .selectFrom('cooperation_exchanges')
          .select(['kind', 'occurred_on', 'participant_count'])
          .orderBy('occurred_on')
          .orderBy('kind')
          .orderBy('participant_count')
          .execute();
      expect(await kinds(again)).toEqual(await kinds(ctx));
    } finally {
      await again.close();
    }
  });

  it("gives Jiangbei's dashboard its batches, a dormant pairing and its own schools only", async () => {
    const jiangbei = await signIn('jiangbei.admin');
    const dashboard = (await jiangbei.get('/api/cooperation/dashboard?from=2024-01&to=2026-11')).json();
    expect(dashboard.pairingsByBatch.map((b: { batch: number; active: number }) => [b.batch, b.active])).toEqual([
      [1, 3],
      [2, 3],
      [3, 2],
      [4, 1],
    ]);
    // The Luzhou vocational supplement is a draft Jiangbei has yet to confirm; two communities are led by Jiangbei schools.
    expect(dashboard.totals).toMatchObject({ agreementsInForce: 4, pairingsActive: 9, communities: 2, alliances: 1 });
    // 华新—平昌 has gone quiet in the last eight months.
    expect(dashboard.dormant.map((d: { schools: { nameZh: string }[] }) => d.schools.map((s) => s.nameZh).sort())).toEqual([
      ['平昌县第六小学', '重庆市江北区华新实验小学'],
    ]);
    for (const s of dashboard.topSchools) expect(s.school.regionId).toBe('500105');
    const centre = (await (await signIn('lt-centre.admin')).get('/api/cooperation/dashboard')).json();
    expect(centre.scope.regionId).toBeNull();
    expect(centre.totals).toMatchObject({ communities: 6, alliances: 2, agreementsInForce: 5 });
  });

  it('shows a draft agreement awaiting Jiangbei, and a community with a join request and a former member', async () => {
    const jiangbei = await signIn('jiangbei.admin');
    const drafts = (await jiangbei.get('/api/cooperation/agreements?status=draft')).json();
    expect(drafts.items).toHaveLength(1);
    const draft = (await jiangbei.get(`/api/cooperation/agreements/${drafts.items[0].id}`)).json();
    expect(draft.parties.map((p: { confirmedAt: string | null }) => p.confirmedAt !== null).sort()).toEqual([false, true]);
    expect(draft.permissions.canConfirm).toBe(true);
    const lead = await signIn('xincun.admin');
    const list = (await lead.get('/api/cooperation/communities')).json();
    const community = list.items.find((c: { name: string }) => c.name === '成渝小学互动发展共同体');
    const body = (await lead.get(`/api/cooperation/communities/${community.id}`)).json();
    expect(body.requests.map((r: { organization: { id: string } }) => r.organization.id)).toEqual(['school-guanyinqiao']);
    expect(body.history.map((r: { organization: { id: string }; status: string }) => [r.organization.id, r.status])).toEqual([['school-peixin', 'left']]);
  });

  it('lets the partner finder suggest partners to a Jiangbei school that has none yet', async () => {
    const admin = await signIn('guanyinqiao.admin');
    const result = (await admin.get('/api/cooperation/partner-finder?schoolId=school-guanyinqiao')).json();
    expect(result.items.length).toBeGreaterThan(3);
    expect(result.items[0].reasons.map((r: { kind: string }) => r.kind)).toContain('complementary_strength');
    const proposal = await admin.post('/api/cooperation/pairings', {
      proposerSchoolId: 'school-guanyinqiao',
      partnerSchoolIds: ['school-paotongshu'],
      focusAreas: ['curriculum'],
      startsOn: '2027-03-01',
    });
    expect(proposal.statusCode, proposal.body).toBe(201);
  });
});
