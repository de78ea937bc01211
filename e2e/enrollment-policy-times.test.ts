import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../common/locales.ts';
import { loose, setSavedLocale, signInByApi, ui } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { screenshot, VIEWPORTS } from './support/browser.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// A policy's times are the deployment's (China), not the device's: a bureau admin whose computer is set to
// another zone edits the window at the times families in Chongqing read.

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

const ADMIN = 'jiangbei.admin';

describe.each<[Locale, number]>([
  ['zh-CN', 2030],
  ['en-US', 2031],
])('the policy editor on a device in another time zone, in %s', (locale, schoolYear) => {
  const t = ui[locale].enrollmentPolicies;

  it.each(['desktop', 'phone'] as const)("shows and saves the window in China's time (%s)", async (viewport) => {
    await setSavedLocale(platform.db, ADMIN, locale);
    const context = await browser.newContext({ baseURL: platform.baseUrl, viewport: VIEWPORTS[viewport], locale, timezoneId: 'America/Los_Angeles' });
    try {
      const page = await context.newPage();
      await signInByApi(page, ADMIN, '/');
      const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
      const year = viewport === 'desktop' ? schoolYear : schoolYear + 10;
      // Opens 1 May at 09:00 and closes 31 May at 17:00 in China.
      const created = await page.request.post('/api/enrollment/policies', {
        headers: { 'x-csrf-token': csrfToken },
        data: {
          bureauId: 'bureau-jiangbei',
          schoolYear: year,
          entryGrade: 'g1',
          titleZh: `${year}年时区测试`,
          titleEn: `Time zone ${year}`,
          windowOpensAt: `${year}-05-01T01:00:00.000Z`,
          windowClosesAt: `${year}-05-31T09:00:00.000Z`,
          maxPreferences: 1,
          ageMinYears: 6,
          ageCutoffMonthDay: '08-31',
          publicNoticeDays: 7,
          appealDays: 10,
          offerResponseDays: 7,
          reportDate: null,
          reportNoteZh: null,
          reportNoteEn: null,
          routes: [],
          schools: [{ schoolId: 'school-guanyinqiao', seats: 40 }],
          pointsItems: [],
        },
      });
      expect(created.status(), await created.text()).toBe(201);
      const { id } = (await created.json()) as { id: string };
      await page.goto(`/enrollment/policies/${id}/edit`);
      const opens = page.getByLabel(t.fields.windowOpensAt, { exact: true });
      await expect.poll(() => opens.inputValue()).toBe(`${year}-05-01 09:00`);
      expect(await page.getByLabel(t.fields.windowClosesAt, { exact: true }).inputValue()).toBe(`${year}-05-31 17:00`);
      await screenshot(page, `policy-times-other-zone.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `policy-times-other-zone.${locale}.${viewport}`);
      await page.getByRole('button', { name: loose(t.saveDraft) }).click();
      await expect
        .poll(async () => (await platform.db.selectFrom('enrollment_policies').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version)
        .toBe(2);
      const row = await platform.db
        .selectFrom('enrollment_policies')
        .select(['window_opens_at', 'window_closes_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect([new Date(row.window_opens_at).toISOString(), new Date(row.window_closes_at).toISOString()]).toEqual([
        `${year}-05-01T01:00:00.000Z`,
        `${year}-05-31T09:00:00.000Z`,
      ]);
    } finally {
      await context.close();
    }
  });
});
