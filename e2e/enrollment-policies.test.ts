import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../common/locales.ts';
import { toFieldErrors } from '../server/src/modules/enrollment/policies/policies.problems.ts';
import { expectNoHorizontalOverflow, fillMessage, loose, serverMessage, setSavedLocale, signInByApi, ui } from './support/app.ts';
import { screenshot, withPage } from './support/browser.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// Enrollment policies (招生政策) in Chromium: the Jiangbei bureau admin completes a draft in the editor —
// every problem the server finds is listed inline with where it is — and publishes it with its rules
// hash; a save over someone else's newer version offers the latest one; the reviewer reads only.

let platform: RunningPlatform;
let browser: Browser;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

const DAY = 86_400_000;
const BUREAU_ID = 'bureau-jiangbei';
const DEMO_TITLE_ZH = '2027年江北区随迁子女小学一年级入学';

/** The text a problem of the policy reads in a language (the server's own wording). */
const problemText = (key: Parameters<typeof toFieldErrors>[0][number]['key'], locale: Locale) => toFieldErrors([{ field: '', key }], locale)[0]!.message;

/** The signed-in page's own API calls (its cookies), with the CSRF token the server asks for. */
async function apiAs(page: Page) {
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    post: (url: string, data: unknown) => page.request.post(url, { data, headers }),
    put: (url: string, data: unknown) => page.request.put(url, { data, headers }),
  };
}

/** A draft with basics and one designated school, but no routes yet: not publishable. */
async function createDraft(page: Page, schoolYear: number): Promise<{ id: string; version: number; titleZh: string; titleEn: string }> {
  const api = await apiAs(page);
  const body = {
    bureauId: BUREAU_ID,
    schoolYear,
    entryGrade: 'g1',
    titleZh: `${schoolYear}年江北区随迁子女小学一年级入学`,
    titleEn: `Jiangbei District ${schoolYear} grade-1 admission`,
    windowOpensAt: new Date(Date.now() + DAY).toISOString(),
    windowClosesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    maxPreferences: 1,
    ageMinYears: 6,
    ageCutoffMonthDay: '08-31',
    publicNoticeDays: 7,
    appealDays: 10,
    offerResponseDays: 7,
    reportDate: `${schoolYear}-08-30`,
    reportNoteZh: '上午 8:30 由家长陪同到校报到',
    reportNoteEn: 'At 8:30 am, with a parent',
    routes: [],
    schools: [{ schoolId: 'school-guanyinqiao', seats: 40 }],
    pointsItems: [],
  };
  const response = await api.post('/api/enrollment/policies', body);
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string; version: number; titleZh: string; titleEn: string };
}

/** "Save and publish", confirmed in the pop-up. */
async function saveAndPublish(page: Page, locale: Locale): Promise<void> {
  const t = ui[locale].enrollmentPolicies;
  await page.getByRole('button', { name: loose(t.saveAndPublish) }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: loose(t.publish) })
    .click();
}

