import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.ts';
import { headerAndRows, readSpreadsheet } from './spreadsheet.ts';

// Sheets as an office suite writes them: rich text (mixed Chinese and Latin runs), merged title rows and
// cells merged down a column are read as the person sees them, never as "[object Object]".

const unreadable = () => new AppError('directory.import_unreadable', 400);

async function officeSheet(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('结对');
  sheet.mergeCells('A1:C1');
  sheet.getCell('A1').value = { richText: [{ text: '江北区 ' }, { font: { bold: true }, text: 'Pairings 2026' }] };
  sheet.getRow(2).values = ['学校', 'School', '区县'];
  sheet.getCell('A3').value = { richText: [{ text: '新村实验小学' }, { font: { italic: true }, text: ' (Xincun)' }] };
  sheet.getCell('B3').value = 'x';
  sheet.mergeCells('C3:C4');
  sheet.getCell('C3').value = { richText: [{ text: '江北区' }, { text: ' Jiangbei' }] };
  sheet.getCell('A4').value = '华新小学';
  sheet.getCell('B4').value = 'y';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('reading spreadsheets', () => {
  it('reads rich text and merged cells as shown: a title once, a value merged down a column in each of its rows', async () => {
    const rows = await readSpreadsheet(await officeSheet(), unreadable);
    expect(rows).toEqual([
      { number: 1, cells: ['江北区 Pairings 2026', '', ''] },
      { number: 2, cells: ['学校', 'School', '区县'] },
      { number: 3, cells: ['新村实验小学 (Xincun)', 'x', '江北区 Jiangbei'] },
      { number: 4, cells: ['华新小学', 'y', '江北区 Jiangbei'] },
    ]);
    expect(JSON.stringify(rows)).not.toContain('[object Object]');
  });

  it('finds the header under title rows', async () => {
    const rows = await readSpreadsheet(await officeSheet(), unreadable);
    const { header, rows: data } = headerAndRows(rows, (text) => ['学校', 'School', '区县'].includes(text));
    expect(header?.number).toBe(2);
    expect(data.map((r) => r.number)).toEqual([3, 4]);
    // A header that is itself a single column is not mistaken for a title.
    expect(
      headerAndRows(
        [
          { number: 1, cells: ['学校'] },
          { number: 2, cells: ['新村'] },
        ],
        (text) => text === '学校',
      ).header?.number,
    ).toBe(1);
  });
});
