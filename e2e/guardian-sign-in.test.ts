import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../common/locales.ts';
import { expectNoHorizontalOverflow, fillMessage, loose, serverMessage, ui } from './support/app.ts';
import { newContext, screenshot, withPage, type VIEWPORTS } from './support/browser.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// Guardian sign-in on phones, in the family app (family.html): a mobile number, the code from the text
// message (read from the development sender's outbox), a new account on first sign-in, wrong and reused
// codes refused.

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

let nextMobile = 0;
/** A mobile number no account has yet (1390000xxxx; the demo guardian is 13800000001). */
const newMobile = () => `1390000${String(nextMobile++).padStart(4, '0')}`;

/** Any six digits other than `code`. */
const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

/** Enters the number, asks for a code and returns the one the SMS sender sent. */
async function requestCode(page: Page, locale: Locale, mobile: string): Promise<string> {
  const t = ui[locale].family;
  await page.goto('/family/login');
  await page.getByRole('heading', { name: t.auth.title }).waitFor();
  await page.getByLabel(t.auth.mobile, { exact: true }).fill(mobile);
  await page.getByRole('button', { name: loose(t.auth.getCode) }).click();
  await page.getByLabel(t.auth.smsCode, { exact: true }).waitFor();
  const code = platform.sms.lastCodeFor(mobile);
  expect(code).toMatch(/^\d{6}$/);
  return code!;
}

async function submitCode(page: Page, locale: Locale, code: string): Promise<void> {
  await page.getByLabel(ui[locale].family.auth.smsCode, { exact: true }).fill(code);
  await page.getByRole('button', { name: loose(ui[locale].family.auth.signIn) }).click();
}

const cases: [keyof typeof VIEWPORTS, Locale][] = [
  ['phone', 'zh-CN'],
  ['narrowPhone', 'zh-CN'],
  ['narrowPhone', 'en-US'],
];

describe.each(cases)('a new guardian on a %s in %s', (viewport, locale) => {
  const t = ui[locale].family;

  it('gets a code by SMS, is refused a wrong one, and signs in (registering) with the right one', async () => {
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      const mobile = newMobile();
      await page.goto('/family/login');
      await page.getByRole('heading', { name: t.auth.title }).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `guardian-login.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `guardian-login.${locale}.${viewport}`);

      const code = await requestCode(page, locale, mobile);
      await submitCode(page, locale, wrongCodeFor(code));
      await page
        .getByRole('alert')
        .filter({ hasText: serverMessage('auth.code_invalid', locale) })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe('/family/login');
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `guardian-login-wrong-code.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `guardian-login-wrong-code.${locale}.${viewport}`);

      await submitCode(page, locale, code);
      await page.waitForURL((url) => url.pathname === '/family/');
      await page.getByRole('heading', { name: t.home.title, exact: true }).waitFor();
      await page.getByRole('heading', { name: t.home.applications }).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `guardian-home.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `guardian-home.${locale}.${viewport}`);

      // The first sign-in made the account: a guardian with this number, in the language used to sign in.
      const account = await platform.db
        .selectFrom('users')
        .innerJoin('role_grants', 'role_grants.user_id', 'users.id')
        .select(['users.locale', 'role_grants.role'])
        .where('users.mobile', '=', mobile)
        .execute();
      expect(account).toEqual([{ locale, role: 'guardian' }]);

      // Signing out (on 我的) ends the session and shows the family sign-in page.
      await page.getByRole('link', { name: t.nav.me, exact: true }).click();
      await page.getByRole('button', { name: loose(t.auth.signOut) }).click();
      await page.waitForURL((url) => url.pathname === '/family/login');
      const session = (await (await page.request.get('/api/auth/session')).json()) as { authenticated: boolean };
      expect(session.authenticated).toBe(false);
    });
  });
});

describe('a code already used', () => {
  it('is refused on a second device', async () => {
    const t = ui['zh-CN'].family;
    const mobile = '13800000001'; // the demo guardian: an existing account
    await withPage(browser, platform.baseUrl, 'phone', 'zh-CN', async (page) => {
      const code = await requestCode(page, 'zh-CN', mobile);

      // Someone signs in with the code on another phone first.
      const other = await newContext(browser, platform.baseUrl, 'phone', 'zh-CN');
      try {
        const { csrfToken } = (await (await other.request.get('/api/auth/session')).json()) as { csrfToken: string };
        const used = await other.request.post('/api/auth/sms/verify', { data: { mobile, code }, headers: { 'x-csrf-token': csrfToken } });
        expect(used.status()).toBe(200);
        const otherPage = await other.newPage();
        // A guardian who opens the staff app's address is sent to the family app.
        await otherPage.goto('/');
        await otherPage.waitForURL((url) => url.pathname === '/family/');
        await otherPage.getByRole('heading', { name: t.home.title, exact: true }).waitFor();
        await otherPage.getByText(fillMessage(t.home.hello, { name: '家长 周女士' })).waitFor();
      } finally {
        await other.close();
      }

      await submitCode(page, 'zh-CN', code);
      await page
        .getByRole('alert')
        .filter({ hasText: serverMessage('auth.code_invalid', 'zh-CN') })
        .waitFor();
      expect(new URL(page.url()).pathname).toBe('/family/login');
      await screenshot(page, 'guardian-login-used-code.zh-CN.phone');
      await expectNoSeriousViolations(page, 'guardian-login-used-code.zh-CN.phone');
    });
  });
});
