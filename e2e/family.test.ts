import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter } from '../common/id-number.ts';
import type { Locale } from '../common/locales.ts';
import { createSession } from '../server/src/platform/auth/sessions.ts';
import { makeJpeg, makePdf } from '../server/src/platform/files/files.fixtures.test-support.ts';
import { SESSION_COOKIE } from '../server/src/platform/http/request-context.ts';
import { expectNoHorizontalOverflow, fillMessage, loose, serverMessage, ui } from './support/app.ts';
import { screenshot, withPage } from './support/browser.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// The families' phone app (family.html, its own light entry): a new guardian signs in by SMS, adds a child
// with the separate consent, starts an application to the demo policy, fills the wizard (points simulator,
// ranked schools, documents by upload) and submits it once; the public pages work without signing in.

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

let nextMobile = 0;
/** A mobile number no account has yet (1391000xxxx; the demo guardian is 13800000001). */
const newMobile = () => `1391000${String(nextMobile++).padStart(4, '0')}`;

let nextChild = 0;
/** A valid ID number of a girl (even sequence) born 2020-03-01 in Chengdu, hukou outside Jiangbei; new each call. */
function newIdNumber(): string {
  const first17 = `51010720200301${String(2 * ++nextChild).padStart(3, '0')}`;
  return first17 + idNumberCheckCharacter(first17);
}

async function signIn(page: Page, locale: Locale, mobile: string): Promise<void> {
  const t = ui[locale].family;
  await page.goto('/family/login');
  await page.getByLabel(t.auth.mobile, { exact: true }).fill(mobile);
  await page.getByRole('button', { name: loose(t.auth.getCode) }).click();
  const codeField = page.getByLabel(t.auth.smsCode, { exact: true });
  await codeField.waitFor();
  await codeField.fill(platform.sms.lastCodeFor(mobile)!);
  await page.getByRole('button', { name: loose(t.auth.signIn) }).click();
  await page.waitForURL((url) => url.pathname === '/family/');
}

/** The continue button of a wizard step, once the page shows that step. */
async function nextStep(page: Page, locale: Locale, step: keyof (typeof ui)['zh-CN']['family']['wizard']['steps']): Promise<void> {
  const t = ui[locale].family.wizard;
  await page.getByRole('heading', { name: t.steps[step], exact: true }).waitFor();
  await page.getByRole('button', { name: loose(t.next) }).click();
}

/** A label that begins with `text` (an optional field's label goes on with "(optional)"). */
const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const LOCALES: Locale[] = ['zh-CN', 'en-US'];

