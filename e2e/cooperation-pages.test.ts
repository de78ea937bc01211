import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../common/locales.ts';
import { expectNoHorizontalOverflow, loose, setSavedLocale, signInByApi, ui } from './support/app.ts';
import { screenshot, waitUntilSettled, withPage } from './support/browser.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// Every page of the cooperation network on the demo data, in both languages, at phone (390 px) and desktop
// (1366 px) width, for a person to look at; and the import page refusing a file with bad rows as a whole.

let platform: RunningPlatform;
let browser: Browser;
let tempDir: string;
let pdfPath: string;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'shuangcheng-e2e-cooperation-pages-'));
  pdfPath = join(tempDir, 'jiangbei-qingyang-agreement.pdf');
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawText('Jiangbei - Qingyang cooperation agreement (signed)', { x: 60, y: 760, size: 14 });
  writeFileSync(pdfPath, await pdf.save());
});

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

type Width = 'phone' | 'desktop';

async function asDemo(locale: Locale, username: string, width: Width, use: (page: Page) => Promise<void>) {
  await setSavedLocale(platform.db, username, locale);
  await withPage(browser, platform.baseUrl, width === 'phone' ? 'familyPhone' : 'desktop', locale, async (page) => {
    if (width === 'desktop') await page.setViewportSize({ width: 1366, height: 800 });
    await signInByApi(page, username, '/');
    await use(page);
  });
}

/** Opens `path`, waits for its heading, checks that a phone never scrolls sideways, and saves a screenshot. */
async function visit(page: Page, path: string, heading: string | RegExp, name: string, locale: Locale, width: Width) {
  await page.goto(path);
  await page.getByRole('heading', { name: heading }).first().waitFor({ timeout: 45_000 });
  await waitUntilSettled(page);
  if (width === 'phone') {
    // Tabs slide in: give an animation its moment before measuring.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), { timeout: 3_000 })
      .toBe(true)
      .catch(() => undefined);
    await expectNoHorizontalOverflow(page);
  }
  await screenshot(page, `cooperation-${name}.${locale}.${width}`);
  await expectNoSeriousViolations(page, `cooperation-${name}.${locale}.${width}`);
}

const idOf = async (query: Promise<{ id: string } | undefined>) => (await query)!.id;

