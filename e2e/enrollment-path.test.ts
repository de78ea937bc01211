import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter } from '../common/id-number.ts';
import type { Locale } from '../common/locales.ts';
import { makePdf, makePng } from '../server/src/platform/files/files.fixtures.test-support.ts';
import { expectNoHorizontalOverflow, fillMessage, loose, setSavedLocale, signInByApi, ui } from './support/app.ts';
import { newContext, screenshot, waitUntilSettled } from './support/browser.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// The whole path of a cross-region enrollment in Chromium, each person in their own browser: a new guardian
// (on a 390 px phone, family app) signs in by SMS, adds a child with consent, applies to the demo policy
// with documents; the Jiangbei reviewer (1366 px, staff app) asks for a supplement, the guardian re-uploads,
// the reviewer approves; the bureau admin publishes the seed and runs the final allocation; the guardian
// accepts the offer and downloads the admission notice; the public page verifies it; the school admin of
// 新村实验小学 (the family's first preference, with seats to spare) records arrival; the timeline says enrolled.
// Screenshots in Chinese at every main step, and in English for the key pages.

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

const STAFF_VIEWPORT = { width: 1366, height: 800 };
const SCHOOL_ID = 'school-xincun-shiyan';
const SCHOOL_ADMIN = 'xincun.admin';
const REVIEWER = 'jiangbei.reviewer';
const BUREAU_ADMIN = 'jiangbei.admin';
const MOBILE = '13912340001';
const CHILD_NAME = '李小满';
const zh = ui['zh-CN'];
const f = zh.family;

/** A valid ID number of a girl born 2020-03-01 in Chengdu (six by 31 August 2027). */
function idNumber(): string {
  const first17 = '51010720200301086';
  return first17 + idNumberCheckCharacter(first17);
}

/** A label that begins with `text` (an optional field's label goes on with "(optional)"). */
const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function staffPage(username: string, path: string): Promise<Page> {
  const context = await newContext(browser, platform.baseUrl, 'desktop', 'zh-CN');
  context.setDefaultTimeout(60_000); // the machine is slow; no step is timed
  const page = await context.newPage();
  await page.setViewportSize(STAFF_VIEWPORT);
  await setSavedLocale(platform.db, username, 'zh-CN');
  await signInByApi(page, username, path);
  return page;
}

const lang = (page: Page, locale: Locale) => page.waitForFunction((l) => document.documentElement.lang === l, locale, { timeout: 60_000 });

/**
 * Screenshots of the page as it is, in Chinese, and — for the key pages — again in English: the account's
 * saved language changed and the page reloaded (both apps apply it with the session), then back.
 */
async function shot(
  page: Page,
  name: string,
  account: { username?: string; mobile?: string },
  english = false,
  /** Fills again what a reload forgets (a form not yet saved), in the language the page shows. */
  refill?: (locale: Locale) => Promise<void>,
): Promise<void> {
  const who = account.mobile ? 'guardian' : 'staff';
  const setLocale = (locale: Locale) =>
    account.mobile
      ? platform.db.updateTable('users').set({ locale }).where('mobile', '=', account.mobile).execute()
      : setSavedLocale(platform.db, account.username!, locale);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `path-${name}.zh-CN.${who}`);
  await expectNoSeriousViolations(page, `path-${name}.zh-CN.${who}`);
  if (!english) return;
  await setLocale('en-US');
  await page.reload();
  await lang(page, 'en-US');
  await page.waitForTimeout(500);
  await waitUntilSettled(page);
  await refill?.('en-US');
  await screenshot(page, `path-${name}.en-US.${who}`);
  await expectNoSeriousViolations(page, `path-${name}.en-US.${who}`);
  await setLocale('zh-CN');
  await page.reload();
  await lang(page, 'zh-CN');
  await page.waitForTimeout(500);
  await waitUntilSettled(page);
  await refill?.('zh-CN');
}