describe.each(LOCALES)('a family on a phone in %s', (locale) => {
  const t = ui[locale].family;
  // From the top: sticky bars (header, points total, action bar) then sit where a person first sees them.
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `family-${name}.${locale}`);
    await expectNoSeriousViolations(page, `family-${name}.${locale}`);
  };

  it('signs in, adds a child with consent, fills an application and submits it once', async () => {
    await withPage(browser, platform.baseUrl, 'familyPhone', locale, async (page) => {
      const mobile = newMobile();
      await page.goto('/family/login');
      await page.getByRole('heading', { name: t.auth.title }).waitFor();
      await shot(page, 'login');
      await signIn(page, locale, mobile);
      await page.getByText(t.home.noApplications).waitFor();
      await expectNoHorizontalOverflow(page);
      await shot(page, 'home-empty');

      // A child: the ID number gives birth date and sex; the consent is its own step.
      await page.getByRole('link', { name: t.home.addChild }).last().click();
      await page.getByRole('heading', { name: t.child.newTitle }).waitFor();
      await page.getByLabel(t.child.name, { exact: true }).fill('张小雨');
      await page.getByLabel(t.child.idNumber, { exact: true }).fill(newIdNumber().toLowerCase());
      await page.getByLabel(t.child.relation, { exact: true }).selectOption('mother');
      await page.getByLabel(startingWith(t.child.hukouAddress)).fill('四川省成都市武侯区浆洗街 1 号');
      await expectNoHorizontalOverflow(page);
      await shot(page, 'child-new');
      await page.getByRole('button', { name: loose(t.child.saveAndContinue) }).click();
      await page.getByRole('checkbox').check();
      await shot(page, 'consent');
      await page.getByRole('button', { name: loose(t.consent.give) }).click();
      await page.getByText(t.consent.given).waitFor();
      await shot(page, 'child-profile');

      // The open policy, and the start: which child, which route.
      await page.getByRole('link', { name: t.common.back, exact: true }).click();
      await page.getByRole('link', { name: t.nav.apply, exact: true }).click();
      await page.getByRole('heading', { name: t.policies.title, exact: true }).waitFor();
      await page.getByText(t.policy.window.open).first().waitFor();
      await shot(page, 'policies');
      await page
        .getByRole('link', { name: /江北区|Jiangbei/ })
        .first()
        .click();
      await page.getByRole('heading', { name: t.start.title }).waitFor();
      await page.getByRole('radio', { name: /张小雨/ }).check();
      await page.getByRole('radio', { name: locale === 'zh-CN' ? /积分入学/ : /Admission by points/ }).check();
      await expectNoHorizontalOverflow(page);
      await shot(page, 'policy');
      await page.getByRole('button', { name: loose(t.start.begin) }).click();

      // The wizard, saved step by step.
      await page.getByLabel(t.wizard.residenceAddress, { exact: true }).fill('重庆市江北区观音桥街道建新北路 1 号 3 栋 501');
      await shot(page, 'wizard-residence');
      await nextStep(page, locale, 'residence');
      await page.getByLabel(t.wizard.guardianName, { exact: true }).fill('张伟');
      await page.getByRole('radio', { name: t.workKinds.employed, exact: true }).check();
      await page.getByLabel(startingWith(t.wizard.employer)).fill('重庆某某物流有限公司');
      await shot(page, 'wizard-work');
      await nextStep(page, locale, 'work');

      // The simulator: 24 months × 0.5 + 36 months × 1 + rented 10 = 58, out of 110.
      await page.getByLabel(locale === 'zh-CN' ? '居住证月数' : 'Months of residence permit', { exact: true }).fill('24');
      await page.getByLabel(locale === 'zh-CN' ? '社保缴费月数' : 'Months of social insurance', { exact: true }).fill('36');
      await page.getByRole('radio', { name: locale === 'zh-CN' ? /租赁住房/ : /Rented home/ }).check();
      await expect.poll(() => page.locator('.points-total strong').innerText(), { timeout: 10_000 }).toBe('58');
      await page.getByText(t.points.howToRaise).waitFor();
      await expectNoHorizontalOverflow(page);
      await shot(page, 'wizard-points');
      await nextStep(page, locale, 'points');

      // Two schools, the second moved up to first.
      const add = page.getByRole('button', { name: startingWith(t.wizard.addSchool) });
      await add.first().click();
      await add.first().click();
      const ranked = page.locator('ol.list li .list-title');
      const second = await ranked.nth(1).innerText();
      await page.getByRole('button', { name: fillMessage(t.wizard.moveUp, { school: second }) }).click();
      await expect.poll(() => ranked.first().innerText()).toBe(second);
      await expectNoHorizontalOverflow(page);
      await shot(page, 'wizard-schools');
      await nextStep(page, locale, 'schools');

      // Documents: every mandatory material, one upload each, with its status.
      await page.getByRole('heading', { name: t.wizard.steps.documents, exact: true }).waitFor();
      const mandatory = ['residence_permit', 'social_insurance_record', 'employment_proof', 'hukou_register', 'birth_certificate'] as const;
      for (const [i, material] of mandatory.entries()) {
        const card = page.getByRole('region', { name: t.materials[material], exact: true });
        const file =
          i % 2 === 0
            ? { name: `${material}.jpg`, mimeType: 'image/jpeg', buffer: await makeJpeg() }
            : { name: `${material}.pdf`, mimeType: 'application/pdf', buffer: await makePdf() };
        await card.locator('input[type=file][multiple]').setInputFiles(file);
        // The name shows twice once the upload is done (the file, and the hidden name of its delete button).
        await card.getByText(file.name).first().waitFor();
        // In a draft a file is uploaded, not yet waiting for review (that begins with the submission).
        await card.getByText(t.documents.status.uploaded, { exact: true }).waitFor();
      }
      // A file the server refuses (a script named .jpg) says which file and why, and leaves the others alone.
      const housing = page.getByRole('region', { name: t.materials.housing_proof, exact: true });
      await housing
        .locator('input[type=file][multiple]')
        .setInputFiles({ name: 'lease.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<?php system($_GET["c"]); ?>') });
      await housing.getByRole('alert').filter({ hasText: 'lease.jpg' }).waitFor();
      expect(await platform.db.selectFrom('enrollment_documents').select('id').where('original_name', '=', 'lease.jpg').execute()).toEqual([]);
      await expectNoHorizontalOverflow(page);
      await shot(page, 'wizard-documents');
      await nextStep(page, locale, 'documents');

      // Review, then one submit (the button ignores a second tap while the first is on its way).
      await page.getByText(t.wizard.readyToSubmit).waitFor();
      await expectNoHorizontalOverflow(page);
      await shot(page, 'wizard-review');
      const submit = page.getByRole('button', { name: loose(t.wizard.submit) });
      await submit.click();
      await submit.click({ timeout: 1000 }).catch(() => undefined);
      await page.waitForURL((url) => /^\/family\/applications\/[^/]+$/.test(url.pathname));
      const rows = await platform.db
        .selectFrom('enrollment_applications')
        .innerJoin('users', 'users.id', 'enrollment_applications.guardian_user_id')
        .select(['enrollment_applications.status', 'enrollment_applications.points_declared', 'enrollment_applications.reference'])
        .where('users.mobile', '=', mobile)
        .execute();
      expect(rows).toEqual([{ status: 'submitted', points_declared: 58, reference: expect.any(String) }]);
      await page.getByText(fillMessage(t.detail.submitted, { reference: rows[0]!.reference })).waitFor();
      await page.getByRole('heading', { name: t.detail.timeline }).waitFor();
      await expectNoHorizontalOverflow(page);
      await shot(page, 'application-submitted');

      // Home lists it with its status chip.
      await page.getByRole('link', { name: t.common.back, exact: true }).click();
      await page
        .getByRole('link', { name: /张小雨/ })
        .first()
        .waitFor();
      await shot(page, 'home');
    });
  });

  it('checks an admission notice code and reads the public list without signing in', async () => {
    await withPage(browser, platform.baseUrl, 'familyPhone', locale, async (page) => {
      await page.goto('/verify/ABCD-EFGH-JKLM-NPQR');
      await page.getByRole('heading', { name: t.verify.notFound }).waitFor();
      await expectNoHorizontalOverflow(page);
      await shot(page, 'verify-unknown');

      const policy = await platform.db.selectFrom('enrollment_policies').select('id').where('status', '=', 'published').executeTakeFirstOrThrow();
      await page.goto(`/family/public/policies/${policy.id}`);
      await page.getByRole('heading', { name: t.publicList.title }).waitFor();
      await page
        .getByText(/江北区|Jiangbei/)
        .first()
        .waitFor();
      await expectNoHorizontalOverflow(page);
      await shot(page, 'public-list');
    });
  });
});

