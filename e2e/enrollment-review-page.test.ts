import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter } from '../common/id-number.ts';
import type { Locale } from '../common/locales.ts';
import { expectNoHorizontalOverflow, setSavedLocale, signInByApi, ui } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { screenshot, withPage } from './support/browser.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// The staff review page of one application in Chromium, as the Jiangbei reviewer sees it on a desktop and a
// phone in both languages: the route's eligibility rule by rule (required, declared, met or not) with the day
// the policy counts months up to.

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

const REVIEWER = 'jiangbei.reviewer';

/** A demo application on the points route that waits for review. */
async function submittedOnPoints(): Promise<string> {
  const row = await platform.db
    .selectFrom('enrollment_applications as a')
    .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id')
    .select('a.id')
    .where('a.status', '=', 'submitted')
    .where('r.code', '=', 'points')
    .orderBy('a.reference')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function openReview(page: Page, locale: Locale, id: string): Promise<void> {
  await setSavedLocale(platform.db, REVIEWER, locale);
  await signInByApi(page, REVIEWER, `/enrollment/review/applications/${id}`);
  await page.getByText(ui[locale].enrollmentReview.eligibility.title, { exact: true }).waitFor();
}

describe.each<Locale>(['zh-CN', 'en-US'])('the review page in %s', (locale) => {
  const t = ui[locale].enrollmentReview.eligibility;

  it.each(['desktop', 'phone'] as const)(
    'shows each eligibility rule with required and declared values, and when months are counted (%s)',
    async (viewport) => {
      const id = await submittedOnPoints();
      await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
        await openReview(page, locale, id);
        const card = page.locator('.ant-card').filter({ has: page.getByText(t.title, { exact: true }) });
        const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2027, 4, 31));
        await card.getByText(t.monthsAsOf.replace('{{date}}', date)).waitFor();
        const rule = (name: string) => card.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
        for (const name of ['residence_permit_months', 'social_insurance_months', 'employment', 'age_minimum', 'age_usual'] as const)
          await rule(t.rules[name]).waitFor();
        const view = (await (await page.request.get(`/api/enrollment/review/applications/${id}`)).json()) as {
          eligibility: { rule: string; declared: number | null; isMet: boolean | null }[];
        };
        const residence = view.eligibility.find((l) => l.rule === 'residence_permit_months')!;
        const months = ui[locale].enrollmentReview.points.months_other.replace('{{count}}', String(residence.declared));
        const required = t.atLeastMonths_other.replace('{{count}}', '6');
        await rule(t.rules.residence_permit_months).getByText(t.requiredDeclared.replace('{{required}}', required).replace('{{declared}}', months)).waitFor();
        await rule(t.rules.residence_permit_months)
          .getByText(t.states[residence.isMet === true ? 'met' : residence.isMet === false ? 'unmet' : 'open'])
          .waitFor();
        await rule(t.rules.age_minimum)
          .getByText(t.requiredOnly.replace('{{required}}', t.atLeastYears_other.replace('{{count}}', '6')))
          .waitFor();
        expect(view.eligibility.filter((l) => l.rule === 'material').length).toBeGreaterThan(0);
        await expect.poll(() => card.getByRole('listitem').count()).toBe(view.eligibility.length);
        await expectNoHorizontalOverflow(page);
        await screenshot(page, `review-eligibility.${locale}.${viewport}`);
        await expectNoSeriousViolations(page, `review-eligibility.${locale}.${viewport}`);
      });
    },
  );

  it.each(['desktop', 'phone'] as const)('asks for a reason before saving a verified value that differs from the declared one (%s)', async (viewport) => {
    const p = ui[locale].enrollmentReview.points;
    const id = await submittedOnPoints();
    await platform.db.updateTable('enrollment_applications').set({ verified_points: null, points_verified: null }).where('id', '=', id).execute();
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await openReview(page, locale, id);
      const view = (await (await page.request.get(`/api/enrollment/review/applications/${id}`)).json()) as {
        points: { items: { key: string; nameZh: string; nameEn: string; declaredValue: number | string | null }[] };
      };
      const insurance = view.points.items.find((i) => i.key === 'social_insurance_months')!;
      const item = locale === 'zh-CN' ? insurance.nameZh : insurance.nameEn;
      const lowered = Number(insurance.declaredValue) - 6;
      await page.getByLabel(p.verifiedOf.replace('{{item}}', item), { exact: true }).fill(String(lowered));
      await page.getByRole('button', { name: p.save }).click();
      await page.getByText(p.reasonRequired, { exact: true }).waitFor();
      const stored = () => platform.db.selectFrom('enrollment_applications').select('verified_points').where('id', '=', id).executeTakeFirstOrThrow();
      expect((await stored()).verified_points).toBeNull();
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `review-points-reason-required.${locale}.${viewport}`);

      const reason = locale === 'zh-CN' ? '社保明细中有 6 个月为补缴，不计入' : 'Six months were paid late and do not count';
      await page.getByLabel(p.reasonOf.replace('{{item}}', item), { exact: true }).fill(reason);
      await page.getByRole('button', { name: p.save }).click();
      await expect.poll(async () => (await stored()).verified_points).not.toBeNull();
      expect(JSON.parse((await stored()).verified_points!)).toMatchObject({ social_insurance_months: lowered });
      // The page reloads what was saved: the value and its reason.
      await page.getByText(ui[locale].enrollmentReview.done.pointsVerified).first().waitFor();
      await expect.poll(() => page.getByLabel(p.reasonOf.replace('{{item}}', item), { exact: true }).inputValue()).toBe(reason);
      await expectNoHorizontalOverflow(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `review-points-reason.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `review-points-reason.${locale}.${viewport}`);
    });
  });

  it.each(['desktop', 'phone'] as const)('fills birth date and sex from the ID number as soon as it is complete, on assisted filing (%s)', async (viewport) => {
    const r = ui[locale].enrollmentReview;
    await setSavedLocale(platform.db, REVIEWER, locale);
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await signInByApi(page, REVIEWER, '/enrollment/review/assisted-filing');
      // A boy (odd sequence digit) born 2020-03-01 in Chengdu, typed with a lower-case check letter where it has one.
      const first17 = '51010720200301013';
      const idNumber = (first17 + idNumberCheckCharacter(first17)).toLowerCase();
      await page.getByLabel(r.facts.idNumber, { exact: true }).fill(idNumber);
      // No blur, no other field touched: the facts follow the number at once.
      await expect.poll(() => page.getByLabel(r.facts.birthDate, { exact: true }).inputValue()).toBe('2020-03-01');
      expect(await page.getByRole('radio', { name: r.sexes.male, exact: true }).isChecked()).toBe(true);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `assisted-filing-id-facts.${locale}.${viewport}`);
      await expectNoSeriousViolations(page, `assisted-filing-id-facts.${locale}.${viewport}`);
    });
  });
});
