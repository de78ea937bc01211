import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../common/locales.ts';
import {
  ADMIN_USERNAME,
  adminTotpCode,
  expectNoHorizontalOverflow,
  expectMenu,
  loose,
  mainMenu,
  serverMessage,
  setSavedLocale,
  signInStaff,
  submitPassword,
  switchLanguage,
  ui,
} from './support/app.ts';
import { screenshot, withPage } from './support/browser.ts';
import { authAuditActions } from '../server/src/modules/auth/auth.audit.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// Staff sign-in in Chromium: the menu each demo account's roles give, wrong passwords, the
// platform admin's authenticator step, signing out.

type Nav = (typeof ui)['zh-CN']['nav'];
/** A menu item's label key (the section headings are not menu items). */
type MenuKey = { [K in keyof Nav]: Nav[K] extends string ? K : never }[keyof Nav];
/** Events (活动) are every staff member's: the list and their own registrations. */
const EVENTS: MenuKey[] = ['events', 'myEvents'];
const COOPERATION: MenuKey[] = ['cooperationPairings', 'cooperationPartnerFinder', 'cooperationExchanges', 'cooperationAgreements', 'cooperationBodies'];
const BUREAU_ADMIN: MenuKey[] = [
  'home',
  'directory',
  'schoolFiles',
  ...EVENTS,
  'enrollmentPolicies',
  'enrollmentAllocation',
  'enrollmentStatistics',
  ...COOPERATION,
  'cooperationDashboard',
  'cooperationImport',
  'users',
];
const REVIEWER: MenuKey[] = [
  'home',
  'directory',
  ...EVENTS,
  'enrollmentPolicies',
  'enrollmentReview',
  'enrollmentStatistics',
  ...COOPERATION,
  'cooperationDashboard',
];
const SCHOOL_ADMIN: MenuKey[] = ['home', 'directory', ...EVENTS, 'enrollmentRoster', ...COOPERATION, 'users'];
/** A teacher reads the cooperation network but finds no partners: that is the school admin's. */
const TEACHER: MenuKey[] = ['home', 'directory', ...EVENTS, 'cooperationPairings', 'cooperationExchanges', 'cooperationAgreements', 'cooperationBodies'];
const PLATFORM_ADMIN: MenuKey[] = [
  'home',
  'directory',
  'schoolFiles',
  ...EVENTS,
  'enrollmentPolicies',
  'enrollmentStatistics',
  ...COOPERATION,
  'cooperationDashboard',
  'cooperationImport',
  'users',
  'audit',
];

/** Every demo staff account and the menu its role must show (the platform admin has its own test below). */
const DEMO_MENUS: [username: string, role: string, menu: MenuKey[]][] = [
  ['cq.admin', 'bureau_admin', BUREAU_ADMIN],
  ['jiangbei.admin', 'bureau_admin', BUREAU_ADMIN],
  ['qingyang.admin', 'bureau_admin', BUREAU_ADMIN],
  ['jiangbei.reviewer', 'bureau_reviewer', REVIEWER],
  ['xincun.admin', 'school_admin', SCHOOL_ADMIN],
  ['paotong.admin', 'school_admin', SCHOOL_ADMIN],
  ['xincun.teacher', 'teacher', TEACHER],
];

const labels = (locale: Locale, keys: MenuKey[]) => keys.map((key) => ui[locale].nav[key]);

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

/** Submits the form and returns the status of the sign-in answer. */
async function submitAndWait(page: Page, username: string, password: string): Promise<number> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/auth/login')), submitPassword(page, username, password)]);
  return response.status();
}

describe.each<Locale>(['zh-CN', 'en-US'])('the staff sign-in page in %s', (locale) => {
  const t = ui[locale];

  it('refuses a wrong password with a localised message that does not tell whether the account exists', async () => {
    await withPage(browser, platform.baseUrl, 'desktop', locale, async (page) => {
      await page.goto('/login');
      await page.getByRole('heading', { name: t.auth.staffTitle }).waitFor();
      await screenshot(page, `staff-login.${locale}.desktop`);
      await expectNoSeriousViolations(page, `staff-login.${locale}.desktop`);

      expect(await submitAndWait(page, 'jiangbei.reviewer', 'not-the-password-1')).toBe(401);
      const alert = page.getByRole('alert').filter({ hasText: serverMessage('auth.invalid_credentials', locale) });
      await alert.waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
      await screenshot(page, `staff-login-wrong-password.${locale}.desktop`);
      await expectNoSeriousViolations(page, `staff-login-wrong-password.${locale}.desktop`);

      // An account that does not exist gets the very same answer.
      expect(await submitAndWait(page, 'no.such.account', 'not-the-password-1')).toBe(401);
      await alert.waitFor();
      expect(new URL(page.url()).pathname).toBe('/login');
    });
  });

  it('fits a phone screen', async () => {
    await withPage(browser, platform.baseUrl, 'phone', locale, async (page) => {
      await page.goto('/login');
      await page.getByRole('heading', { name: t.auth.staffTitle }).waitFor();
      await page.getByRole('link', { name: loose(t.auth.guardianLink) }).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `staff-login.${locale}.phone`);
      await expectNoSeriousViolations(page, `staff-login.${locale}.phone`);
    });
  });
});