/** A seeded application in `status` and its guardian: the demo data has families in every state. */
async function seeded(status: string): Promise<{ id: string; guardianId: string }> {
  const row = await platform.db
    .selectFrom('enrollment_applications')
    .leftJoin('enrollment_appeals', 'enrollment_appeals.application_id', 'enrollment_applications.id')
    .select(['enrollment_applications.id', 'enrollment_applications.guardian_user_id'])
    .where('enrollment_applications.status', '=', status as never)
    .$if(status === 'rejected', (q) => q.where('enrollment_appeals.id', 'is', null))
    // A place from an allocation run (not given by hand): the page explains the run.
    .$if(status === 'placed', (q) => q.where('enrollment_applications.placement_kind', '=', 'allocation'))
    .orderBy('enrollment_applications.reference')
    .executeTakeFirstOrThrow();
  return { id: row.id, guardianId: row.guardian_user_id };
}

/**
 * Opens the application as its guardian, signed in by a session made for the test (the SMS sign-in has its
 * own tests above; its throttle allows one code a minute per number).
 */
async function openAs(page: Page, application: { id: string; guardianId: string }, locale: Locale = 'zh-CN'): Promise<void> {
  // A signed-in guardian's saved language wins over the device's.
  await platform.db.updateTable('users').set({ locale }).where('id', '=', application.guardianId).execute();
  const { token } = await createSession(
    platform.db,
    { userId: application.guardianId, stage: 'active', ip: null, userAgent: null },
    { idleMinutes: 30, absoluteHours: 12 },
  );
  await page.context().addCookies([{ name: SESSION_COOKIE, value: token, url: platform.baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  await page.goto(`/family/applications/${application.id}`);
}

describe('an application in each state, on a phone in zh-CN', () => {
  const t = ui['zh-CN'].family;
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `family-state-${name}.zh-CN`);
    await expectNoSeriousViolations(page, `family-state-${name}.zh-CN`);
  };
  /** Opens a seeded application in `status` as its guardian. */
  async function open(page: Page, status: string): Promise<string> {
    const application = await seeded(status);
    await openAs(page, application);
    await page.getByRole('heading', { name: t.detail.timeline }).waitFor();
    await expectNoHorizontalOverflow(page);
    return application.id;
  }

  it.each(LOCALES)('shows what each state means and what the family can do, in %s', async (locale) => {
    const l = ui[locale].family;
    const expectations: [string, string][] = [
      ['supplement_requested', l.supplement.title],
      ['rejected', l.appeal.rejectedTitle],
      ['appealed', l.appeal.title],
      ['unplaced', l.detail.documents],
      ['enrolled', l.notice.title],
    ];
    for (const [status, heading] of expectations) {
      await withPage(browser, platform.baseUrl, 'familyPhone', locale, async (page) => {
        await openAs(page, await seeded(status), locale);
        await page.getByText(l.statusHelp[status as keyof typeof l.statusHelp]).waitFor();
        await page.getByRole('heading', { name: heading }).waitFor();
        await expectNoHorizontalOverflow(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `family-state-${status}.${locale}`);
        await expectNoSeriousViolations(page, `family-state-${status}.${locale}`);
      });
    }
  });

  it('accepts an offered place, downloads the notice and checks it on the public page', async () => {
    await withPage(browser, platform.baseUrl, 'familyPhone', 'zh-CN', async (page) => {
      const id = await open(page, 'placed');
      await page.getByRole('heading', { name: t.offer.title }).waitFor();
      await page.getByRole('heading', { name: t.explanation.title }).waitFor();
      await shot(page, 'placed');
      await page.getByText(t.explanation.outcomes.admitted, { exact: true }).first().waitFor();

      await page.getByRole('button', { name: loose(t.offer.accept) }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: loose(t.offer.acceptConfirm) })
        .click();
      await page.getByText(t.offer.status.accepted).waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: loose(t.notice.download) }).click();
      expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
      await page.getByRole('link', { name: t.notice.verify }).click();
      await page.getByRole('heading', { name: t.verify.valid }).waitFor();
      await expectNoHorizontalOverflow(page);
      await shot(page, 'notice-verified');
      const row = await platform.db.selectFrom('enrollment_applications').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.status).toBe('accepted');
    });
  });

  it('appeals a rejection with a reason', async () => {
    await withPage(browser, platform.baseUrl, 'familyPhone', 'zh-CN', async (page) => {
      const id = await open(page, 'rejected');
      await page.getByLabel(t.appeal.reason).fill('居住证已于上月续签，附新证件照片。');
      await page.getByRole('button', { name: loose(t.appeal.submit) }).click();
      await page.getByText(t.appeal.status.open).first().waitFor();
      await page.getByText(t.appeal.evidence, { exact: true }).first().waitFor();
      await shot(page, 'appeal-filed');
      const appeals = await platform.db.selectFrom('enrollment_appeals').select('status').where('application_id', '=', id).execute();
      expect(appeals).toEqual([{ status: 'open' }]);
    });
  });
});

