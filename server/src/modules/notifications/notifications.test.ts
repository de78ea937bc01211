import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../../../common/enrollment-application.ts';
import { LOCALES } from '../../../../common/locales.ts';
import { DevSmsSender, type SmsNotification, type SmsSender } from '../../platform/auth/sms-sender.ts';
import { renderNotification } from '../../platform/notifications/notification-texts.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { sendPendingSms } from '../../platform/notifications/sms-outbox.ts';
import { DIALECTS } from '../../test/databases.ts';
import { createUser } from '../../test/factories.ts';
import { createTestContext, type TestContext } from '../../test/test-app.ts';

const silent = { warn: () => undefined };

/** A gateway that fails the first `failures` calls, then accepts. */
class FlakySender implements SmsSender {
  readonly sent: { mobile: string; message: SmsNotification; locale: string }[] = [];
  constructor(private failures: number) {}
  async sendCode(): Promise<void> {}
  async sendNotification(mobile: string, message: SmsNotification, locale: string): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('gateway down');
    }
    this.sent.push({ mobile, message, locale });
  }
}

describe('notification texts', () => {
  it('have a title and a body in every locale for every kind, with every documented parameter filled', () => {
    const params = {
      reference: 'YD2027-7KQ4M2XH',
      deadline: '2027-05-10T16:00:00.000Z',
      schoolZh: '观音桥小学',
      schoolEn: 'Guanyinqiao Primary School',
      material: 'hukou_register',
      reason: '照片不清晰',
    };
    for (const kind of NOTIFICATION_KINDS) {
      for (const locale of LOCALES) {
        const text = renderNotification(kind, params, locale);
        expect(text.title.length, `${kind} ${locale}`).toBeGreaterThan(0);
        expect(text.body, `${kind} ${locale}`).toContain('YD2027-7KQ4M2XH');
        expect(text.body, `${kind} ${locale}`).not.toMatch(/[{}]|—/);
      }
    }
    expect(renderNotification('placed', params, 'zh-CN').body).toBe(
      '入学申请 YD2027-7KQ4M2XH 已派位至观音桥小学，请在 2027-05-11 00:00（北京时间） 前登录确认是否接受。',
    );
    expect(renderNotification('document_rejected', params, 'en-US').body).toContain('household register');
  });
});