describe.each(DEMO_MENUS)('%s (%s)', (username, _role, menu) => {
  it("signs in and sees exactly that role's menu", async () => {
    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      await signInStaff(page, username);
      await expectMenu(page, labels('zh-CN', menu));
    });
  });
});

describe('signing in in English', () => {
  it('shows a bureau admin the English bureau menu (the account saved English)', async () => {
    await setSavedLocale(platform.db, 'jiangbei.admin', 'en-US');
    try {
      await withPage(browser, platform.baseUrl, 'desktop', 'en-US', async (page) => {
        await signInStaff(page, 'jiangbei.admin');
        await expectMenu(page, labels('en-US', BUREAU_ADMIN));
        await page.getByRole('heading', { name: /^Hello, / }).waitFor();
        await screenshot(page, 'staff-home.bureau-admin.en-US.desktop');
        await expectNoSeriousViolations(page, 'staff-home.bureau-admin.en-US.desktop');
      });
    } finally {
      await setSavedLocale(platform.db, 'jiangbei.admin', 'zh-CN');
    }
  });
});

describe('the platform admin', () => {
  it('signs in with password and authenticator code, sees the audit log and the sign-in in it', async () => {
    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      const t = ui['zh-CN'];
      await page.goto('/login');
      await submitPassword(page, ADMIN_USERNAME);
      await page.getByRole('heading', { name: t.auth.totpTitle }).waitFor();
      // The password alone is not a session: the app stays on the sign-in page.
      expect(new URL(page.url()).pathname).toBe('/login');
      await screenshot(page, 'staff-login-totp.zh-CN.desktop');
      await expectNoSeriousViolations(page, 'staff-login-totp.zh-CN.desktop');

      await page.getByLabel(t.auth.totpCode, { exact: true }).fill(adminTotpCode());
      await page.getByRole('button', { name: loose(t.auth.verify) }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await expectMenu(page, labels('zh-CN', PLATFORM_ADMIN));
      await screenshot(page, 'staff-home.platform-admin.zh-CN.desktop');
      await expectNoSeriousViolations(page, 'staff-home.platform-admin.zh-CN.desktop');

      await mainMenu(page)
        .getByRole('menuitem', { name: loose(t.nav.audit) })
        .click();
      await page.waitForURL((url) => url.pathname === '/audit');
      await page.getByRole('heading', { name: t.audit.title }).waitFor();
      const ownRows = page.getByRole('row').filter({ hasText: '平台管理员' });
      await ownRows.filter({ hasText: 'auth.login' }).filter({ hasText: authAuditActions['auth.login']!['zh-CN'] }).first().waitFor();
      // The action filter finds an action by its name, as the server names it.
      await page.getByRole('combobox', { name: new RegExp(`^${t.audit.action}(\\s|$)`) }).fill(authAuditActions['auth.login']!['zh-CN']);
      await page
        .locator('.ant-select-item-option')
        .filter({ hasText: `auth.login  ${authAuditActions['auth.login']!['zh-CN']}` })
        .first()
        .waitFor();
      await page.keyboard.press('Escape');
      await ownRows.filter({ hasText: 'auth.totp' }).filter({ hasText: t.auditResults.success }).first().waitFor();
      await screenshot(page, 'audit-log.zh-CN.desktop');
      await expectNoSeriousViolations(page, 'audit-log.zh-CN.desktop');

      // The same page in English, switched from the header.
      await switchLanguage(page, 'en-US');
      await page.getByRole('heading', { name: ui['en-US'].audit.title }).waitFor();
      await ownRows.filter({ hasText: authAuditActions['auth.login']!['en-US'] }).first().waitFor();
      await screenshot(page, 'audit-log.en-US.desktop');
      await expectNoSeriousViolations(page, 'audit-log.en-US.desktop');
    });
  });
});

describe('a teacher', () => {
  it('sees no admin pages, and signing out returns to the sign-in page', async () => {
    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      const t = ui['zh-CN'];
      await signInStaff(page, 'xincun.teacher');
      await expectMenu(page, labels('zh-CN', TEACHER));
      await screenshot(page, 'staff-home.teacher.zh-CN.desktop');
      await expectNoSeriousViolations(page, 'staff-home.teacher.zh-CN.desktop');

      // Typing the address of an admin page explains instead of showing it.
      await page.goto('/users');
      await page.getByText(t.errors.forbiddenPage).waitFor();

      await page.getByRole('button', { name: t.nav.userMenu }).click();
      await page.getByRole('menuitem', { name: loose(t.auth.signOut) }).click();
      await page.waitForURL((url) => url.pathname === '/login');
      await page.getByRole('heading', { name: t.auth.staffTitle }).waitFor();

      // The session is really gone: a staff page sends the browser back to sign in.
      await page.goto('/directory');
      await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/directory');
    });
  });
});
