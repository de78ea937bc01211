import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../common/locales.ts';
import {
  expectMenu,
  expectNoHorizontalOverflow,
  fillMessage,
  loose,
  mainMenu,
  setSavedLocale,
  signInByApi,
  signInStaff,
  switchLanguage,
  ui,
} from './support/app.ts';
import { screenshot, withPage, type VIEWPORTS } from './support/browser.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// The language switch (before sign-in on this device, after sign-in on the account), the phone
// layout with its menu drawer, a school's page, the 404 page.

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

/** Signs a staff account in with `locale` as the language saved on it, so the app shows that language, and opens `path`. */
async function signInAs(page: Page, username: string, locale: Locale, path: string): Promise<void> {
  await setSavedLocale(platform.db, username, locale);
  await signInByApi(page, username, path);
}

/** Waits for the directory and its list of organizations. */
async function waitForDirectory(page: Page, locale: Locale): Promise<void> {
  await page.getByRole('heading', { name: ui[locale].directory.title }).waitFor();
  await page.getByText(new RegExp(fillMessage(ui[locale].common.totalItems, { count: '\\d+' }))).waitFor();
}

const savedLocaleOf = async (username: string) =>
  (await platform.db.selectFrom('users').select('locale').where('username', '=', username).executeTakeFirstOrThrow()).locale;

describe('the language switch', () => {
  it('turns the sign-in page from 中文 to English and back', async () => {
    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      const [zh, en] = [ui['zh-CN'], ui['en-US']];
      await page.goto('/login');
      await page.getByRole('heading', { name: zh.auth.staffTitle }).waitFor();

      await switchLanguage(page, 'en-US');
      await page.getByRole('heading', { name: en.auth.staffTitle }).waitFor();
      await page.getByLabel(en.auth.username, { exact: true }).waitFor();
      await page.getByLabel(en.auth.password, { exact: true }).waitFor();
      await page.getByRole('button', { name: loose(en.auth.signIn) }).waitFor();
      expect(await page.title()).toBe(en.app.name);
      expect(await page.evaluate(() => localStorage.getItem('shuangcheng.locale'))).toBe('en-US');
      // Before sign-in the choice belongs to this device.
      await page.reload();
      await page.getByRole('heading', { name: en.auth.staffTitle }).waitFor();

      await switchLanguage(page, 'zh-CN');
      await page.getByRole('heading', { name: zh.auth.staffTitle }).waitFor();
    });
  });

  it('after sign-in saves the choice on the account: it survives a reload and follows to another device', async () => {
    const username = 'jiangbei.reviewer';
    const reviewerMenu = [
      'home',
      'directory',
      'events',
      'myEvents',
      'enrollmentPolicies',
      'enrollmentReview',
      'enrollmentStatistics',
      'cooperationPairings',
      'cooperationPartnerFinder',
      'cooperationExchanges',
      'cooperationAgreements',
      'cooperationBodies',
      'cooperationDashboard',
    ] as const;
    const zhMenu = reviewerMenu.map((key) => ui['zh-CN'].nav[key]);
    const enMenu = reviewerMenu.map((key) => ui['en-US'].nav[key]);
    await setSavedLocale(platform.db, username, 'zh-CN');
    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      await signInStaff(page, username);
      await expectMenu(page, zhMenu);

      await switchLanguage(page, 'en-US');
      await expectMenu(page, enMenu);
      await expect.poll(() => savedLocaleOf(username), { timeout: 10_000 }).toBe('en-US');

      await page.reload();
      await page.getByRole('heading', { name: /^Hello, / }).waitFor();
      await expectMenu(page, enMenu);
      await screenshot(page, 'language-saved-after-reload.en-US.desktop');
      await expectNoSeriousViolations(page, 'language-saved-after-reload.en-US.desktop');
    });

    // Another device, whose own language is Chinese: English once this person signs in.
    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      await signInStaff(page, username);
      await page.getByRole('heading', { name: /^Hello, / }).waitFor();
      await expectMenu(page, enMenu);
    });
  });
});

