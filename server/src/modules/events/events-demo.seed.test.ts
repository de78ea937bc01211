import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataProtector } from '../../platform/crypto/data-protection.ts';
import { seedDemoEvents } from '../../db/seed/events-demo.seed.ts';
import { seedDemoUsers } from '../../db/seed/demo.seed.ts';
import { seedOrganizations } from '../../db/seed/reference.seed.ts';
import { DIALECTS } from '../../test/databases.ts';
import { createTestContext, type TestContext } from '../../test/test-app.ts';

describe.each(DIALECTS)('demo events seed (%s)', (dialect) => {
  let ctx: TestContext;
  let seeded: number;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    await seedOrganizations(ctx.db);
    await seedDemoUsers(ctx.db, createDataProtector(ctx.config.dataKey));
    seeded = await seedDemoEvents(ctx.db);
  });
  afterAll(async () => ctx?.close());

  const signIn = async (username: string) =>
    ctx.clientAs((await ctx.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id);

  it('lays out the events of the reports once; xincun.teacher finds a registration with its QR code and events to join', async () => {
    expect(seeded).toBe(5);
    expect(await seedDemoEvents(ctx.db)).toBe(0);
    const teacher = await signIn('xincun.teacher');
    const mine = (await teacher.get('/api/events/mine')).json().items;
    expect(mine.map((i: { event: { title: string }; registration: { status: string } }) => [i.event.title, i.registration.status])).toEqual([
      ['两江·天府小学语文联合教研：整本书阅读教学', 'confirmed'],
      ['第二届成渝双城智慧教育开放日', 'confirmed'],
    ]);
    expect(mine[0].checkInQrSvg).toContain('<svg');
    // Past events need no code at the door.
    expect(mine[1].checkInQrSvg).toBeNull();
    const certificates = (await teacher.get('/api/events/certificates/mine')).json().items;
    expect(certificates.map((c: { eventTitle: string; hours: number }) => [c.eventTitle, c.hours])).toEqual([['第二届成渝双城智慧教育开放日', 6]]);
    const list = (await teacher.get('/api/events')).json();
    expect(list.total).toBe(5);
    const joinable = list.items.filter((e: { permissions: { canRegister: boolean } }) => e.permissions.canRegister).map((e: { title: string }) => e.title);
    expect(joinable).toEqual(expect.arrayContaining(['成渝名校长工作室论坛', '两江·天府小学数学联合教研：大单元教学设计']));
    // The forum's organizers (the Jiangbei bureau among them) manage it.
    const forum = list.items.find((e: { title: string }) => e.title === '成渝名校长工作室论坛');
    const jiangbei = (await (await signIn('jiangbei.admin')).get(`/api/events/${forum.id}`)).json();
    expect(jiangbei.permissions).toMatchObject({ canUpdate: true, canManageRegistrations: true });
    expect(jiangbei.mode).toBe('hybrid');
  });
});