describe.each<Locale>(['zh-CN', 'en-US'])('the cooperation pages in %s', (locale) => {
  const t = ui[locale];
  const c = t.cooperation;

  it.each<Width>(['desktop', 'phone'])(
    'shows every page at %s width',
    async (width) => {
      const db = platform.db;
      const pairing = await idOf(
        db.selectFrom('cooperation_pairings').select('id').where('proposer_school_id', '=', 'school-xincun-shiyan').where('batch', '=', 2).executeTakeFirst(),
      );
      const exchange = await idOf(
        db.selectFrom('cooperation_exchanges').select('id').where('pairing_id', '=', pairing).orderBy('occurred_on', 'desc').executeTakeFirst(),
      );
      const draft = await idOf(
        db.selectFrom('cooperation_agreements').select('id').where('status', '=', 'draft').where('title', 'like', '%泸州%').executeTakeFirst(),
      );
      const inForce = await idOf(
        db.selectFrom('cooperation_agreements').select('id').where('title', '=', '重庆市江北区与成都市青羊区教育协同发展协议').executeTakeFirst(),
      );
      const community = await idOf(db.selectFrom('cooperation_communities').select('id').where('name', '=', '成渝小学互动发展共同体').executeTakeFirst());
      const alliance = await idOf(db.selectFrom('cooperation_alliances').select('id').where('name', 'like', '%新能源汽车%').executeTakeFirst());
      const shot = (page: Page, path: string, heading: string | RegExp, name: string) => visit(page, path, heading, name, locale, width);

      // The Jiangbei bureau: lists, agreements (one waiting for its confirmation, one in force with its signed PDF), dashboard, import.
      await asDemo(locale, 'jiangbei.admin', width, async (page) => {
        await shot(page, '/cooperation/pairings', c.pairings.title, 'pairings');
        await shot(page, '/cooperation/agreements', c.agreements.title, 'agreements');
        await shot(page, `/cooperation/agreements/${draft}`, /泸州|Luzhou/, 'agreement-draft');
        // Confirming is binding: the dialog asks for the statement that there is no signed document before it can go on.
        await page.getByRole('button', { name: loose(c.agreements.confirm) }).click();
        const dialog = page.getByRole('dialog', { name: c.agreements.confirmTitle });
        const ok = dialog.getByRole('button', { name: loose(c.agreements.confirmOk) });
        await expect.poll(() => ok.isDisabled()).toBe(true);
        await dialog.getByRole('checkbox', { name: c.agreements.confirmNoDocument }).check();
        await expect.poll(() => ok.isEnabled()).toBe(true);
        await screenshot(page, `agreement-confirm.${locale}.${width}`, { fullPage: false });
        await expectNoSeriousViolations(page, `agreement-confirm.${locale}.${width}`);
        await dialog.getByRole('button', { name: loose(ui[locale].common.cancel) }).click();
        await dialog.waitFor({ state: 'hidden' });
        await page.goto(`/cooperation/agreements/${inForce}`);
        await page
          .getByRole('heading', { name: /青羊|Qingyang/ })
          .first()
          .waitFor();
        if (width === 'desktop') {
          await page.locator('input[type="file"][accept*="pdf"]').setInputFiles(pdfPath);
          await page.getByText('jiangbei-qingyang-agreement.pdf').waitFor();
        }
        await shot(page, `/cooperation/agreements/${inForce}`, /青羊|Qingyang/, 'agreement-in-force');
        await page.getByText('jiangbei-qingyang-agreement.pdf').waitFor();
        await shot(page, '/cooperation/communities', c.bodies.title, 'communities');
        await shot(page, '/cooperation/alliances', c.bodies.title, 'alliances');
        await shot(page, `/cooperation/alliances/${alliance}`, /新能源汽车|new-energy/i, 'alliance');
        await shot(page, '/cooperation/dashboard', c.dashboard.title, 'dashboard-bureau');
        await page
          .getByRole('img', { name: new RegExp(`^${c.dashboard.mapLabel.split('{{')[0]}`) })
          .locator('canvas')
          .first()
          .waitFor();
        await shot(page, '/cooperation/import', c.import.title, 'import');
      });

      // The lead school of a community: its members, the request waiting for it, and a former member.
      await asDemo(locale, 'xincun.admin', width, async (page) => {
        await shot(page, `/cooperation/communities/${community}`, /成渝小学互动发展共同体/, 'community');
        await page
          .getByRole('button', { name: loose(c.bodies.approve) })
          .first()
          .waitFor();
        await shot(page, `/cooperation/pairings/${pairing}`, /泡桐树|Paotongshu/i, 'pairing');
        await shot(page, '/cooperation/exchanges', c.exchanges.title, 'exchanges');
        await shot(page, `/cooperation/exchanges/${exchange}`, /./, 'exchange-demo');
        await shot(page, '/cooperation/exchanges/new', c.exchanges.newTitle, 'exchange-new');
        await shot(page, `/cooperation/pairings/new?partner=school-chengdu-7`, c.pairings.proposeTitle, 'pairing-new');
      });

      // A Jiangbei school without partners yet, in the finder; the coordination centre's dashboard of everything.
      await asDemo(locale, 'guanyinqiao.admin', width, async (page) => {
        await shot(page, '/cooperation/partner-finder', c.finder.title, 'finder-demo');
      });
      await asDemo(locale, 'lt-centre.admin', width, async (page) => {
        await shot(page, '/cooperation/dashboard', c.dashboard.title, 'dashboard-centre');
      });
    },
    600_000,
  );

  it('draws online tiles under the outlines when the platform has tile layers configured', async () => {
    // The server's side (MAP_TILE_URLS, the pass-through) has its own tests; here the map asks for tiles and shows them.
    const tile = await sharp({ create: { width: 256, height: 256, channels: 3, background: { r: 214, g: 234, b: 218 } } })
      .png()
      .toBuffer();
    const asked = new Set<string>();
    await asDemo(locale, 'jiangbei.admin', 'desktop', async (page) => {
      await page.route(
        (url) => url.pathname === '/api/cooperation/dashboard/map',
        async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, json: { ...((await response.json()) as object), tileLayers: 1 } });
        },
      );
      await page.route(
        (url) => url.pathname.startsWith('/api/cooperation/dashboard/tiles/'),
        async (route) => {
          asked.add(new URL(route.request().url()).pathname);
          await route.fulfill({ status: 200, contentType: 'image/png', body: tile });
        },
      );
      await page.goto('/cooperation/dashboard');
      await page.getByRole('heading', { name: c.dashboard.title }).waitFor({ timeout: 45_000 });
      await page.getByText(c.dashboard.onlineTiles).waitFor();
      await expect.poll(() => asked.size, { timeout: 20_000 }).toBeGreaterThan(20);
      expect([...asked].every((path) => /^\/api\/cooperation\/dashboard\/tiles\/0\/8\/\d+\/\d+$/.test(path))).toBe(true);
      await screenshot(page, `cooperation-dashboard-tiles.${locale}.desktop`);
      await expectNoSeriousViolations(page, `cooperation-dashboard-tiles.${locale}.desktop`);
    });
  }, 120_000);

  it('refuses an import file with bad rows, listing every error and writing nothing; then imports a good file', async () => {
    const db = platform.db;
    const codeOf = async (id: string) => (await db.selectFrom('organizations').select('code').where('id', '=', id).executeTakeFirstOrThrow()).code!;
    // Each language run pairs its own schools, so the two runs never collide.
    const [jiangbei, partner] = locale === 'zh-CN' ? ['school-liyuchi', 'school-deyang-shiyan'] : ['school-yudaishan', 'school-deyang-2'];
    const [mine, theirs, neighbour, qingyang] = await Promise.all([codeOf(jiangbei), codeOf(partner), codeOf('school-peixin'), codeOf('school-paotongshu')]);
    const header = locale === 'zh-CN' ? ['批次', '结对学校', '结对领域', '开始日期'] : ['Batch', 'Schools', 'Focus areas', 'Start date'];
    const good = [5, `${mine}、${theirs}`, locale === 'zh-CN' ? '课程建设' : 'curriculum', '2026-09-01'];
    const xlsx = async (name: string, rows: (string | number)[][]) => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('pairings').addRows([header, ...rows]);
      const path = join(tempDir, `${name}.${locale}.xlsx`);
      await workbook.xlsx.writeFile(path);
      return path;
    };
    const bad = await xlsx('pairings-bad', [
      good,
      [5, `${mine}、不存在的学校`, '课程建设', '2026-09-01'],
      [5, `${mine}、${neighbour}`, '课程建设', '2026-09-01'],
      [5, `${mine}、${theirs}`, '园艺', '2026-02-30'],
      [5, `${qingyang}、${theirs}`, '课程建设', '2026-09-01'],
    ]);
    const fine = await xlsx('pairings-good', [good]);
    const pairings = async () =>
      Number(
        (
          await db
            .selectFrom('cooperation_pairings')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await pairings();

    await asDemo(locale, 'jiangbei.admin', 'desktop', async (page) => {
      await page.goto('/cooperation/import');
      await page.getByRole('heading', { name: c.import.title }).waitFor();
      await page.locator('input[type="file"]').setInputFiles(bad);
      await page.getByRole('checkbox', { name: c.import.dryRun }).uncheck();
      await page.getByRole('button', { name: loose(c.import.import) }).click();
      await page.getByText(c.import.nothingImported).waitFor();
      const rows = page.locator('.ant-table-tbody tr.ant-table-row');
      await expect.poll(() => rows.count()).toBe(5);
      const rowNumbers = (await rows.locator('td:first-child').allInnerTexts()).map((text) => text.replace(/\D/g, ''));
      expect(rowNumbers).toEqual(['3', '4', '5', '5', '6']);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `cooperation-import-errors.${locale}.desktop`);
      await expectNoSeriousViolations(page, `cooperation-import-errors.${locale}.desktop`);
      expect(await pairings()).toBe(before);

      await page.locator('input[type="file"]').setInputFiles(fine);
      await page.getByRole('button', { name: loose(c.import.import) }).click();
      await page.getByText(c.import.imported, { exact: true }).waitFor();
      await screenshot(page, `cooperation-import-done.${locale}.desktop`);
      await expectNoSeriousViolations(page, `cooperation-import-done.${locale}.desktop`);
      expect(await pairings()).toBe(before + 1);
    });
  }, 180_000);
});
