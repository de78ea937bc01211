import { createHash } from 'node:crypto';
import type { Locale } from '../../../../../common/locales.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError, type FieldError } from '../../../platform/http/errors.ts';
import { cellLabel, listOf } from '../../directory/school-file.messages.ts';
import { CONTENT_TYPES, headerAndRows, readSpreadsheet, writeSpreadsheet, type Sheet, type SheetRow } from '../../../platform/spreadsheets/spreadsheet.ts';
import { communitiesImport } from './communities-import.ts';
import { exchangesImport } from './exchanges-import.ts';
import { headerKey, OrganizationFinder, type ImportColumn, type ImportContext } from './import.columns.ts';
import type { ImportKind, ImportKindName, Reporter } from './import.kind.ts';
import { importMessage, type Problem } from './import.messages.ts';
import { loadOrganizations } from './import.repository.ts';
import type { ImportResult } from './import.schemas.ts';
import { pairingsImport } from './pairings-import.ts';

// Existing pairings, communities and exchanges from .xlsx (or .csv) files: every row is checked first, every
// problem listed, and then all rows are written in one transaction, or none.

const MAX_ROWS = 5000;
const MAX_LISTED_PROBLEMS = 500;

// Each kind has its own draft and plan types; the runner only passes them from its check to its write.
const KINDS: Record<ImportKindName, ImportKind<object, unknown>> = {
  pairings: pairingsImport as unknown as ImportKind<object, unknown>,
  communities: communitiesImport as unknown as ImportKind<object, unknown>,
  exchanges: exchangesImport as unknown as ImportKind<object, unknown>,
};

/** 403 unless the actor may import at all: asked before the upload is read. */
export function assertMayImport(actor: Actor): void {
  authorize(actor, 'import', { type: 'cooperation_import' });
}

class ProblemList {
  readonly fields: FieldError[] = [];
  count = 0;
  constructor(private readonly locale: Locale) {}
  add(row: number, column: string, problem: Problem): void {
    this.count++;
    if (this.fields.length < MAX_LISTED_PROBLEMS)
      this.fields.push({ field: cellLabel(this.locale, row, column), message: importMessage(this.locale, problem) });
  }
  toError = () => new AppError('cooperation.import_invalid', 400, { count: this.count }, this.fields);
}

function mapHeader<D>(header: SheetRow, columns: ImportColumn<D>[], locale: Locale, problems: ProblemList) {
  const byHeader = new Map(
    columns.flatMap(
      (c) =>
        [
          [headerKey(c.header['zh-CN']), c],
          [headerKey(c.header['en-US']), c],
        ] as const,
    ),
  );
  const mapped: { index: number; column: ImportColumn<D> }[] = [];
  header.cells.forEach((text, index) => {
    if (text === '') return;
    const column = byHeader.get(headerKey(text));
    if (!column)
      problems.add(header.number, text, {
        key: 'unknownColumn',
        params: {
          value: text,
          allowed: listOf(
            locale,
            columns.map((c) => c.header[locale]),
          ),
        },
      });
    else if (mapped.some((m) => m.column === column)) problems.add(header.number, text, { key: 'duplicateColumn', params: { value: text } });
    else mapped.push({ index, column });
  });
  for (const column of columns) {
    if (column.required && !mapped.some((m) => m.column === column)) problems.add(header.number, column.header[locale], { key: 'missingColumn' });
  }
  return mapped;
}

export async function importFile(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  locale: Locale,
  kindName: ImportKindName,
  file: Buffer,
  dryRun: boolean,
): Promise<ImportResult> {
  assertMayImport(actor);
  const kind = KINDS[kindName];
  const names = new Set(kind.columns.flatMap((c) => [headerKey(c.header['zh-CN']), headerKey(c.header['en-US'])]));
  const { header, rows } = headerAndRows(await readSpreadsheet(file, () => new AppError('directory.import_unreadable', 400)), (text) =>
    names.has(headerKey(text)),
  );
  if (!header) throw new AppError('directory.import_empty', 400);
  const problems = new ProblemList(locale);
  const columns = mapHeader(header, kind.columns, locale, problems);
  // With the header wrong every row would repeat one complaint: list the header's problems alone.
  if (problems.count > 0) throw problems.toError();
  if (rows.length === 0) throw new AppError('directory.import_empty', 400);
  if (rows.length > MAX_ROWS) throw new AppError('directory.import_too_many_rows', 400, { max: MAX_ROWS });

  const fileKey = createHash('sha256').update(file).digest('hex').slice(0, 32);
  const ctx: ImportContext = { locale, organizations: new OrganizationFinder(await loadOrganizations(db)) };
  const check = await kind.prepare(db, actor, ctx, fileKey);
  const headerOf = (key: string | null) => (key ? (kind.columns.find((c) => c.key === key)?.header[locale] ?? key) : locale === 'zh-CN' ? '整行' : 'row');
  const plans: unknown[] = [];
  for (const row of rows) {
    const before = problems.count;
    const draft = {};
    for (const { index, column } of columns) {
      const problem = column.read(row.cells[index] ?? '', draft, ctx);
      if (problem) problems.add(row.number, column.header[locale], problem);
    }
    if (problems.count > before) continue;
    const report: Reporter = (key, problem) => problems.add(row.number, headerOf(key), problem);
    const plan = check({ number: row.number, draft }, report);
    if (plan !== null && problems.count === before) plans.push(plan);
  }
  if (problems.count > 0) throw problems.toError();

  const result: ImportResult = { kind: kindName, rows: rows.length, created: plans.length, dryRun };
  if (dryRun) return result;
  await db.transaction().execute(async (tx) => {
    await kind.write(tx, plans, actor, fileKey);
    await recordAudit(tx, audit, {
      action: `cooperation.import.${kindName}`,
      objectType: kindName,
      objectId: null,
      result: 'success',
      detail: { rows: result.rows, created: result.created },
    });
  });
  return result;
}

const NOTES_HEADER: Record<Locale, string[]> = {
  'zh-CN': ['列', '英文列名', '必填', '说明'],
  'en-US': ['Column', 'Chinese header', 'Required', 'Description'],
};
const NOTES_FOOTER: Record<Locale, string> = {
  'zh-CN': `列名可用中文或英文，列的顺序不限，选填列可以省略。每个文件最多 ${MAX_ROWS} 行；只要有一处错误，整个文件都不会导入。`,
  'en-US': `Headers may be in Chinese or English, in any order; optional columns may be left out. At most ${MAX_ROWS} rows per file; if any cell is wrong, nothing is imported.`,
};

/** An empty .xlsx with the kind's header row and a sheet explaining every column. */
export async function importTemplate(actor: Actor, locale: Locale, kindName: ImportKindName) {
  assertMayImport(actor);
  const kind = KINDS[kindName];
  const other: Locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
  const yesNo = (required: boolean) => (locale === 'zh-CN' ? (required ? '是' : '否') : required ? 'yes' : 'no');
  const sheets: Sheet[] = [
    { name: kind.sheet[locale], rows: [kind.columns.map((c) => c.header[locale])] },
    {
      name: locale === 'zh-CN' ? '说明' : 'Notes',
      rows: [
        NOTES_HEADER[locale],
        ...kind.columns.map((c) => [c.header[locale], c.header[other], yesNo(c.required), c.note[locale]]),
        [],
        [NOTES_FOOTER[locale]],
      ],
    },
  ];
  return { filename: `${kindName}-template.xlsx`, contentType: CONTENT_TYPES.xlsx, body: await writeSpreadsheet('xlsx', sheets) };
}
