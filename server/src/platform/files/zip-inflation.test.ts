import { AppError } from '../http/errors.ts';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSpreadsheet } from '../spreadsheets/spreadsheet.ts';
import { lyingZip } from './zip-bomb.fixtures.test-support.ts';
import { inspectZip } from './zip-limits.ts';

const LIMITS = { maxEntries: 200, maxUncompressedBytes: 100 * 1024 * 1024, maxRatio: 100 };

describe('zip inflation counts the bytes it really inflates', () => {
  afterEach(() => vi.restoreAllMocks());

  it('refuses a zip whose headers understate its size, inflating little of it', async () => {
    const bomb = await lyingZip();
    expect(bomb.length).toBeLessThan(400 * 1024);
    const result = await inspectZip(bomb, LIMITS);
    expect(result.withinLimits).toBe(false);
    // Refused at the size the header declared, not after 300 MB.
    expect(result.inflatedBytes).toBeLessThanOrEqual(1000 + 64 * 1024);
  });

  it('refuses a lying .xlsx before the spreadsheet parser sees it', async () => {
    const load = vi.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: () => unknown }, 'load');
    const memoryBefore = process.memoryUsage().arrayBuffers;
    await expect(readSpreadsheet(await lyingZip(), () => new AppError('directory.import_unreadable', 400))).rejects.toMatchObject({
      code: 'directory.import_unreadable',
      statusCode: 400,
    });
    expect(load).not.toHaveBeenCalled();
    expect(process.memoryUsage().arrayBuffers - memoryBefore).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses an honest zip that inflates past the ratio or the total', async () => {
    const honest = await lyingZip({ declaredSize: 20 * 1024 * 1024, realSize: 20 * 1024 * 1024 });
    expect((await inspectZip(honest, LIMITS)).withinLimits).toBe(false);
    expect((await inspectZip(honest, { ...LIMITS, maxRatio: 10_000, maxUncompressedBytes: 10 * 1024 * 1024 })).withinLimits).toBe(false);
    const within = await inspectZip(honest, { ...LIMITS, maxRatio: 10_000 });
    expect(within).toEqual({ withinLimits: true, inflatedBytes: 20 * 1024 * 1024 });
  });
});