/** The list of problems above the editor, as its items read. */
async function listedProblems(page: Page, locale: Locale): Promise<string[]> {
  const alert = page.getByRole('alert').filter({ hasText: serverMessage('enrollment.policy_incomplete', locale, { count: 0 }).split(/[（(]/)[0]! });
  await alert.waitFor();
  return (await alert.locator('li').allInnerTexts()).map((text) => text.trim());
}

describe.each<[Locale, number]>([
  ['zh-CN', 2028],
  ['en-US', 2029],
])('the policy editor in %s', (locale, schoolYear) => {
  const t = ui[locale].enrollmentPolicies;

  it('lists every problem inline, and publishes once they are fixed', async () => {
    await setSavedLocale(platform.db, 'jiangbei.admin', locale);
    await withPage(browser, platform.baseUrl, 'desktop', locale, async (page) => {
      await signInByApi(page, 'jiangbei.admin', '/');
      const draft = await createDraft(page, schoolYear);
      await page.goto(`/enrollment/policies/${draft.id}/edit`);
      const title = locale === 'en-US' ? draft.titleEn : draft.titleZh;
      await page.getByRole('heading', { name: title }).waitFor();

      // No route at all.
      await saveAndPublish(page, locale);
      expect(await listedProblems(page, locale)).toEqual([`${t.sections.routes}${t.colon}${problemText('routes_required', locale)}`]);

      // A points route without materials, and no points items.
      await page.getByRole('button', { name: loose(t.addRoute) }).click();
      const route = page.locator('#policy-routes-0');
      await route.getByLabel(t.fields.nameZh).fill('政策性照顾');
      await route.getByLabel(t.fields.nameEn).fill('Policy-based admission');
      await saveAndPublish(page, locale);
      await expect
        .poll(() => listedProblems(page, locale))
        .toEqual([
          `${fillMessage(t.itemNamed, { label: t.sections.routes, n: 1, name: locale === 'en-US' ? 'Policy-based admission' : '政策性照顾' })} · ${t.fields.materials}${t.colon}${problemText('mandatory_material_required', locale)}`,
          `${t.sections.pointsItems}${t.colon}${problemText('points_items_required', locale)}`,
        ]);
      await screenshot(page, `policy-editor-problems.${locale}.desktop`, { fullPage: false });
      await expectNoSeriousViolations(page, `policy-editor-problems.${locale}.desktop`);

      // Fixed: a mandatory material, admission without points, and a second school from the directory.
      await route.getByRole('button', { name: loose(t.addMaterial) }).click();
      await route.getByRole('radio', { name: t.admissionBases.no_points }).check();
      const picker = page.getByRole('combobox', { name: t.addSchool });
      await picker.click();
      await picker.fill('新村');
      await page
        .locator('.ant-select-item-option')
        .filter({ hasText: locale === 'en-US' ? 'Xincun Experimental' : '新村实验小学' })
        .click();
      await expect.poll(() => page.getByRole('spinbutton', { name: /新村|Xincun/ }).inputValue()).toBe('405');

      await saveAndPublish(page, locale);
      await page.waitForURL((url) => url.pathname === `/enrollment/policies/${draft.id}`);
      await page.getByText(t.rulesHash).waitFor();
      const row = await platform.db.selectFrom('enrollment_policies').select(['status', 'rules_hash']).where('id', '=', draft.id).executeTakeFirstOrThrow();
      expect(row.status).toBe('published');
      expect(row.rules_hash).toMatch(/^[0-9a-f]{64}$/);
      await page.getByText(row.rules_hash!).waitFor();
      const schools = await platform.db
        .selectFrom('enrollment_policy_schools')
        .select(['school_id', 'seats'])
        .where('policy_id', '=', draft.id)
        .orderBy('school_id')
        .execute();
      expect(schools).toEqual([
        { school_id: 'school-guanyinqiao', seats: 40 },
        { school_id: 'school-xincun-shiyan', seats: 405 },
      ]);
      // From the top: a whole-page picture of a scrolled page paints the sticky header halfway down.
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `policy-published.${locale}.desktop`);
      await expectNoSeriousViolations(page, `policy-published.${locale}.desktop`);
    });
  });
});

describe('saving over a newer version', () => {
  it('says someone else saved first and loads their version', async () => {
    await setSavedLocale(platform.db, 'jiangbei.admin', 'zh-CN');
    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      const t = ui['zh-CN'].enrollmentPolicies;
      await signInByApi(page, 'jiangbei.admin', '/');
      const draft = await createDraft(page, 2030);
      await page.goto(`/enrollment/policies/${draft.id}/edit`);
      await page.getByRole('heading', { name: draft.titleZh }).waitFor();

      // Another tab saves a new title meanwhile.
      const api = await apiAs(page);
      const current = (await (await page.request.get(`/api/enrollment/policies/${draft.id}`)).json()) as Record<string, unknown>;
      const {
        id,
        bureauId,
        hostRegionId,
        hostRegionNameZh,
        hostRegionNameEn,
        status,
        windowState,
        rulesHash,
        publishedAt,
        closedAt,
        canEdit,
        updatedAt,
        ...rules
      } = current;
      const changed = await api.put(`/api/enrollment/policies/${draft.id}`, {
        ...rules,
        titleZh: '2030年江北区随迁子女入学（他人修改）',
        schools: (rules.schools as { schoolId: string; seats: number }[]).map(({ schoolId, seats }) => ({ schoolId, seats })),
      });
      expect(changed.status(), await changed.text()).toBe(200);

      await page.getByRole('button', { name: loose(t.saveDraft) }).click();
      const alert = page.getByRole('alert').filter({ hasText: serverMessage('resource.conflict', 'zh-CN') });
      await alert.waitFor();
      await screenshot(page, 'policy-editor-conflict.zh-CN.desktop', { fullPage: false });
      await expectNoSeriousViolations(page, 'policy-editor-conflict.zh-CN.desktop');
      await alert.getByRole('button', { name: loose(t.loadLatest) }).click();
      await expect.poll(() => page.getByLabel(t.fields.titleZh).inputValue()).toBe('2030年江北区随迁子女入学（他人修改）');
    });
  });
});

