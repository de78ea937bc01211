import { statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter } from '../common/id-number.ts';
import type { Locale } from '../common/locales.ts';
import { createSession } from '../server/src/platform/auth/sessions.ts';
import { SESSION_COOKIE } from '../server/src/platform/http/request-context.ts';
import { expectNoHorizontalOverflow, ui } from './support/app.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import { screenshot, withPage } from './support/browser.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// One application as its family reads it (the demo has families in every state), on a phone and on a desktop
// in both languages: what the page says must be what is stored and what is still possible.

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

const LOCALES: Locale[] = ['zh-CN', 'en-US'];
const VIEWPORTS = ['familyPhone', 'desktop'] as const;

/** A seeded application in `status` and its guardian. */
async function seeded(status: string): Promise<{ id: string; guardianId: string }> {
  const row = await platform.db
    .selectFrom('enrollment_applications')
    .select(['id', 'guardian_user_id'])
    .where('status', '=', status as never)
    .orderBy('reference')
    .executeTakeFirstOrThrow();
  return { id: row.id, guardianId: row.guardian_user_id };
}

/** A seeded application on the points route in `status`. */
async function seededOnPoints(status: string): Promise<{ id: string; guardianId: string }> {
  const row = await platform.db
    .selectFrom('enrollment_applications as a')
    .innerJoin('enrollment_policy_routes as r', 'r.id', 'a.route_id')
    .select(['a.id', 'a.guardian_user_id'])
    .where('a.status', '=', status as never)
    .where('r.code', '=', 'points')
    .orderBy('a.reference')
    .executeTakeFirstOrThrow();
  return { id: row.id, guardianId: row.guardian_user_id };
}

