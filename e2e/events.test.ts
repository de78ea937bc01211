import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../common/locales.ts';
import { expectNoHorizontalOverflow, fillMessage, loose, setSavedLocale, signInStaff, ui } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { screenshot, withPage } from './support/browser.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// Events in Chromium: a teacher (xincun.teacher) registers for the 成渝名校长工作室论坛 of the demo data, finds
// the check-in QR code under My events (decoded from its pixels), and an organizer of the forum (the Jiangbei
// bureau's admin) checks the teacher in with the code the QR carries.

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

const FORUM = '成渝名校长工作室论坛';

/** Each case starts with the teacher not registered for the forum. */
async function resetRegistration(): Promise<void> {
  const teacher = await platform.db.selectFrom('users').select('id').where('username', '=', 'xincun.teacher').executeTakeFirstOrThrow();
  const forum = await platform.db.selectFrom('events').select('id').where('title', '=', FORUM).executeTakeFirstOrThrow();
  await platform.db.deleteFrom('event_registrations').where('event_id', '=', forum.id).where('user_id', '=', teacher.id).execute();
}

describe.each<Locale>(['zh-CN', 'en-US'])('events in %s', (locale) => {
  const t = ui[locale];

  it.each(['desktop', 'phone'] as const)('a teacher registers, shows the QR code, and an organizer checks them in with it (%s)', async (viewport) => {
    await resetRegistration();
    await setSavedLocale(platform.db, 'xincun.teacher', locale);
    await setSavedLocale(platform.db, 'jiangbei.admin', locale);
    let token = '';

    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await signInStaff(page, 'xincun.teacher');
      await page.goto('/events');
      await page.getByRole('link', { name: FORUM }).click();
      await page.getByRole('heading', { name: new RegExp(FORUM) }).waitFor();
      await page.getByRole('button', { name: loose(t.events.register.button) }).click();
      await page.getByText(t.events.register.confirmed).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `events-registered.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `events-registered.${locale}.${viewport}`);

      await page.getByRole('link', { name: loose(t.events.register.showQr) }).click();
      await page.waitForURL((url) => url.pathname === '/events/mine');
      const qr = page.getByRole('img', { name: fillMessage(t.events.my.qrAlt, { title: FORUM }) });
      await qr.waitFor();
      // What a phone's camera would read: the QR code decoded from the pixels on the screen.
      const { data, info } = await sharp(await qr.screenshot())
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
      token = decoded?.data ?? '';
      expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      expect(await qr.getAttribute('data-check-in-token')).toBe(token);
      // The certificate of the open day the teacher attended waits on the same page.
      const certificates = page.getByRole('heading', { name: t.events.certificates.title });
      await certificates.waitFor();
      await page.getByRole('listitem').getByText('第二届成渝双城智慧教育开放日', { exact: true }).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `events-mine.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `events-mine.${locale}.${viewport}`);

      // Its public check, as its QR code opens it: no sign-in needed, the name masked.
      const mine = (await (await page.request.get('/api/events/certificates/mine')).json()) as { items: { verificationCode: string }[] };
      await page.goto(`/verify/certificates/${mine.items[0]!.verificationCode}`);
      await page.getByRole('heading', { name: t.family.verifyCertificate.valid }).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `events-certificate-check.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `events-certificate-check.${locale}.${viewport}`);
    });

    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await signInStaff(page, 'jiangbei.admin');
      await page.goto('/events');
      await page.getByRole('link', { name: FORUM }).click();
      await page.getByRole('link', { name: loose(t.events.manage.registrations) }).click();
      await page.waitForURL((url) => url.pathname.endsWith('/registrations'));
      await page.getByLabel(t.events.registrations.token).fill(token);
      await page.getByRole('button', { name: loose(t.events.registrations.checkInByToken) }).click();
      const row = page.getByRole('row').filter({ hasText: '刘老师' });
      await row.getByText(t.events.registrations.checkedIn).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `events-check-in.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `events-check-in.${locale}.${viewport}`);
    });
  });
});