describe('a published policy', () => {
  it('gets a later closing time, then is closed', async () => {
    await setSavedLocale(platform.db, 'jiangbei.admin', 'zh-CN');
    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      const t = ui['zh-CN'].enrollmentPolicies;
      await signInByApi(page, 'jiangbei.admin', '/');
      const draft = await createDraft(page, 2031);
      const api = await apiAs(page);
      const current = (await (await page.request.get(`/api/enrollment/policies/${draft.id}`)).json()) as Record<string, unknown> & { version: number };
      const {
        id,
        bureauId,
        hostRegionId,
        hostRegionNameZh,
        hostRegionNameEn,
        status,
        windowState,
        rulesHash,
        publishedAt,
        closedAt,
        canEdit,
        updatedAt,
        ...rules
      } = current;
      const route = {
        code: 'non_points',
        nameZh: '政策性照顾',
        nameEn: 'Policy-based admission',
        descriptionZh: '',
        descriptionEn: '',
        admissionBasis: 'no_points',
        eligibility: { hukouOutsideHost: true },
        materials: [{ material: 'hukou_register', requirement: 'mandatory', descriptionZh: '', descriptionEn: '' }],
      };
      const saved = await api.put(`/api/enrollment/policies/${draft.id}`, {
        ...rules,
        routes: [route],
        schools: [{ schoolId: 'school-guanyinqiao', seats: 40 }],
      });
      expect(saved.status(), await saved.text()).toBe(200);
      const published = await api.post(`/api/enrollment/policies/${draft.id}/publish`, { version: ((await saved.json()) as { version: number }).version });
      expect(published.status(), await published.text()).toBe(200);

      await page.goto(`/enrollment/policies/${draft.id}`);
      await page.getByText(t.rulesHash).waitFor();
      await page.getByRole('button', { name: loose(t.extendWindow) }).click();
      const modal = page.locator('.ant-modal').filter({ hasText: t.newClose });
      const later = new Date(Date.now() + 60 * DAY);
      const typed = `${later.getFullYear()}-${String(later.getMonth() + 1).padStart(2, '0')}-${String(later.getDate()).padStart(2, '0')} 10:00`;
      const input = modal.getByLabel(t.newClose);
      await input.click();
      await input.fill(typed);
      await input.press('Enter');
      await modal.getByRole('button', { name: loose(t.extend) }).click();
      await modal.waitFor({ state: 'hidden' });
      await expect
        .poll(
          async () =>
            (await platform.db.selectFrom('enrollment_policies').select('window_closes_at').where('id', '=', draft.id).executeTakeFirstOrThrow())
              .window_closes_at,
        )
        .toBe(new Date(`${typed.replace(' ', 'T')}:00`).toISOString());

      await page.getByRole('button', { name: loose(t.close) }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: loose(t.close) })
        .click();
      await page.getByText(t.statuses.closed).first().waitFor();
      expect(await page.getByRole('button', { name: loose(t.extendWindow) }).count()).toBe(0);
      const row = await platform.db.selectFrom('enrollment_policies').select(['status', 'closed_at']).where('id', '=', draft.id).executeTakeFirstOrThrow();
      expect(row.status).toBe('closed');
      expect(row.closed_at).not.toBeNull();
    });
  });
});

describe('a reviewer of the district', () => {
  it('reads the published policy but has nothing to change', async () => {
    await setSavedLocale(platform.db, 'jiangbei.reviewer', 'zh-CN');
    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      const t = ui['zh-CN'].enrollmentPolicies;
      await signInByApi(page, 'jiangbei.reviewer', '/enrollment/policies');
      await page.getByRole('heading', { name: t.title }).waitFor();
      await page.getByRole('link', { name: DEMO_TITLE_ZH }).click();
      await page.getByText(t.rulesHash).waitFor();
      for (const action of [t.newPolicy, t.close, t.extendWindow, t.publishPublicList]) {
        expect(await page.getByRole('button', { name: loose(action) }).count(), action).toBe(0);
      }
    });
  });
});

describe.each<Locale>(['zh-CN', 'en-US'])('the policy pages on a phone in %s', (locale) => {
  it('fit the screen', async () => {
    await setSavedLocale(platform.db, 'jiangbei.admin', locale);
    await withPage(browser, platform.baseUrl, 'narrowPhone', locale, async (page) => {
      const t = ui[locale].enrollmentPolicies;
      await signInByApi(page, 'jiangbei.admin', '/enrollment/policies');
      await page.getByRole('heading', { name: t.title }).waitFor();
      const demo = page.getByRole('link', { name: locale === 'en-US' ? 'Jiangbei District 2027 grade-1 admission for migrant children' : DEMO_TITLE_ZH });
      await demo.waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `policies.${locale}.phone`);
      await expectNoSeriousViolations(page, `policies.${locale}.phone`);
      await demo.click();
      await page.getByText(t.rulesHash).waitFor();
      await expectNoHorizontalOverflow(page);
      await screenshot(page, `policy.${locale}.phone`);
      await expectNoSeriousViolations(page, `policy.${locale}.phone`);
    });
  });
});