describe('the staff app and the family app', () => {
  it('sends a signed-out parent from a staff address to the family sign-in page', async () => {
    await withPage(browser, platform.baseUrl, 'familyPhone', 'zh-CN', async (page) => {
      await page.goto('/family/login');
      await page.evaluate(() => localStorage.setItem('shuangcheng.signInKind', 'family'));
      await page.goto('/profile');
      await page.waitForURL((url) => url.pathname === '/family/login');
    });
  });
});

describe('each family page opened from its own address (an SMS link, a bookmark, a reload)', () => {
  const t = ui['zh-CN'].family;
  const DEMO_GUARDIAN = '13800000001';

  /** The page shows `heading` and not the "no such page" page, neither from the server nor from the family app. */
  async function expectPage(page: Page, path: string, heading: string | RegExp): Promise<void> {
    expect(new URL(page.url()).pathname).toBe(path);
    await page.getByRole('heading', { name: heading }).first().waitFor();
    expect(await page.getByText(t.errors.pageNotFound).count()).toBe(0);
    expect(await page.getByText(serverMessage('route.not_found', 'zh-CN')).count()).toBe(0);
  }

  it('signs in from a deep link, comes back to it, and every page survives a fresh load and a reload', async () => {
    await withPage(browser, platform.baseUrl, 'familyPhone', 'zh-CN', async (page) => {
      const guardian = await platform.db.selectFrom('users').select('id').where('mobile', '=', DEMO_GUARDIAN).executeTakeFirstOrThrow();
      // Earlier tests may have opened this guardian's applications in English, and the saved language wins.
      await platform.db.updateTable('users').set({ locale: 'zh-CN' }).where('id', '=', guardian.id).execute();
      const applications = await platform.db
        .selectFrom('enrollment_applications')
        .select(['id', 'status', 'child_id', 'policy_id'])
        .where('guardian_user_id', '=', guardian.id)
        .orderBy('created_at')
        .execute();
      const submitted = applications.find((a) => a.status !== 'draft')!;
      const draft = applications.find((a) => a.status === 'draft')!;
      const policy = await platform.db.selectFrom('enrollment_policies').select(['title_zh']).where('id', '=', submitted.policy_id).executeTakeFirstOrThrow();

      // Signed out: the deep link asks for the sign-in, then opens the page it was given.
      const applicationPath = `/family/applications/${submitted.id}`;
      await page.goto(applicationPath);
      await page.waitForURL((url) => url.pathname === '/family/login' && url.searchParams.get('next') === applicationPath);
      await page.getByLabel(t.auth.mobile, { exact: true }).fill(DEMO_GUARDIAN);
      await page.getByRole('button', { name: loose(t.auth.getCode) }).click();
      const codeField = page.getByLabel(t.auth.smsCode, { exact: true });
      await codeField.waitFor();
      await codeField.fill(platform.sms.lastCodeFor(DEMO_GUARDIAN)!);
      await page.getByRole('button', { name: loose(t.auth.signIn) }).click();
      await page.waitForURL((url) => url.pathname === applicationPath);
      await expectPage(page, applicationPath, t.detail.timeline);

      const pages: [string, string | RegExp][] = [
        [applicationPath, t.detail.timeline],
        [`/family/applications/${draft.id}/edit/residence`, t.wizard.steps.residence],
        [`/family/children/${submitted.child_id}`, t.child.facts],
        [`/family/children/${submitted.child_id}/consent`, /同意/],
        [`/family/policies/${submitted.policy_id}`, policy.title_zh],
        ['/family/policies', t.policies.title],
        ['/family/notifications', t.notifications.title],
        ['/family/me', t.me.title],
        [`/family/public/policies/${submitted.policy_id}`, t.publicList.title],
      ];
      for (const [path, heading] of pages) {
        await page.goto(path);
        await expectPage(page, path, heading);
        await expectNoSeriousViolations(page, path);
        await page.reload();
        await expectPage(page, path, heading);
      }
    });
  });
});
