import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../common/locales.ts';
import { expectNoHorizontalOverflow, setSavedLocale, signInStaff, ui } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { screenshot, withPage } from './support/browser.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// The staff to-do list (待办) in Chromium: what the overview and the header say waits for the person, and
// that each item leads to the page where it is done.

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

/** The total of a list endpoint, read as the signed-in person. */
async function totalOf(page: Page, url: string): Promise<number> {
  const response = await page.request.get(url);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

const todoList = (page: Page, locale: Locale) => page.locator('#todos').filter({ hasText: ui[locale].todos.title });

describe.each<Locale>(['zh-CN', 'en-US'])('the to-do list in %s', (locale) => {
  const t = ui[locale];

  it.each(['desktop', 'phone'] as const)('shows a reviewer the applications waiting for review and leads to them (%s)', async (viewport) => {
    await setSavedLocale(platform.db, 'jiangbei.reviewer', locale);
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await signInStaff(page, 'jiangbei.reviewer');
      const waiting = await totalOf(page, '/api/enrollment/review/applications?status=submitted&pageSize=1');
      expect(waiting).toBeGreaterThan(0);

      // The header's count is the sum of the list, named in words for screen readers.
      const todos = (await (await page.request.get('/api/todos')).json()) as { total: number; items: { key: string; label: string; count: number }[] };
      const review = todos.items.find((item) => item.key === 'enrollment.review');
      expect(review?.count).toBe(waiting);
      const header = page.getByRole('button', { name: t.todos.count.replace('{{count}}', String(todos.total)) });
      await expect.poll(() => header.isVisible()).toBe(true);

      const list = todoList(page, locale);
      await list.getByRole('link', { name: new RegExp(review!.label) }).waitFor();
      await expect.poll(async () => (await list.getByRole('listitem').allInnerTexts()).length).toBe(todos.items.length);
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `todos-home.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `todos-home.${locale}.${viewport}`);

      await list.getByRole('link', { name: new RegExp(review!.label) }).click();
      await page.waitForURL((url) => url.pathname === '/enrollment/review' && url.searchParams.get('status') === 'submitted');
    });
  });

  it('tells a teacher that nothing waits, and the header button leads to the list', async () => {
    await setSavedLocale(platform.db, 'xincun.teacher', locale);
    await withPage(browser, platform.baseUrl, 'desktop', locale, async (page) => {
      await signInStaff(page, 'xincun.teacher');
      await todoList(page, locale).getByText(t.todos.none).waitFor();
      await page.goto('/directory');
      await page.getByRole('button', { name: t.todos.noneShort }).click();
      await page.waitForURL((url) => url.pathname === '/' && url.hash === '#todos');
      await todoList(page, locale).getByText(t.todos.none).waitFor();
      await screenshot(page, `todos-none.${locale}.desktop`);
      await expectNoSeriousViolations(page, `todos-none.${locale}.desktop`);
    });
  });
});
