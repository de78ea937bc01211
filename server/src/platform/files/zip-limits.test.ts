import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zipWithinLimits } from './zip-limits.ts';

async function workbookBytes(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('s');
  for (let i = 0; i < rows; i++) sheet.addRow(['0'.repeat(200), i]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('zipWithinLimits', () => {
  it('accepts a workbook within the limits', async () => {
    expect(await zipWithinLimits(await workbookBytes(10), { maxEntries: 100, maxUncompressedBytes: 10_000_000 })).toBe(true);
  });

  it('refuses a zip whose entries unpack past the byte limit, though its packed size is small', async () => {
    const bytes = await workbookBytes(2000);
    expect(bytes.length).toBeLessThan(100_000);
    expect(await zipWithinLimits(bytes, { maxEntries: 100, maxUncompressedBytes: 200_000 })).toBe(false);
  });

  it('refuses too many entries and bytes that are not a zip', async () => {
    expect(await zipWithinLimits(await workbookBytes(1), { maxEntries: 2, maxUncompressedBytes: 10_000_000 })).toBe(false);
    expect(await zipWithinLimits(Buffer.from('PK\x03\x04 not really a zip'), { maxEntries: 100, maxUncompressedBytes: 1000 })).toBe(false);
  });
});
