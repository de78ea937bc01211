import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { zipWithinLimits } from '../files/zip-limits.ts';
import ExcelJS from 'exceljs';
import { type AppError } from '../http/errors.ts';

// Reading and writing tables as .xlsx or .csv; knows nothing about schools.

export const SPREADSHEET_FORMATS = ['xlsx', 'csv'] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export type CellValue = string | number | null;

/** One non-empty row: its number as the spreadsheet shows it (first row = 1) and its trimmed cells. */
export interface SheetRow {
  number: number;
  cells: string[];
}

export interface Sheet {
  name: string;
  rows: CellValue[][];
}

const ZIP_MAGIC = Buffer.from('PK\x03\x04', 'latin1');
/** Thrown for a file that is neither a readable .xlsx nor a .csv; each import turns it into its own error. */
export class SpreadsheetUnreadableError extends Error {}

const unreadable = () => new SpreadsheetUnreadableError('unreadable spreadsheet');

/** The non-empty rows of an .xlsx file's first sheet or of a .csv file, told apart by content, not by name. */
export async function readSpreadsheet(file: Buffer, whenUnreadable: () => AppError): Promise<SheetRow[]> {
  try {
    return await readRows(file);
  } catch (err) {
    if (err instanceof SpreadsheetUnreadableError) throw whenUnreadable();
    throw err;
  }
}

async function readRows(file: Buffer): Promise<SheetRow[]> {
  const rows = file.subarray(0, 4).equals(ZIP_MAGIC) ? await readXlsx(file) : readCsv(decodeText(file));
  return rows.map((row) => ({ number: row.number, cells: row.cells.map((cell) => cell.trim()) })).filter((row) => row.cells.some((cell) => cell !== ''));
}

// A 5 000-row school list unpacks to a few MiB at a ratio near 10; anything far larger is a zip bomb, not a
// school list. The bytes are counted as really inflated, before the spreadsheet library sees the file.
const XLSX_LIMITS = { maxEntries: 200, maxUncompressedBytes: 100 * 1024 * 1024, maxRatio: 100 };

async function readXlsx(file: Buffer): Promise<SheetRow[]> {
  if (!(await zipWithinLimits(file, XLSX_LIMITS))) throw unreadable();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  const rows: SheetRow[] = [];
  sheet?.eachRow((row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column)));
    rows.push({ number, cells });
  });
  return rows;
}

/**
 * What a cell shows. `text` flattens rich text, hyperlinks and formula results — but not on the other cells
 * of a merged range, whose value is the master cell's object: a range merged down one column (a district
 * written once for several rows) gives its text to each row; the other cells of a range spanning columns
 * (a title across the sheet) are empty, as a spreadsheet program shows them.
 */
function cellText(cell: ExcelJS.Cell): string {
  if (!cell.isMerged || cell.master === cell || cell.master.address === cell.address) return cell.text ?? '';
  return cell.master.col === cell.col ? (cell.master.text ?? '') : '';
}

/**
 * The header row and the rows under it, skipping title rows above the header: rows with a single filled cell
 * that names no column (e.g. "江北区 2026 年结对名单" merged across the sheet).
 */
export function headerAndRows(rows: SheetRow[], isColumnName: (text: string) => boolean): { header: SheetRow | undefined; rows: SheetRow[] } {
  let start = 0;
  while (start < rows.length - 1) {
    const filled = rows[start]!.cells.filter((cell) => cell !== '');
    if (filled.length !== 1 || isColumnName(filled[0]!)) break;
    start += 1;
  }
  return { header: rows[start], rows: rows.slice(start + 1) };
}

/** UTF-8 (with or without BOM); else GB18030, in which Chinese Excel saves "CSV" by default. */
function decodeText(file: Buffer): string {
  for (const encoding of ['utf-8', 'gb18030']) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(file);
    } catch {
      continue;
    }
    if (!text.includes('\u0000')) return text;
  }
  throw unreadable();
}

function readCsv(text: string): SheetRow[] {
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch {
    throw unreadable();
  }
  // A record is a row as a spreadsheet shows it, even when a quoted cell spans several lines.
  return records.map((cells, index) => ({ number: index + 1, cells: cells.map(unguard) }));
}

// Spreadsheet programs run CSV cells starting with these as formulas; export guards them with an apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;
const guard = (value: CellValue): CellValue => (typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value);
const unguard = (cell: string): string => (cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell);

/** A file of the given sheets; CSV holds the first sheet only, with a BOM so that Excel reads it as UTF-8. */
export async function writeSpreadsheet(format: SpreadsheetFormat, sheets: Sheet[]): Promise<Buffer> {
  if (format === 'csv') {
    const rows = sheets[0]?.rows ?? [];
    return Buffer.from(
      `\uFEFF${stringify(
        rows.map((row) => row.map(guard)),
        { record_delimiter: 'windows' },
      )}`,
      'utf8',
    );
  }
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRows(sheet.rows);
    worksheet.getRow(1).font = { bold: true };
    const widths: number[] = [];
    // A lone cell is a note line: it may run over the columns beside it, so it does not widen its own.
    for (const row of sheet.rows.filter((r) => r.length > 1))
      row.forEach((cell, i) => {
        widths[i] = Math.max(widths[i] ?? 8, displayWidth(cell) + 2);
      });
    widths.forEach((width, i) => {
      worksheet.getColumn(i + 1).width = Math.min(width, 60);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Roughly how many Latin characters wide a cell is: CJK characters take two. */
const displayWidth = (cell: CellValue): number => [...String(cell ?? '')].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