/** Opens the application as its guardian, with a session made for the test. */
async function openAs(page: Page, application: { id: string; guardianId: string }, locale: Locale, path?: string): Promise<void> {
  await platform.db.updateTable('users').set({ locale }).where('id', '=', application.guardianId).execute();
  const { token } = await createSession(
    platform.db,
    { userId: application.guardianId, stage: 'active', ip: null, userAgent: null },
    { idleMinutes: 30, absoluteHours: 12 },
  );
  await page.context().addCookies([{ name: SESSION_COOKIE, value: token, url: platform.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  await page.goto(path ?? `/family/applications/${application.id}`);
  if (!path) await page.getByRole('heading', { name: ui[locale].family.detail.timeline }).waitFor();
}

async function look(page: Page, name: string): Promise<void> {
  await expectNoHorizontalOverflow(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
  await expectNoSeriousViolations(page, name);
}

/** Sentences said more than once by the status line and the messages (alerts) of the page. */
async function repeatedSentences(page: Page): Promise<string[]> {
  const texts = await page.locator('main .card > p.muted, main .alert').allInnerTexts();
  const sentences = texts
    .flatMap((text) => text.split(/(?<=[。.!！])\s*/))
    .map((s) => s.trim())
    .filter((s) => s.length > 3);
  return sentences.filter((s, i) => sentences.indexOf(s) !== i);
}

describe.each(LOCALES)('an application page in %s', (locale) => {
  const t = ui[locale].family;

  it.each(VIEWPORTS)('shows one offer deadline, the same on the offer and on the timeline (%s)', async (viewport) => {
    const application = await seeded('placed');
    const offer = await platform.db
      .selectFrom('enrollment_offers')
      .select('deadline')
      .where('application_id', '=', application.id)
      .where('status', '=', 'open')
      .executeTakeFirstOrThrow();
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await openAs(page, application, locale);
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(new Date(offer.deadline));
      const card = page.locator('section').filter({ has: page.getByRole('heading', { name: t.offer.title }) });
      await card.getByText(t.offer.deadline.replace('{{date}}', date), { exact: true }).waitFor();
      const placed = page.getByRole('listitem').filter({ hasText: t.events.placed });
      expect(await placed.getByText(t.detail.deadline.replace('{{date}}', '')).allInnerTexts()).toEqual([t.detail.deadline.replace('{{date}}', date)]);
      await look(page, `family-offer-deadline.${locale}.${viewport}`);
    });
  });

  it.each(VIEWPORTS)('checks before submitting exactly what the family declared, each value under its own name (%s)', async (viewport) => {
    const application = await seededOnPoints('draft');
    await platform.db
      .updateTable('enrollment_applications')
      .set({ declared_points: JSON.stringify({ residence_months: 30, social_insurance_months: 12, housing: 'rented' }), points_declared: 37 })
      .where('id', '=', application.id)
      .execute();
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await openAs(page, application, locale, `/family/applications/${application.id}/edit/review`);
      const section = page.locator('section').filter({ has: page.getByRole('heading', { name: t.wizard.steps.points }) });
      await section.waitFor();
      const facts = async () => {
        const names = await section.locator('dt').allInnerTexts();
        const values = await section.locator('dd').allInnerTexts();
        return names.map((name, i) => [name, values[i]]);
      };
      const points = (n: number) => `· ${t.points.optionPoints.replace('{{points}}', String(n))}`;
      const item =
        locale === 'zh-CN'
          ? { residence: '居住证月数', insurance: '社保缴费月数', housing: '住房情况', rented: '租赁住房' }
          : { residence: 'Months of residence permit', insurance: 'Months of social insurance', housing: 'Housing', rented: 'Rented home' };
      expect(await facts()).toEqual([
        [item.residence, `${t.points.monthsValue_other.replace('{{count}}', '30')} ${points(15)}`],
        [item.insurance, `${t.points.monthsValue_other.replace('{{count}}', '12')} ${points(12)}`],
        [item.housing, `${item.rented} ${points(10)}`],
      ]);
      await look(page, `family-wizard-review-points.${locale}.${viewport}`);
    });
  });

  it.each(VIEWPORTS)("shows the points item by item, declared against verified, with the reviewer's reason (%s)", async (viewport) => {
    // A demo family whose insurance months the reviewer lowered, with a reason.
    const event = await platform.db
      .selectFrom('enrollment_application_events as e')
      .innerJoin('enrollment_applications as a', 'a.id', 'e.application_id')
      .select(['a.id', 'a.guardian_user_id', 'e.detail'])
      .where('e.kind', '=', 'points_verified')
      .where('e.detail', 'like', '%reasons%')
      .orderBy('a.reference')
      .executeTakeFirstOrThrow();
    const reason = (JSON.parse(event.detail!) as { reasons: { social_insurance_months: string } }).reasons.social_insurance_months;
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await openAs(page, { id: event.id, guardianId: event.guardian_user_id }, locale);
      const list = page.getByRole('list', { name: t.detail.pointsReview });
      const insurance = list.getByRole('listitem').filter({ hasText: locale === 'zh-CN' ? '社保缴费月数' : 'Months of social insurance' });
      await insurance.getByText(reason, { exact: true }).waitFor();
      const view = (await (await page.request.get(`/api/enrollment/applications/${event.id}`)).json()) as {
        pointsReview: { key: string; declaredValue: number; verifiedValue: number }[];
      };
      const line = view.pointsReview.find((l) => l.key === 'social_insurance_months')!;
      expect(line.verifiedValue).toBe(line.declaredValue - 6);
      const text = await insurance.innerText();
      for (const months of [line.declaredValue, line.verifiedValue]) expect(text).toContain(t.points.monthsValue_other.replace('{{count}}', String(months)));
      await expect.poll(() => list.getByRole('listitem').count()).toBe(view.pointsReview.length);
      await look(page, `family-points-review.${locale}.${viewport}`);
    });
  });

  it.each(VIEWPORTS)('after the appeal is dismissed, says the decision is final and offers no appeal (%s)', async (viewport) => {
    const row = await platform.db
      .selectFrom('enrollment_applications as a')
      .innerJoin('enrollment_appeals as p', 'p.application_id', 'a.id')
      .select(['a.id', 'a.guardian_user_id'])
      .where('a.status', '=', 'rejected')
      .where('p.status', '=', 'dismissed')
      .orderBy('a.reference')
      .executeTakeFirstOrThrow();
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await openAs(page, { id: row.id, guardianId: row.guardian_user_id }, locale);
      await page.getByText(t.statusHelp.rejected_after_appeal, { exact: true }).waitFor();
      await page.getByText(t.appeal.final, { exact: true }).waitFor();
      await page.getByText(t.appeal.status.dismissed, { exact: true }).waitFor();
      expect(await page.getByText(t.statusHelp.rejected, { exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: t.appeal.submit }).count()).toBe(0);
      expect(await page.getByLabel(t.appeal.reason).count()).toBe(0);
      await look(page, `family-appeal-dismissed.${locale}.${viewport}`);
    });
  });
});

describe.each(LOCALES)('messages after an action, in %s', (locale) => {
  const t = ui[locale].family;

  it.each(VIEWPORTS)('says once that the application was submitted, and once that a place was declined (%s)', async (viewport) => {
    const submitted = await seeded('submitted');
    const placed = await seeded('placed');
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      // As the wizard leaves the family after submitting.
      await openAs(page, submitted, locale, `/family/applications/${submitted.id}?submitted=1`);
      await page.getByText(t.statusHelp.submitted, { exact: true }).waitFor();
      await page.locator('main .alert-success').waitFor();
      expect(await repeatedSentences(page)).toEqual([]);
      await look(page, `family-after-submit.${locale}.${viewport}`);

      await openAs(page, placed, locale);
      await page.getByRole('button', { name: t.offer.decline }).click();
      await page
        .getByRole('dialog')
        .getByLabel(t.offer.reason)
        .fill(locale === 'zh-CN' ? '离家太远' : 'Too far from home');
      await page.getByRole('dialog').getByRole('button', { name: t.offer.declineConfirm }).click();
      await page.getByText(t.offer.status.declined, { exact: true }).waitFor();
      await page.getByText(t.statusHelp.declined, { exact: true }).waitFor();
      expect(await repeatedSentences(page)).toEqual([]);
      await look(page, `family-after-decline.${locale}.${viewport}`);
    });
  });
});

