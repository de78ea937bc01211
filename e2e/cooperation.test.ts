import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../common/locales.ts';
import { createSchool, createUser, TEST_PASSWORD } from '../server/src/test/factories.ts';
import { expectNoHorizontalOverflow, fillMessage, loose, setSavedLocale, signInByApi, ui } from './support/app.ts';
import { screenshot, withPage } from './support/browser.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// The cooperation network end to end: a Jiangbei school finds a Qingyang school in the partner finder and
// proposes a pairing; the partner school accepts; the bureau of each side approves (two steps, two bureaus);
// the proposing school logs an exchange with a photo; the Jiangbei bureau's dashboard and map show it.

let platform: RunningPlatform;
let browser: Browser;
let tempDir: string;
let photoPath: string;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'shuangcheng-e2e-cooperation-'));
  photoPath = join(tempDir, 'joint-research.jpg');
  await sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .toFile(photoPath);
});

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

const PROPOSER = 'xincun.admin';
const PROPOSER_SCHOOL = 'school-xincun-shiyan';

/** A Qingyang school of its own for each run (no demo pairing can stand in the way), with an admin who signs in. */
async function partnerSchool(locale: Locale) {
  const nameZh = locale === 'zh-CN' ? '青羊区双城协作实验小学' : '青羊区双城协作示范小学';
  const school = await createSchool(platform.db, '510105', { nameZh, stages: ['primary'] });
  await platform.db.updateTable('organizations').set({ latitude: 30.67, longitude: 104.05 }).where('id', '=', school.id).execute();
  const admin = await createUser(platform.db, { role: 'school_admin', organizationId: school.id, displayName: '协作小学 周校长' });
  await setSavedLocale(platform.db, admin.username!, locale);
  return { id: school.id, nameZh, nameEn: `Test ${nameZh}`, username: admin.username! };
}

/** Signs in an account made by the test factories (their password is the tests' own), then opens `path`. */
async function signInWithTestPassword(page: Page, username: string, path: string): Promise<void> {
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const login = await page.request.post('/api/auth/login', { data: { username, password: TEST_PASSWORD }, headers: { 'x-csrf-token': csrfToken } });
  expect(login.status(), await login.text()).toBe(200);
  await page.goto(path);
}

async function asDemo(locale: Locale, username: string, path: string, use: (page: Page) => Promise<void>, viewport: 'desktop' | 'phone' = 'desktop') {
  await setSavedLocale(platform.db, username, locale);
  await withPage(browser, platform.baseUrl, viewport, locale, async (page) => {
    await signInByApi(page, username, path);
    await use(page);
  });
}