async function applicationRow(id: string) {
  return platform.db.selectFrom('enrollment_applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('the whole enrollment path', () => {
  it('takes a family from sign-in to the first school day', { timeout: 900_000 }, async () => {
    const guardianContext = await newContext(browser, platform.baseUrl, 'familyPhone', 'zh-CN');
    guardianContext.setDefaultTimeout(60_000);
    const family = await guardianContext.newPage();
    const guardian = { mobile: MOBILE };
    const staffPages: Page[] = [];
    try {
      // 1. The guardian registers by SMS code.
      await family.goto('/family/login');
      await family.getByRole('heading', { name: f.auth.title }).waitFor();
      await family.getByLabel(f.auth.mobile, { exact: true }).fill(MOBILE);
      await family.getByRole('button', { name: loose(f.auth.getCode) }).click();
      const codeField = family.getByLabel(f.auth.smsCode, { exact: true });
      await codeField.waitFor();
      await codeField.fill(platform.sms.lastCodeFor(MOBILE)!);
      await shot(family, '01-login', guardian);
      await family.getByRole('button', { name: loose(f.auth.signIn) }).click();
      await family.waitForURL((url) => url.pathname === '/family/');
      await family.getByText(f.home.noApplications).waitFor();
      await shot(family, '02-home-empty', guardian, true);

      // 2. A child, with the separate consent.
      await family.getByRole('link', { name: f.home.addChild }).last().click();
      await family.getByRole('heading', { name: f.child.newTitle }).waitFor();
      await family.getByLabel(f.child.name, { exact: true }).fill(CHILD_NAME);
      await family.getByLabel(f.child.idNumber, { exact: true }).fill(idNumber());
      await family.getByLabel(f.child.relation, { exact: true }).selectOption('mother');
      await family.getByLabel(startingWith(f.child.hukouAddress)).fill('四川省成都市武侯区浆洗街 1 号');
      await shot(family, '03-child-new', guardian);
      await family.getByRole('button', { name: loose(f.child.saveAndContinue) }).click();
      await family.getByRole('checkbox').check();
      await shot(family, '04-consent', guardian, true, () => family.getByRole('checkbox').check());
      await family.getByRole('button', { name: loose(f.consent.give) }).click();
      await family.getByText(f.consent.given).waitFor();

      // 3. The application to the demo policy: 新村实验小学 first.
      await family.getByRole('link', { name: f.common.back, exact: true }).click();
      await family.getByRole('link', { name: f.nav.apply, exact: true }).click();
      await family.getByRole('heading', { name: f.policies.title, exact: true }).waitFor();
      await family
        .getByRole('link', { name: /江北区/ })
        .first()
        .click();
      await family.getByRole('heading', { name: f.start.title }).waitFor();
      await family.getByRole('radio', { name: new RegExp(CHILD_NAME) }).check();
      await family.getByRole('radio', { name: /积分入学/ }).check();
      await family.getByRole('button', { name: loose(f.start.begin) }).click();
      const nextStep = async (step: keyof typeof f.wizard.steps) => {
        await family.getByRole('heading', { name: f.wizard.steps[step], exact: true }).waitFor();
        await family.getByRole('button', { name: loose(f.wizard.next) }).click();
      };
      await family.getByLabel(f.wizard.residenceAddress, { exact: true }).fill('重庆市江北区观音桥街道建新北路 1 号 3 栋 501');
      await nextStep('residence');
      await family.getByLabel(f.wizard.guardianName, { exact: true }).fill('李芳');
      await family.getByRole('radio', { name: f.workKinds.employed, exact: true }).check();
      await family.getByLabel(startingWith(f.wizard.employer)).fill('重庆某某物流有限公司');
      await nextStep('work');
      // 24 months × 0.5 + 36 months × 1 + rented 10 = 58 (entered again after the reload of the English screenshot).
      const declarePoints = async (locale: Locale) => {
        const en = locale === 'en-US';
        await family.getByLabel(en ? 'Months of residence permit' : '居住证月数', { exact: true }).fill('24');
        await family.getByLabel(en ? 'Months of social insurance' : '社保缴费月数', { exact: true }).fill('36');
        await family.getByRole('radio', { name: en ? /Rented home/ : /租赁住房/ }).check();
        await expect.poll(() => family.locator('.points-total strong').innerText(), { timeout: 30_000 }).toBe('58');
      };
      await declarePoints('zh-CN');
      await shot(family, '05-wizard-points', guardian, true, declarePoints);
      await nextStep('points');
      await family.getByRole('button', { name: /加入志愿.*新村实验小学/ }).click();
      await expect.poll(() => family.locator('ol.list li .list-title').first().innerText()).toContain('新村实验小学');
      await shot(family, '06-wizard-schools', guardian);
      await nextStep('schools');

      await family.getByRole('heading', { name: f.wizard.steps.documents, exact: true }).waitFor();
      const mandatory = ['residence_permit', 'social_insurance_record', 'employment_proof', 'hukou_register', 'birth_certificate'] as const;
      for (const [i, material] of mandatory.entries()) {
        const card = family.getByRole('region', { name: f.materials[material], exact: true });
        const file =
          i % 2 === 0
            ? { name: `${material}.png`, mimeType: 'image/png', buffer: await makePng(800, 600) }
            : { name: `${material}.pdf`, mimeType: 'application/pdf', buffer: await makePdf() };
        await card.locator('input[type=file][multiple]').setInputFiles(file);
        // The name shows twice once the upload is done (the file, and the hidden name of its delete button).
        await card.getByText(file.name).first().waitFor();
        // In a draft a file is uploaded, not yet waiting for review (that begins with the submission).
        await card.getByText(f.documents.status.uploaded, { exact: true }).waitFor();
      }
      await shot(family, '07-wizard-documents', guardian, true);
      await nextStep('documents');
      await family.getByText(f.wizard.readyToSubmit).waitFor();
      await family.getByRole('button', { name: loose(f.wizard.submit) }).click();
      await family.waitForURL((url) => /^\/family\/applications\/[^/]+$/.test(url.pathname));
      const applicationId = decodeURIComponent(new URL(family.url()).pathname.split('/').pop()!);
      const submitted = await applicationRow(applicationId);
      expect(submitted.status).toBe('submitted');
      await family.getByText(fillMessage(f.detail.submitted, { reference: submitted.reference })).waitFor();
      await expectNoHorizontalOverflow(family);
      await shot(family, '08-submitted', guardian, true);

      // 4. The reviewer opens it from the inbox and asks for a new residence permit.
      const r = zh.enrollmentReview;
      // The inbox filtered as a reviewer narrows it (waiting applications for the school, from Chengdu), 100 a page.
      const reviewer = await staffPage(REVIEWER, `/enrollment/review?policy=${submitted.policy_id}&status=submitted&school=${SCHOOL_ID}&origin=5101&size=100`);
      staffPages.push(reviewer);
      reviewer.context().setDefaultTimeout(60_000);
      await reviewer.getByRole('heading', { name: r.title }).waitFor();
      const inboxLink = reviewer.getByRole('link', { name: submitted.reference });
      await inboxLink.waitFor();
      await shot(reviewer, '09-inbox', { username: REVIEWER }, true);
      await inboxLink.click();
      await reviewer.getByText(r.decision.title).first().waitFor();
      await reviewer.getByRole('button', { name: loose(r.decision.requestSupplement) }).waitFor();
      await shot(reviewer, '10-review-application', { username: REVIEWER }, true);
      await reviewer.getByRole('button', { name: loose(r.decision.requestSupplement) }).click();
      const modal = reviewer.locator('.ant-modal').filter({ hasText: r.supplement.title });
      await modal.getByLabel(r.supplement.materials).click();
      await reviewer.locator('.ant-select-item-option').filter({ hasText: zh.enrollmentPolicies.materials.residence_permit }).first().click();
      await modal.getByLabel(r.supplement.message).fill('居住证照片不清楚，请重新拍照上传。');
      const deadline = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      await modal.getByLabel(r.supplement.deadline).click();
      await modal.getByLabel(r.supplement.deadline).fill(deadline);
      await modal.getByLabel(r.supplement.deadline).press('Enter');
      await screenshot(reviewer, 'path-11-supplement-request.zh-CN.staff', { fullPage: false });
      await expectNoSeriousViolations(reviewer, 'path-11-supplement-request.zh-CN.staff');
      await modal.getByRole('button', { name: loose(r.supplement.send) }).click();
      await expect.poll(async () => (await applicationRow(applicationId)).status, { timeout: 60_000 }).toBe('supplement_requested');

      // 5. The guardian sees the request, re-uploads the permit and resubmits.
      await family.reload();
      await family.getByRole('heading', { name: f.supplement.title }).waitFor();
      await shot(family, '12-supplement-requested', guardian, true);
      const permit = family.getByRole('region', { name: f.materials.residence_permit, exact: true });
      await permit
        .locator('input[type=file][multiple]')
        .setInputFiles({ name: 'residence_permit_new.png', mimeType: 'image/png', buffer: await makePng(1024, 768) });
      await permit.getByText('residence_permit_new.png').waitFor();
      await family.getByText(f.supplement.ready).waitFor();
      await shot(family, '13-supplement-ready', guardian);
      await family.getByRole('button', { name: loose(f.supplement.resubmit) }).click();
      await expect.poll(async () => (await applicationRow(applicationId)).status, { timeout: 60_000 }).toBe('submitted');

      // 6. The reviewer accepts the documents, verifies the points and approves.
      await reviewer.reload();
      await reviewer.getByRole('button', { name: loose(r.decision.approve) }).waitFor();
      const acceptButtons = reviewer.getByRole('button', { name: loose(r.documents.accept) });
      for (;;) {
        const enabled = acceptButtons.and(reviewer.locator(':not([disabled])'));
        if ((await enabled.count()) === 0) break;
        await enabled.first().click();
        await waitUntilSettled(reviewer);
        await reviewer.waitForTimeout(300);
      }
      const saveVerified = reviewer.getByRole('button', { name: loose(r.points.save) });
      if (await saveVerified.isVisible()) {
        await saveVerified.click();
        await expect.poll(async () => (await applicationRow(applicationId)).points_verified, { timeout: 60_000 }).not.toBeNull();
      }
      await waitUntilSettled(reviewer);
      await shot(reviewer, '14-review-ready', { username: REVIEWER });
      await reviewer.getByRole('button', { name: loose(r.decision.approve) }).click();
      await reviewer
        .locator('.ant-popconfirm')
        .getByRole('button', { name: loose(r.decision.approve) })
        .click();
      await expect.poll(async () => (await applicationRow(applicationId)).status, { timeout: 60_000 }).toBe('approved');
      await shot(reviewer, '15-approved', { username: REVIEWER });

      // 7. The bureau publishes the seed of the open round and runs its final allocation.
      const a = zh.enrollmentAllocation;
      const bureau = await staffPage(BUREAU_ADMIN, `/enrollment/allocation/${submitted.policy_id}`);
      staffPages.push(bureau);
      bureau.context().setDefaultTimeout(60_000);
      await bureau
        .getByRole('heading', { name: /江北区/ })
        .first()
        .waitFor();
      await bureau.getByText(a.seedStep).first().waitFor();
      await waitUntilSettled(bureau);
      // The demo data may already have published this round's seed.
      if ((await bureau.getByRole('button', { name: loose(a.publishSeed) }).count()) > 0) {
        await bureau.getByRole('button', { name: loose(a.publishSeed) }).click();
        await bureau
          .locator('.ant-popconfirm')
          .getByRole('button', { name: loose(a.publishSeed) })
          .click();
        await bureau.getByText(a.seedPublished).first().waitFor();
      }
      await bureau.getByRole('button', { name: loose(a.runDry) }).click();
      await bureau
        .getByText(/试运行完成/)
        .first()
        .waitFor();
      await shot(bureau, '16-allocation-dry-run', { username: BUREAU_ADMIN }, true);
      await bureau.getByRole('button', { name: loose(a.runFinal) }).click();
      await bureau
        .locator('.ant-modal-confirm')
        .getByRole('button', { name: loose(a.finalConfirmOk) })
        .click();
      await expect.poll(async () => (await applicationRow(applicationId)).status, { timeout: 120_000 }).toBe('placed');
      await waitUntilSettled(bureau);
      await shot(bureau, '17-allocation-final', { username: BUREAU_ADMIN }, true);
      const offer = await platform.db.selectFrom('enrollment_offers').selectAll().where('application_id', '=', applicationId).executeTakeFirstOrThrow();
      expect(offer.school_id).toBe(SCHOOL_ID);

      // 8. The guardian sees the placement and why, accepts, downloads the notice.
      await family.reload();
      await family.getByRole('heading', { name: f.offer.title }).waitFor();
      await family.getByRole('heading', { name: f.explanation.title }).waitFor();
      await shot(family, '18-offer', guardian, true);
      await family.getByRole('button', { name: loose(f.offer.accept) }).click();
      await family.getByRole('button', { name: loose(f.offer.acceptConfirm) }).click();
      await family.getByRole('heading', { name: f.notice.title }).waitFor();
      await shot(family, '19-accepted', guardian, true);
      // The first download issues the notice (and its verification code).
      const [download] = await Promise.all([family.waitForEvent('download'), family.getByRole('button', { name: loose(f.notice.download) }).click()]);
      const notice = await platform.db
        .selectFrom('enrollment_admission_notices')
        .selectAll()
        .where('application_id', '=', applicationId)
        .executeTakeFirstOrThrow();
      const pdfPath = join(mkdtempSync(join(tmpdir(), 'shuangcheng-notice-')), 'notice.pdf');
      await download.saveAs(pdfPath);
      expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = execFileSync('pdftotext', [pdfPath, '-']).toString('utf8');
      expect(text.replace(/\s+/g, '')).toContain(notice.verification_code.replace(/\s+/g, ''));

      // 9. Anyone with the code: the public page confirms the notice with masked details.
      const verifier = await guardianContext.browser()!.newContext({ baseURL: platform.baseUrl, viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
      try {
        const publicPage = await verifier.newPage();
        publicPage.setDefaultTimeout(60_000);
        await publicPage.goto(`/verify/${notice.verification_code}`);
        await publicPage.getByRole('heading', { name: f.verify.valid }).waitFor();
        await publicPage.getByText('新村实验小学').first().waitFor();
        await publicPage.getByText('李*满').first().waitFor();
        expect(await publicPage.getByText(CHILD_NAME).count()).toBe(0);
        await screenshot(publicPage, 'path-20-verify.zh-CN.public');
        await expectNoSeriousViolations(publicPage, 'path-20-verify.zh-CN.public');
        await publicPage.evaluate(() => localStorage.setItem('shuangcheng.locale', 'en-US'));
        await publicPage.reload();
        await publicPage.getByRole('heading', { name: ui['en-US'].family.verify.valid }).waitFor();
        await screenshot(publicPage, 'path-20-verify.en-US.public');
        await expectNoSeriousViolations(publicPage, 'path-20-verify.en-US.public');
      } finally {
        await verifier.close();
      }

      // 10. The school records arrival (报到).
      const s = zh.enrollmentRoster;
      const school = await staffPage(SCHOOL_ADMIN, '/enrollment/roster');
      staffPages.push(school);
      school.context().setDefaultTimeout(60_000);
      await school.getByRole('heading', { name: s.title }).waitFor();
      const pupilRow = school.locator('tr').filter({ hasText: submitted.reference });
      await pupilRow.waitFor();
      // When the family accepted the place, and that the notice they downloaded is valid.
      await pupilRow.getByText(new RegExp(fillMessage(s.notices.valid, { date: '.+' }))).waitFor();
      expect(await pupilRow.getByText(s.offerNotRecorded).count()).toBe(0);
      await shot(school, '21-roster', { username: SCHOOL_ADMIN }, true);
      await pupilRow.getByRole('button', { name: loose(s.arrived) }).click();
      await school
        .locator('.ant-popconfirm')
        .getByRole('button', { name: loose(s.arrived) })
        .click();
      await expect.poll(async () => (await applicationRow(applicationId)).status, { timeout: 60_000 }).toBe('enrolled');
      await waitUntilSettled(school);
      await shot(school, '22-roster-arrived', { username: SCHOOL_ADMIN });

      // 11. The guardian's timeline ends with enrolled.
      await family.reload();
      await family.getByRole('heading', { name: f.detail.timeline }).waitFor();
      await family.getByText(f.status.enrolled).first().waitFor();
      await expectNoHorizontalOverflow(family);
      await shot(family, '23-enrolled', guardian, true);
    } finally {
      for (const page of staffPages) await page.context().close();
      await guardianContext.close();
    }
  });
});

describe.each<Locale>(['zh-CN', 'en-US'])('the staff enrollment pages in %s', (locale) => {
  const t = ui[locale];
  const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: STAFF_VIEWPORT } as const;

  /** Opens `path` as `username` in `locale` at each size, waits for `ready`, checks the width and takes a picture. */
  async function eachSize(username: string, path: string, name: string, ready: (page: Page) => Promise<void>): Promise<void> {
    await setSavedLocale(platform.db, username, locale);
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const context = await newContext(browser, platform.baseUrl, 'desktop', locale);
      context.setDefaultTimeout(60_000);
      try {
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        await signInByApi(page, username, path);
        await lang(page, locale);
        await ready(page);
        await waitUntilSettled(page);
        await expectNoHorizontalOverflow(page);
        await screenshot(page, `enrollment-${name}.${locale}.${size}`);
        await expectNoSeriousViolations(page, `enrollment-${name}.${locale}.${size}`);
      } finally {
        await context.close();
      }
    }
  }

  it('the review inbox names a school given by the address without a policy, and the appeals list', async () => {
    const school = await platform.db.selectFrom('organizations').select(['name_zh', 'name_en']).where('id', '=', SCHOOL_ID).executeTakeFirstOrThrow();
    const schoolName = locale === 'en-US' ? school.name_en : school.name_zh;
    await eachSize(REVIEWER, `/enrollment/review?school=${SCHOOL_ID}`, 'review-inbox-school', async (page) => {
      await page.getByRole('heading', { name: t.enrollmentReview.title }).waitFor();
      // The filters and the list: the school shows by its name, never by its id.
      const filters = page.locator('.ant-card').first();
      await expect.poll(() => filters.innerText(), { timeout: 30_000 }).toContain(schoolName);
      expect(await filters.innerText()).not.toContain(SCHOOL_ID);
    });
    await eachSize(REVIEWER, '/enrollment/review/appeals', 'review-appeals', async (page) => {
      await page.getByRole('heading', { name: t.enrollmentReview.appeal.listTitle }).waitFor();
    });
  });

  it('the allocation policies, a policy’s allocation with its run history, and the statistics', async () => {
    await eachSize(BUREAU_ADMIN, '/enrollment/allocation', 'allocation-policies', async (page) => {
      await page.getByRole('heading', { name: t.enrollmentAllocation.title }).waitFor();
    });
    const policy = await platform.db
      .selectFrom('enrollment_policies')
      .select('id')
      .where('title_zh', '=', '2027年江北区随迁子女小学一年级入学')
      .executeTakeFirstOrThrow();
    await eachSize(BUREAU_ADMIN, `/enrollment/allocation/${policy.id}`, 'allocation-history', async (page) => {
      await page.getByText(t.enrollmentAllocation.historyTitle, { exact: true }).waitFor();
    });
    await eachSize(BUREAU_ADMIN, '/enrollment/statistics', 'statistics', async (page) => {
      await page.getByRole('heading', { name: t.enrollmentStatistics.title }).waitFor();
    });
  });

  it('the school roster, with the date each family accepted and the admission notice', async () => {
    await eachSize(SCHOOL_ADMIN, '/enrollment/roster', 'roster', async (page) => {
      await page.getByRole('heading', { name: t.enrollmentRoster.title }).waitFor();
      const notices = Object.values(t.enrollmentRoster.notices).map((text) => fillMessage(text, { date: '.*' }).replace(/[()（）]/g, '.'));
      await page
        .getByText(new RegExp(notices.join('|')))
        .first()
        .waitFor();
    });
  });
});