describe.each(LOCALES)('reopening a draft in %s', (locale) => {
  const t = ui[locale].family;

  it.each(VIEWPORTS)('continues at the step the family was on, and on another device at the first step that lacks something (%s)', async (viewport) => {
    const draft = await seededOnPoints('draft');
    const stepHeading = (page: Page, step: keyof typeof t.wizard.steps) => page.getByRole('heading', { name: t.wizard.steps[step], exact: true });
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await openAs(page, draft, locale, `/family/applications/${draft.id}/edit/schools`);
      await stepHeading(page, 'schools').waitFor();
      await page.goto(`/family/applications/${draft.id}`);
      await page.getByRole('link', { name: t.detail.continueDraft }).click();
      await stepHeading(page, 'schools').waitFor();
      expect(new URL(page.url()).pathname).toBe(`/family/applications/${draft.id}/edit/schools`);
      await look(page, `family-draft-resumed.${locale}.${viewport}`);
    });
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await openAs(page, draft, locale);
      await page.getByRole('link', { name: t.detail.continueDraft }).click();
      // The demo draft lacks only its birth certificate.
      await stepHeading(page, 'documents').waitFor();
    });
  });
});

describe.each(LOCALES)("the family's own files, in %s", (locale) => {
  const t = ui[locale].family;

  it.each(VIEWPORTS)('opens a file the family uploaded (%s)', async (viewport) => {
    const application = await seeded('submitted');
    const document = await platform.db
      .selectFrom('enrollment_documents')
      .select(['original_name', 'size_bytes'])
      .where('application_id', '=', application.id)
      .where('status', '!=', 'superseded')
      .where('appeal_id', 'is', null)
      .where('storage_key', 'is not', null)
      .orderBy('uploaded_at')
      .executeTakeFirstOrThrow();
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await openAs(page, application, locale);
      const link = page.getByRole('link', { name: `${t.documents.open} ${document.original_name}` });
      await link.scrollIntoViewIfNeeded();
      const download = page.waitForEvent('download');
      await link.click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(document.original_name);
      expect(statSync((await file.path())!).size).toBe(document.size_bytes);
      await look(page, `family-own-files.${locale}.${viewport}`);
    });
  });
});

describe.each(LOCALES)('the policy list on a phone whose clock is wrong, in %s', (locale) => {
  const t = ui[locale].family;

  it.each(VIEWPORTS)("shows the window as the server's clock has it (%s)", async (viewport) => {
    const guardian = await seeded('submitted');
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      // Ten years ahead: by this clock every window would have closed.
      await page.clock.setFixedTime(new Date(Date.now() + 10 * 365 * 86_400_000));
      await openAs(page, guardian, locale, '/family/policies');
      const demo = page.getByRole('link').filter({ hasText: locale === 'zh-CN' ? '2027年江北区随迁子女小学一年级入学' : 'Jiangbei District 2027 grade-1' });
      await demo.getByText(t.policy.window.open, { exact: true }).waitFor();
      await look(page, `family-policies-device-clock.${locale}.${viewport}`);
    });
  });
});

describe.each(LOCALES)('the add-child form in %s', (locale) => {
  const t = ui[locale].family;

  it.each(VIEWPORTS)('drops the ID-number error once the number is corrected (%s)', async (viewport) => {
    const guardian = await seeded('submitted');
    await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
      await openAs(page, guardian, locale, '/family/children/new');
      const field = page.getByLabel(t.child.idNumber, { exact: true });
      const first17 = '51010720200301086';
      const valid = first17 + idNumberCheckCharacter(first17);
      const wrong = first17 + (valid.endsWith('1') ? '2' : '1');
      await field.fill(wrong);
      await page.getByRole('button', { name: t.child.saveAndContinue }).click();
      const error = page.getByText(t.child.problems.id_checksum, { exact: true });
      await error.waitFor();
      await field.fill(valid);
      await error.waitFor({ state: 'detached' });
      expect(await field.getAttribute('aria-invalid')).not.toBe('true');
      await look(page, `family-new-child-corrected.${locale}.${viewport}`);
    });
  });
});
