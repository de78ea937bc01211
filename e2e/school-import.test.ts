import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../common/locales.ts';
import { fillMessage, loose, mainMenu, serverMessage, signInByApi, switchLanguage, ui } from './support/app.ts';
import { screenshot, withPage } from './support/browser.ts';
import { expectNoSeriousViolations } from './support/axe.ts';
import type { RunningPlatform } from './support/platform.ts';
import { useRunningPlatform } from './support/suite.ts';

// A bureau admin imports schools from an .xlsx file: one bad row rejects the whole file with the
// row and column named; the corrected file is imported; the export contains the new schools.

const HEADER = ['学校标识码', '学校名称', '行政区划', '学段', '办学性质'];
type SchoolRow = [code: string, name: string, region: string, stages: string, ownership: string];

let platform: RunningPlatform;
let browser: Browser;
let tempDir: string;

useRunningPlatform((p, b) => {
  platform = p;
  browser = b;
});

beforeAll(() => {
  tempDir = mkdtempSync(join(tmpdir(), 'shuangcheng-e2e-files-'));
});

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

async function writeXlsx(name: string, rows: SchoolRow[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学校');
  sheet.addRow(HEADER);
  // Text cells, as a person types a school code into Excel formatted as text.
  for (const row of rows) sheet.addRow(row);
  const path = join(tempDir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

async function countSchools(codes: string[]): Promise<number> {
  const { n } = await platform.db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('code', 'in', codes)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Chooses the file in the upload box, sets "check only", and sends it. */
async function upload(page: Page, locale: Locale, path: string, { checkOnly }: { checkOnly: boolean }): Promise<void> {
  const t = ui[locale].schoolFiles;
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByRole('checkbox', { name: t.dryRun }).setChecked(checkOnly);
  await page.getByRole('button', { name: loose(checkOnly ? t.check : t.import) }).click();
}

/** Three schools of Jiangbei District (500105); `bad` spoils the stage of the second one. */
function schools(prefix: string, codeBase: number, bad: boolean): SchoolRow[] {
  return [
    [String(codeBase + 1), `重庆市江北区${prefix}实验小学`, '500105', '小学', '公办'],
    [String(codeBase + 2), `重庆市江北区${prefix}中学`, '500105', bad ? '小学校' : '初中、高中', '公办'],
    [String(codeBase + 3), `重庆市江北区${prefix}幼儿园`, '江北区', '幼儿园', '民办'],
  ];
}

describe.each<[Locale, string, number]>([
  ['zh-CN', '双城试点', 2500105900],
  ['en-US', '协同示范', 2500105910],
])('school import and export in %s', (locale, prefix, codeBase) => {
  const t = ui[locale];

  it('rejects a file with one bad row, imports the corrected file, and exports the new schools', async () => {
    const bad = schools(prefix, codeBase, true);
    const good = schools(prefix, codeBase, false);
    const codes = good.map((row) => row[0]);
    const badFile = await writeXlsx(`schools-with-error.${locale}.xlsx`, bad);
    const goodFile = await writeXlsx(`schools.${locale}.xlsx`, good);

    await withPage(browser, platform.baseUrl, 'desktop', 'zh-CN', async (page) => {
      await signInByApi(page, 'jiangbei.admin', '/directory/school-files');
      await page.getByRole('heading', { name: ui['zh-CN'].schoolFiles.title }).waitFor();
      if (locale === 'en-US') await switchLanguage(page, 'en-US');
      await page.getByRole('heading', { name: t.schoolFiles.title }).waitFor();

      // The bad file, sent for real: refused as a whole, the bad cell named by row and column.
      await upload(page, locale, badFile, { checkOnly: false });
      await page.getByText(serverMessage('directory.import_invalid', locale, { count: 1 })).waitFor();
      const [rowLabel, columnLabel] = locale === 'zh-CN' ? ['第 3 行', '学段'] : ['Row 3', 'Stages'];
      const errorRows = page.getByRole('row').filter({ hasText: '小学校' });
      await errorRows.filter({ hasText: rowLabel }).filter({ hasText: columnLabel }).waitFor();
      expect(await errorRows.count()).toBe(1);
      expect(await countSchools(codes)).toBe(0);
      await screenshot(page, `school-import-errors.${locale}.desktop`);
      await expectNoSeriousViolations(page, `school-import-errors.${locale}.desktop`);

      // The corrected file: a check first writes nothing, then the import creates all three.
      await upload(page, locale, goodFile, { checkOnly: true });
      await page.getByText(t.schoolFiles.checkPassed).waitFor();
      expect(await countSchools(codes)).toBe(0);
      await upload(page, locale, goodFile, { checkOnly: false });
      await page.getByText(t.schoolFiles.imported, { exact: true }).waitFor();
      await page.getByText(fillMessage(t.schoolFiles.written, { rows: 3, created: 3, updated: 0 })).waitFor();
      expect(await countSchools(codes)).toBe(3);
      await screenshot(page, `school-import-done.${locale}.desktop`);
      await expectNoSeriousViolations(page, `school-import-done.${locale}.desktop`);

      // The export of the schools whose name has the marker: exactly the three, as an .xlsx that Excel reads.
      await page.getByLabel(t.schoolFiles.nameContains, { exact: true }).fill(prefix);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: loose(t.schoolFiles.downloadXlsx) }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      const exported = new ExcelJS.Workbook();
      await exported.xlsx.readFile(await download.path());
      const sheet = exported.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const codeColumn = header.indexOf(locale === 'zh-CN' ? '学校标识码' : 'Code') + 1;
      const nameColumn = header.indexOf(locale === 'zh-CN' ? '学校名称' : 'Name') + 1;
      expect(codeColumn).toBeGreaterThan(0);
      const rows: string[][] = [];
      sheet.eachRow((row, number) => {
        if (number > 1) rows.push([row.getCell(codeColumn).text, row.getCell(nameColumn).text]);
      });
      expect(rows.sort()).toEqual(good.map(([code, name]) => [code, name]).sort());

      // The new school is in the directory.
      const [, middleSchool] = good[1]!;
      await mainMenu(page)
        .getByRole('menuitem', { name: loose(t.nav.directory) })
        .click();
      const search = page.getByPlaceholder(t.directory.searchOrganization);
      await search.fill(middleSchool);
      await search.press('Enter');
      await page.getByRole('link', { name: middleSchool }).waitFor();
      await page.getByText(fillMessage(t.common.totalItems, { count: 1 })).waitFor();
    });
  });
});