describe.each(DIALECTS)('notifications (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
  });
  afterAll(async () => ctx?.close());

  const note = (userId: string, reference: string, sms = false) =>
    notify(ctx.db, { userId, kind: 'application_submitted', params: { reference }, objectType: 'enrollment_application', objectId: reference, sms });

  it("lists the caller's own notifications newest first, paged, with the unread count, in the caller's language", async () => {
    const user = await createUser(ctx.db, { role: 'guardian' });
    const other = await createUser(ctx.db, { role: 'guardian' });
    for (const ref of ['YD2027-AAAAAAA1', 'YD2027-AAAAAAA2', 'YD2027-AAAAAAA3']) {
      await note(user.id, ref);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    await note(other.id, 'YD2027-OTHER001');
    const client = await ctx.clientAs(user.id);
    const page = await client.get('/api/notifications?pageSize=2');
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ total: 3, unread: 3 });
    expect(page.json().items.map((n: { body: string }) => n.body)).toEqual([
      '您的入学申请 YD2027-AAAAAAA3 已提交，请等待审核结果。',
      '您的入学申请 YD2027-AAAAAAA2 已提交，请等待审核结果。',
    ]);
    expect(page.json().items[0]).toMatchObject({ kind: 'application_submitted', title: '申请已提交', objectType: 'enrollment_application', readAt: null });
    expect((await client.get('/api/notifications?page=2&pageSize=2')).json().items).toHaveLength(1);
    await client.request('PUT', '/api/auth/preferences', { locale: 'en-US' });
    expect((await client.get('/api/notifications')).json().items[0].title).toBe('Application submitted');
  });

  it("marks one read (again: unchanged), refuses another person's (404), and marks all read", async () => {
    const user = await createUser(ctx.db, { role: 'guardian' });
    const other = await createUser(ctx.db, { role: 'guardian' });
    await note(user.id, 'YD2027-BBBBBBB1');
    await note(user.id, 'YD2027-BBBBBBB2');
    await note(other.id, 'YD2027-BBBBBBB3');
    const client = await ctx.clientAs(user.id);
    const [first] = (await client.get('/api/notifications')).json().items;
    const read = await client.post(`/api/notifications/${first.id}/read`);
    expect(read.json().readAt).not.toBeNull();
    expect((await client.post(`/api/notifications/${first.id}/read`)).json().readAt).toBe(read.json().readAt);
    expect((await client.get('/api/notifications')).json().unread).toBe(1);
    expect((await client.get('/api/notifications?unreadOnly=true')).json().total).toBe(1);
    const othersId = (await (await ctx.clientAs(other.id)).get('/api/notifications')).json().items[0].id;
    expect((await client.post(`/api/notifications/${othersId}/read`)).statusCode).toBe(404);
    expect((await client.post('/api/notifications/read-all')).json()).toEqual({ updated: 1 });
    expect((await client.get('/api/notifications')).json().unread).toBe(0);
    expect((await (await ctx.clientAs(other.id)).get('/api/notifications')).json().unread).toBe(1);
    expect((await (await ctx.anonymous()).get('/api/notifications')).statusCode).toBe(401);
  });

  it("sends pending SMS once, in the recipient's language, and leaves in-app-only notifications alone", async () => {
    await sendPendingSms(ctx.db, new DevSmsSender(), silent, { batchSize: 1000 }); // drain earlier tests' rows
    const zh = await createUser(ctx.db, { role: 'guardian' });
    const en = await createUser(ctx.db, { role: 'guardian' });
    await ctx.db.updateTable('users').set({ locale: 'en-US' }).where('id', '=', en.id).execute();
    await note(zh.id, 'YD2027-CCCCCCC1', true);
    await note(en.id, 'YD2027-CCCCCCC2', true);
    await note(en.id, 'YD2027-CCCCCCC3', false);
    const sender = new DevSmsSender();
    expect(await sendPendingSms(ctx.db, sender, silent)).toEqual({ sent: 2, failed: 0, retrying: 0 });
    expect(
      sender.notifications
        .map((n) => [n.mobile, n.locale, n.message.text])
        .sort((a, b) => a[1]!.localeCompare(b[1]!))
        .reverse(),
    ).toEqual([
      [zh.mobile, 'zh-CN', '您的入学申请 YD2027-CCCCCCC1 已提交，请等待审核结果。'],
      [en.mobile, 'en-US', 'Your application YD2027-CCCCCCC2 has been submitted and is waiting for review.'],
    ]);
    expect(await sendPendingSms(ctx.db, sender, silent)).toEqual({ sent: 0, failed: 0, retrying: 0 });
    // The three were written within a millisecond or two: compared as a set, not in creation order.
    const rows = await ctx.db
      .selectFrom('notifications')
      .select(['sms_status', 'sms_attempts'])
      .where('user_id', 'in', [zh.id, en.id])
      .orderBy('sms_status')
      .execute();
    expect(rows).toEqual([
      { sms_status: 'none', sms_attempts: 0 },
      { sms_status: 'sent', sms_attempts: 1 },
      { sms_status: 'sent', sms_attempts: 1 },
    ]);
  });

  it('retries a failed SMS after the lease and gives up after the last attempt', async () => {
    await sendPendingSms(ctx.db, new DevSmsSender(), silent, { batchSize: 1000 });
    const user = await createUser(ctx.db, { role: 'guardian' });
    await note(user.id, 'YD2027-DDDDDDD1', true);
    const flaky = new FlakySender(1);
    expect(await sendPendingSms(ctx.db, flaky, silent, { leaseMs: 60_000 })).toEqual({ sent: 0, failed: 0, retrying: 1 });
    // Within the lease the row waits.
    expect(await sendPendingSms(ctx.db, flaky, silent, { leaseMs: 60_000 })).toEqual({ sent: 0, failed: 0, retrying: 0 });
    expect(await sendPendingSms(ctx.db, flaky, silent, { leaseMs: 0 })).toEqual({ sent: 1, failed: 0, retrying: 0 });
    expect(flaky.sent).toHaveLength(1);

    const unlucky = await createUser(ctx.db, { role: 'guardian' });
    await note(unlucky.id, 'YD2027-DDDDDDD2', true);
    const down = new FlakySender(100);
    for (let i = 0; i < 2; i += 1) await sendPendingSms(ctx.db, down, silent, { leaseMs: 0, maxAttempts: 3 });
    expect(await sendPendingSms(ctx.db, down, silent, { leaseMs: 0, maxAttempts: 3 })).toEqual({ sent: 0, failed: 1, retrying: 0 });
    const row = await ctx.db.selectFrom('notifications').select(['sms_status', 'sms_attempts']).where('user_id', '=', unlucky.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ sms_status: 'failed', sms_attempts: 3 });
  });

  it('sends each SMS once when several instances run the outbox at the same time', async () => {
    await sendPendingSms(ctx.db, new DevSmsSender(), silent, { batchSize: 1000 });
    const users = await Promise.all(Array.from({ length: 8 }, () => createUser(ctx.db, { role: 'guardian' })));
    for (const [i, user] of users.entries()) await note(user.id, `YD2027-EEEEEE${String(i).padStart(2, '0')}`, true);
    const instances = [new DevSmsSender(), new DevSmsSender(), new DevSmsSender()];
    await Promise.all(instances.map((sender) => sendPendingSms(ctx.db, sender, silent)));
    const sent = instances.flatMap((sender) => sender.notifications.map((n) => n.message.params.reference));
    expect(sent.sort()).toEqual(users.map((_, i) => `YD2027-EEEEEE${String(i).padStart(2, '0')}`));
  });

  it('gives up at once on an account without a mobile number', async () => {
    await sendPendingSms(ctx.db, new DevSmsSender(), silent, { batchSize: 1000 });
    const staff = await createUser(ctx.db, { role: 'teacher' });
    await note(staff.id, 'YD2027-FFFFFFF1', true);
    expect(await sendPendingSms(ctx.db, new DevSmsSender(), silent)).toEqual({ sent: 0, failed: 1, retrying: 0 });
  });
});