/** Picks an option of an antd select by its text. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  await page.keyboard.press('Escape');
}

describe.each<Locale>(['zh-CN', 'en-US'])('the cooperation network in %s', (locale) => {
  const t = ui[locale];
  const c = t.cooperation;

  it('pairs two schools from the partner finder through both bureaus, logs an exchange with a photo, and shows it on the dashboard', async () => {
    const partner = await partnerSchool(locale);
    const partnerName = locale === 'zh-CN' ? partner.nameZh : partner.nameEn;
    let pairingPath = '';

    // 1. The Jiangbei school looks for partners in Qingyang and proposes a pairing from the suggestion.
    await asDemo(locale, PROPOSER, '/cooperation/partner-finder?region=510105', async (page) => {
      await page.getByRole('heading', { name: c.finder.title }).waitFor();
      const card = page.getByRole('listitem', { name: partnerName });
      await card.waitFor();
      await expect.poll(() => card.locator('.ant-tag').count()).toBeGreaterThan(0);
      await screenshot(page, `cooperation-finder.${locale}.desktop`);
      await expectNoSeriousViolations(page, `cooperation-finder.${locale}.desktop`);
      await card.getByRole('link', { name: fillMessage(c.finder.proposeWith, { name: partnerName }) }).click();

      await page.getByRole('heading', { name: c.pairings.proposeTitle }).waitFor();
      await page.getByText(partnerName).first().waitFor();
      await choose(page, c.pairings.focusAreas, c.focusAreas.curriculum);
      await page.getByLabel(c.pairings.batch, { exact: true }).fill('5');
      await page.getByRole('button', { name: loose(c.pairings.send) }).click();
      await page.waitForURL((url) => /^\/cooperation\/pairings\/[^/]+$/.test(url.pathname) && !url.pathname.endsWith('/new'));
      pairingPath = new URL(page.url()).pathname;
      await page.getByText(c.pairingStatuses.proposed).first().waitFor();
    });
    const pairingId = pairingPath.split('/').pop()!;

    // 2. The partner school finds it waiting and accepts.
    await withPage(browser, platform.baseUrl, 'desktop', locale, async (page) => {
      await signInWithTestPassword(page, partner.username, '/cooperation/pairings?awaiting=1');
      await page.getByRole('heading', { name: c.pairings.title }).waitFor();
      await page.locator(`a[href="${pairingPath}"]`).click();
      // A school accepts; approving is for the bureaus.
      expect(await page.getByRole('button', { name: loose(c.pairings.approve) }).count()).toBe(0);
      await page.getByRole('button', { name: loose(c.pairings.accept) }).click();
      await page.getByText(c.pairingStatuses.accepted).first().waitFor();
      expect(await page.getByRole('button', { name: loose(c.pairings.approve) }).count()).toBe(0);
    });

    // 3. Each side's bureau approves its own side: one approval leaves the pairing waiting for the other.
    const status = async () =>
      (await platform.db.selectFrom('cooperation_pairings').select('status').where('id', '=', pairingId).executeTakeFirstOrThrow()).status;
    await asDemo(locale, 'jiangbei.admin', pairingPath, async (page) => {
      await page.getByRole('button', { name: loose(c.pairings.approve) }).click();
      await page.getByText(c.pairings.approved).first().waitFor();
      // Its side approved, the Jiangbei bureau has nothing more to approve here.
      await expect.poll(() => page.getByRole('button', { name: loose(c.pairings.approve) }).count()).toBe(0);
    });
    expect(await status()).toBe('accepted');
    await asDemo(locale, 'qingyang.admin', pairingPath, async (page) => {
      await page.getByRole('button', { name: loose(c.pairings.approve) }).click();
      await page.getByText(c.pairingStatuses.active).first().waitFor();
      await screenshot(page, `cooperation-pairing-active.${locale}.desktop`);
      await expectNoSeriousViolations(page, `cooperation-pairing-active.${locale}.desktop`);
    });
    expect(await status()).toBe('active');

    // 4. The proposing school logs an exchange of the pairing, with a photo, naming a teacher of the partner school.
    const title = locale === 'zh-CN' ? '青羊—江北语文联合教研' : 'Qingyang–Jiangbei joint Chinese research';
    const partnerTeacher = await createUser(platform.db, {
      role: 'teacher',
      organizationId: partner.id,
      displayName: locale === 'zh-CN' ? '青羊宋老师' : 'Song Li (Qingyang)',
    });
    await asDemo(locale, PROPOSER, pairingPath, async (page) => {
      await page.getByRole('link', { name: loose(c.exchanges.log) }).click();
      await page.getByRole('heading', { name: c.exchanges.newTitle }).waitFor();
      await choose(page, c.exchanges.kind, c.exchangeKinds.joint_research);
      await page.getByLabel(c.exchanges.titleField, { exact: true }).fill(title);
      await page.getByLabel(c.exchanges.participantCount, { exact: true }).fill('24');
      await page
        .getByLabel(c.exchanges.summary, { exact: true })
        .fill(locale === 'zh-CN' ? '两校语文教师同课异构。' : 'Teachers of both schools taught the same lesson.');
      await page.getByLabel(c.exchanges.namedParticipants, { exact: true }).fill(locale === 'zh-CN' ? '宋老师' : 'Song');
      // The server's answer is the only option (the search is by name among the exchange's schools): Enter picks it.
      const teacherName = locale === 'zh-CN' ? '青羊宋老师' : 'Song Li (Qingyang)';
      await page
        .locator('.ant-select-item-option', { hasText: `${teacherName} · ${partnerName}` })
        .first()
        .waitFor({ state: 'attached' });
      await expect.poll(() => page.locator('.ant-select-dropdown:visible .ant-select-item-option').count()).toBe(1);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await page.locator('.ant-select-selection-item', { hasText: teacherName }).waitFor();
      await page.locator('input[type="file"]').setInputFiles(photoPath);
      await page.locator('.ant-upload-list-item', { hasText: 'joint-research.jpg' }).waitFor();
      await screenshot(page, `cooperation-exchange-form.${locale}.desktop`);
      await expectNoSeriousViolations(page, `cooperation-exchange-form.${locale}.desktop`);
      await page.getByRole('button', { name: loose(c.exchanges.save) }).click();
      await page.getByRole('heading', { name: title }).waitFor();
      await page.getByRole('img', { name: 'joint-research.jpg' }).waitFor();
      await screenshot(page, `cooperation-exchange.${locale}.desktop`);
      await expectNoSeriousViolations(page, `cooperation-exchange.${locale}.desktop`);
    });
    const exchange = await platform.db
      .selectFrom('cooperation_exchanges')
      .select(['id', 'pairing_id', 'participant_count'])
      .where('title', '=', title)
      .executeTakeFirstOrThrow();
    expect(exchange).toMatchObject({ pairing_id: pairingId, participant_count: 24 });
    const named = await platform.db
      .selectFrom('cooperation_exchange_participants')
      .select(['user_id', 'organization_id'])
      .where('exchange_id', '=', exchange.id)
      .execute();
    expect(named).toEqual([{ user_id: partnerTeacher.id, organization_id: partner.id }]);

    // 5. The Jiangbei bureau's dashboard counts it and its map draws the pairing.
    await asDemo(locale, 'jiangbei.admin', '/', async (page) => {
      const [map] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/cooperation/dashboard/map') && r.status() === 200),
        page.goto('/cooperation/dashboard'),
      ]);
      const body = (await map.json()) as { pairings: { id: string; dormant: boolean }[]; schools: { id: string }[] };
      expect(body.pairings.find((p) => p.id === pairingId)).toMatchObject({ dormant: false });
      expect(body.schools.map((s) => s.id)).toEqual(expect.arrayContaining([PROPOSER_SCHOOL, partner.id]));
      await page.getByRole('heading', { name: c.dashboard.title }).waitFor({ timeout: 45_000 });
      await page.getByText(c.dashboard.totals.pairingsActive).waitFor();
      await page
        .getByRole('img', { name: new RegExp(`^${c.dashboard.mapLabel.split('{{')[0]}`) })
        .locator('canvas')
        .first()
        .waitFor();
      await screenshot(page, `cooperation-dashboard.${locale}.desktop`);
      await expectNoSeriousViolations(page, `cooperation-dashboard.${locale}.desktop`);
    });
    await asDemo(
      locale,
      'jiangbei.admin',
      '/cooperation/dashboard',
      async (page) => {
        // The charts' chunk is large; a busy machine takes a while to parse it.
        await page.getByRole('heading', { name: c.dashboard.title }).waitFor({ timeout: 45_000 });
        await page.getByText(c.dashboard.totals.pairingsActive).waitFor();
        await expectNoHorizontalOverflow(page);
        await screenshot(page, `cooperation-dashboard.${locale}.phone`);
        await expectNoSeriousViolations(page, `cooperation-dashboard.${locale}.phone`);
      },
      'phone',
    );
  }, 300_000);
});