describe('phones', () => {
  it('open the menu as a drawer and navigate with it (375 px)', async () => {
    await withPage(browser, platform.baseUrl, 'phone', 'zh-CN', async (page) => {
      const t = ui['zh-CN'];
      await signInAs(page, 'jiangbei.admin', 'zh-CN', '/directory');
      await waitForDirectory(page, 'zh-CN');
      // No side menu on a phone until asked for.
      expect(await mainMenu(page).count()).toBe(0);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'directory.zh-CN.phone');
      await expectNoSeriousViolations(page, 'directory.zh-CN.phone');

      await page.getByRole('button', { name: t.nav.openMenu }).click();
      await expectMenu(page, [
        t.nav.home,
        t.nav.directory,
        t.nav.schoolFiles,
        t.nav.events,
        t.nav.myEvents,
        t.nav.enrollmentPolicies,
        t.nav.enrollmentAllocation,
        t.nav.enrollmentStatistics,
        t.nav.cooperationPairings,
        t.nav.cooperationPartnerFinder,
        t.nav.cooperationExchanges,
        t.nav.cooperationAgreements,
        t.nav.cooperationBodies,
        t.nav.cooperationDashboard,
        t.nav.cooperationImport,
        t.nav.users,
      ]);
      await screenshot(page, 'menu-drawer.zh-CN.phone', { fullPage: false });
      await expectNoSeriousViolations(page, 'menu-drawer.zh-CN.phone');

      await mainMenu(page)
        .getByRole('menuitem', { name: loose(t.nav.schoolFiles) })
        .click();
      await page.waitForURL((url) => url.pathname === '/directory/school-files');
      await page.getByRole('heading', { name: t.schoolFiles.title }).waitFor();
      await mainMenu(page).waitFor({ state: 'hidden' });
      await expectNoHorizontalOverflow(page);
      await screenshot(page, 'school-files.zh-CN.phone');
      await expectNoSeriousViolations(page, 'school-files.zh-CN.phone');
    });
  });

  describe.each<[keyof typeof VIEWPORTS, Locale]>([
    ['narrowPhone', 'zh-CN'],
    ['narrowPhone', 'en-US'],
  ])('the directory on a %s in %s', (viewport, locale) => {
    it('needs no sideways scrolling', async () => {
      await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
        await signInAs(page, 'qingyang.admin', locale, '/directory');
        await waitForDirectory(page, locale);
        await expectNoHorizontalOverflow(page);
        await screenshot(page, `directory.${locale}.${viewport}`);
        await expectNoSeriousViolations(page, `directory.${locale}.${viewport}`);
      });
    });
  });
});

describe.each<[Locale, string, string, string]>([
  ['zh-CN', '重庆市江北区观音桥小学', '小学', '一年级'],
  ['en-US', 'Chongqing Jiangbei Guanyinqiao Primary School', 'Primary', 'Grade 1'],
])('the school page in %s', (locale, name, stage, grade) => {
  it('is found by search and shows the stages and seats of 观音桥小学', async () => {
    const t = ui[locale];
    await withPage(browser, platform.baseUrl, 'desktop', locale, async (page) => {
      await signInAs(page, 'jiangbei.admin', locale, '/directory');
      await waitForDirectory(page, locale);
      const search = page.getByPlaceholder(t.directory.searchOrganization);
      await search.fill('观音桥');
      await search.press('Enter');
      await page.getByText(fillMessage(t.common.totalItems, { count: 1 })).waitFor();
      await page.getByRole('link', { name }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/directory/organizations/'));
      await page.getByRole('heading', { name }).waitFor();

      await page.getByText(stage, { exact: true }).waitFor();
      await page.getByText('2500105003', { exact: true }).waitFor();
      await page.getByText(t.directory.seatsPerGrade, { exact: true }).waitFor();
      await page.getByRole('row').filter({ hasText: grade }).filter({ hasText: '360' }).waitFor();
      await page.getByRole('row').filter({ hasText: t.common.total }).filter({ hasText: '360' }).waitFor();
      await screenshot(page, `school-page.${locale}.desktop`);
      await expectNoSeriousViolations(page, `school-page.${locale}.desktop`);
    });
  });
});

describe('an address with no page', () => {
  it('shows the 404 page in the chosen language, with a way home', async () => {
    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      await signInAs(page, 'xincun.teacher', 'zh-CN', '/no/such/page');
      await page.getByText(ui['zh-CN'].errors.pageNotFound).waitFor();
      await page.getByText('404', { exact: true }).waitFor();
      await screenshot(page, 'not-found.zh-CN.desktop');
      await expectNoSeriousViolations(page, 'not-found.zh-CN.desktop');

      await switchLanguage(page, 'en-US');
      await page.getByText(ui['en-US'].errors.pageNotFound).waitFor();
      await screenshot(page, 'not-found.en-US.desktop');
      await expectNoSeriousViolations(page, 'not-found.en-US.desktop');
      await page.getByRole('link', { name: loose(ui['en-US'].common.backHome) }).click();
      await page.waitForURL((url) => url.pathname === '/');
    });
  });
});