describe.each<Locale>(['zh-CN', 'en-US'])('creating an event in %s', (locale) => {
  const t = ui[locale];

  it.each(['desktop', 'phone'] as const)('a school admin drafts a hybrid joint research session with two district quotas (%s)', async (viewport) => {
    await setSavedLocale(platform.db, 'xincun.admin', locale);
    const title = `数学联合教研 ${locale} ${viewport}`;
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await signInStaff(page, 'xincun.admin');
      await page.goto('/events/new');
      const f = t.events.form;
      await page.getByLabel(f.title, { exact: true }).fill(title);
      const choose = async (label: string, search: string, option: string) => {
        const box = page.getByLabel(label, { exact: true });
        await box.click();
        await box.fill(search);
        await page.locator('.ant-select-item-option').filter({ hasText: option }).first().click();
      };
      await page
        .locator('label.ant-radio-button-wrapper')
        .filter({ hasText: new RegExp(`^${t.events.modes.hybrid}$`) })
        .click();
      await expect.poll(() => page.getByRole('radio', { name: t.events.modes.hybrid }).isChecked()).toBe(true);
      await page.getByLabel(f.venue, { exact: true }).fill('江北区教师进修学院 301');
      await page.getByLabel(f.meetingUrl, { exact: true }).fill('https://meeting.example.cn/maths');
      const date = async (label: string | RegExp, value: string, scope = page.locator('body')) => {
        const input = scope.getByLabel(label);
        await input.click();
        await input.fill(value);
        // Leaving the field keeps the typed value (Enter would submit the form).
        await input.press('Tab');
        await expect.poll(() => input.inputValue()).toBe(value);
      };
      await date(new RegExp(`^${f.startsAt}$`), '2027-04-08 09:00', page.locator('form > .ant-form-item').filter({ hasText: f.startsAt }).first());
      await date(new RegExp(`^${f.endsAt}$`), '2027-04-08 16:00', page.locator('form > .ant-form-item').filter({ hasText: f.endsAt }).first());
      await page.locator('#capacity').fill('60');

      await page.getByRole('button', { name: loose(f.addQuota) }).click();
      await page.getByRole('button', { name: loose(f.addQuota) }).click();
      await choose(fillMessage(f.quotaRegion, { n: 1 }), locale === 'en-US' ? 'Jiangbei' : '江北', locale === 'en-US' ? 'Jiangbei' : '江北区');
      await page.getByRole('spinbutton', { name: fillMessage(f.quotaSeats, { n: 1 }) }).fill('30');
      await choose(fillMessage(f.quotaRegion, { n: 2 }), locale === 'en-US' ? 'Qingyang' : '青羊', locale === 'en-US' ? 'Qingyang' : '青羊区');
      await page.getByRole('spinbutton', { name: fillMessage(f.quotaSeats, { n: 2 }) }).fill('30');
      // From the top: a whole-page picture of a scrolled page paints the sticky header halfway down.
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `events-new.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `events-new.${locale}.${viewport}`);

      await page.getByRole('button', { name: loose(f.submit) }).click();
      await page.waitForURL((url) => /^\/events\/[0-9a-f-]{36}$/.test(url.pathname));
      await page.getByRole('heading', { name: new RegExp(title), level: 1 }).waitFor();
      await page.getByText(t.events.statuses.draft, { exact: true }).first().waitFor();
      await page.getByRole('button', { name: loose(t.events.manage.publish) }).waitFor();
      const event = await platform.db
        .selectFrom('events')
        .select(['id', 'mode', 'capacity', 'status', 'starts_at', 'ends_at'])
        .where('title', '=', title)
        .executeTakeFirstOrThrow();
      expect(event).toMatchObject({
        mode: 'hybrid',
        capacity: 60,
        status: 'draft',
        starts_at: '2027-04-08T01:00:00.000Z',
        ends_at: '2027-04-08T08:00:00.000Z',
      });
      const quotas = await platform.db
        .selectFrom('event_quotas')
        .select(['region_id', 'seats'])
        .where('event_id', '=', event.id)
        .orderBy('region_id')
        .execute();
      expect(quotas).toEqual([
        { region_id: '500105', seats: 30 },
        { region_id: '510105', seats: 30 },
      ]);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `events-draft.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `events-draft.${locale}.${viewport}`);
    });
  });
});

describe.each<Locale>(['zh-CN', 'en-US'])('registering teachers in %s', (locale) => {
  const t = ui[locale];
  const MATHS = '两江·天府小学数学联合教研：大单元教学设计';

  it('a school admin registers a teacher of the school for an event', async () => {
    await setSavedLocale(platform.db, 'xincun.admin', locale);
    const teacher = await platform.db.selectFrom('users').select('id').where('username', '=', 'xincun.teacher').executeTakeFirstOrThrow();
    const maths = await platform.db.selectFrom('events').select('id').where('title', '=', MATHS).executeTakeFirstOrThrow();
    await platform.db.deleteFrom('event_registrations').where('event_id', '=', maths.id).where('user_id', '=', teacher.id).execute();
    await withPage(browser, platform.baseUrl, 'desktop', locale, async (page) => {
      await signInStaff(page, 'xincun.admin');
      await page.goto('/events');
      await page.getByRole('link', { name: MATHS }).click();
      await page.getByRole('button', { name: loose(t.events.teachers.open) }).click();
      const dialog = page.getByRole('dialog', { name: t.events.teachers.title });
      const box = dialog.getByLabel(t.events.teachers.teachers);
      await box.click();
      await box.fill('刘');
      // The option list may redraw while the search settles: pick the active option with the keyboard.
      await page.locator('.ant-select-item-option').filter({ hasText: '新村实验小学 刘老师' }).waitFor();
      await box.press('Enter');
      await dialog.locator('.ant-select-selection-item').filter({ hasText: '新村实验小学 刘老师' }).waitFor();
      await box.press('Escape');
      await screenshot(page, `events-register-teachers.${locale}.desktop`, { fullPage: false });
      await expectNoSeriousViolations(page, `events-register-teachers.${locale}.desktop`);
      await dialog.getByRole('button', { name: loose(t.events.teachers.submit) }).click();
      await page.getByText(fillMessage(t.events.teachers.done, { count: 1, waitlisted: 0 })).waitFor();
      const row = await platform.db
        .selectFrom('event_registrations')
        .select(['status', 'registered_by'])
        .where('event_id', '=', maths.id)
        .where('user_id', '=', teacher.id)
        .executeTakeFirstOrThrow();
      expect(row.status).toBe('confirmed');
      expect(row.registered_by).not.toBe(teacher.id);
    });
  });
});
