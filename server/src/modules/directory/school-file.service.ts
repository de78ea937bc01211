import { deploymentDay } from '../../platform/time/deployment-time.ts';
import { GRADES, type Grade, type Stage } from '../../../../common/directory.ts';
import type { Locale } from '../../../../common/locales.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { authorize, can, jurisdictionOf } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { AppError, conflict, forbidden, type FieldError } from '../../platform/http/errors.ts';
import { fieldMessages } from '../../platform/i18n/error-messages.ts';
import * as repo from './directory.repository.ts';
import type { OrganizationInput } from './directory.schemas.ts';
import { writeOrganization } from './directory.service.ts';
import type { Problem } from './school-file.messages.ts';
import { SCHOOL_COLUMNS, columnForHeader, type ColumnContext, type SchoolColumn, type SchoolDraft } from './school-file.columns.ts';
import { cellLabel, cellMessage, listOf } from './school-file.messages.ts';
import { buildRegionDirectory } from './school-file.regions.ts';
import type { SchoolExportQuery, SchoolImportResult } from './school-file.schemas.ts';
import {
  CONTENT_TYPES,
  readSpreadsheet,
  writeSpreadsheet,
  type CellValue,
  type Sheet,
  type SheetRow,
  type SpreadsheetFormat,
} from '../../platform/spreadsheets/spreadsheet.ts';

const MAX_IMPORT_ROWS = 5000;
const MAX_LISTED_PROBLEMS = 500;
const EXPORT_PAGE_SIZE = 1000;

export interface SchoolFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

const collection = (regionPath: string) => ({ type: 'organization_collection' as const, regionPath });

/** 403 unless the actor may import somewhere: asked before the upload is even read. */
export function assertMayImport(actor: Actor): void {
  const scopes = jurisdictionOf(actor, 'bureau_admin');
  if (scopes !== null && !scopes.some((path) => can(actor, 'import', collection(path)))) throw forbidden();
}

/** Every problem of a file, localised; the first 500 are listed, all are counted. */
class ProblemList {
  readonly fields: FieldError[] = [];
  count = 0;
  constructor(private readonly locale: Locale) {}

  add(row: number, column: string, problem: Problem): void {
    this.count++;
    if (this.fields.length < MAX_LISTED_PROBLEMS) {
      this.fields.push({ field: cellLabel(this.locale, row, column), message: cellMessage(this.locale, problem.key, problem.params) });
    }
  }

  toError = () => new AppError('directory.import_invalid', 400, { count: this.count }, this.fields);
}

interface MappedColumn {
  index: number;
  column: SchoolColumn;
}

function mapHeader(header: SheetRow, locale: Locale, problems: ProblemList): MappedColumn[] {
  const mapped: MappedColumn[] = [];
  header.cells.forEach((text, index) => {
    if (text === '') return; // blank header cells trail many spreadsheets; their column is not read
    const column = columnForHeader(text);
    if (!column) {
      problems.add(header.number, text, {
        key: 'unknownColumn',
        params: {
          value: text,
          allowed: listOf(
            locale,
            SCHOOL_COLUMNS.map((c) => c.header[locale]),
          ),
        },
      });
    } else if (mapped.some((m) => m.column === column)) {
      problems.add(header.number, text, { key: 'duplicateColumn', params: { value: text } });
    } else {
      mapped.push({ index, column });
    }
  });
  for (const column of SCHOOL_COLUMNS) {
    if (column.required && !mapped.some((m) => m.column === column)) problems.add(header.number, column.header[locale], { key: 'missingColumn' });
  }
  return mapped;
}

function toOrganizationInput(row: repo.OrganizationRow, stages: Stage[], seats: { grade: Grade; seats: number }[]): OrganizationInput {
  return {
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    regionId: row.region_id,
    ownership: row.ownership,
    stages,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    pupilCount: row.pupil_count,
    teacherCount: row.teacher_count,
    website: row.website,
    seats,
  };
}

interface ExistingSchool {
  row: repo.OrganizationRow;
  input: OrganizationInput;
}

async function findExisting(db: DbOrTx, codes: string[]): Promise<Map<string, ExistingSchool>> {
  const rows = await repo.findOrganizationsByCodes(db, [...new Set(codes.filter((code) => /^\d{10}$/.test(code)))]);
  const ids = rows.map((row) => row.id);
  const [stages, seats] = await Promise.all([repo.findStages(db, ids), repo.findSeats(db, ids)]);
  return new Map(rows.map((row) => [row.code!, { row, input: toOrganizationInput(row, stages.get(row.id) ?? [], seats.get(row.id) ?? []) }]));
}

const pick = <T>(value: T | null | undefined, current: T | null | undefined): T | null => (value !== undefined ? value : (current ?? null));

/** The school a valid row describes: columns the file lacks keep an existing school's values. */
function toInput(draft: SchoolDraft, current: OrganizationInput | undefined): OrganizationInput {
  const seats = new Map((current?.seats ?? []).map((s) => [s.grade, s.seats]));
  for (const [grade, value] of Object.entries(draft.seats ?? {}) as [Grade, number | null][]) {
    if (value === null) seats.delete(grade);
    else seats.set(grade, value);
  }
  const nameZh = draft.nameZh!;
  return {
    code: draft.code!,
    nameZh,
    nameEn: pick(draft.nameEn, current?.nameEn) ?? nameZh,
    regionId: draft.region!.id,
    ownership: draft.ownership!,
    stages: draft.stages!,
    address: pick(draft.address, current?.address),
    latitude: pick(draft.latitude, current?.latitude),
    longitude: pick(draft.longitude, current?.longitude),
    pupilCount: pick(draft.pupilCount, current?.pupilCount),
    teacherCount: pick(draft.teacherCount, current?.teacherCount),
    website: pick(draft.website, current?.website),
    seats: GRADES.filter((g) => seats.has(g)).map((grade) => ({ grade, seats: seats.get(grade)! })),
  };
}

interface PlannedWrite {
  id: string | null;
  input: OrganizationInput;
  regionPath: string;
  version: number | null;
}

async function checkRows(db: Db, actor: Actor, ctx: ColumnContext, rows: SheetRow[], columns: MappedColumn[], problems: ProblemList): Promise<PlannedWrite[]> {
  const columnOf = (key: string) => columns.find((m) => m.column.key === key)!; // required columns are mapped by now
  const code = columnOf('code');
  const region = columnOf('region').column;
  const existing = await findExisting(
    db,
    rows.map((row) => row.cells[code.index] ?? ''),
  );
  const firstRowOfCode = new Map<string, number>();
  const plan: PlannedWrite[] = [];
  for (const row of rows) {
    const before = problems.count;
    const report = (column: SchoolColumn, problem: Problem) => problems.add(row.number, column.header[ctx.locale], problem);
    const draft: SchoolDraft = {};
    for (const { index, column } of columns) {
      const problem = column.read(row.cells[index] ?? '', draft, ctx);
      if (problem) report(column, problem);
    }
    const current = draft.code ? existing.get(draft.code) : undefined;
    if (draft.code && firstRowOfCode.has(draft.code)) report(code.column, { key: 'duplicateCode', params: { row: firstRowOfCode.get(draft.code)! } });
    else if (draft.code) firstRowOfCode.set(draft.code, row.number);
    if (current && current.row.kind !== 'school') report(code.column, { key: 'notASchool' });
    else if (current && !can(actor, 'import', collection(current.row.region_path))) {
      const name = ctx.locale === 'zh-CN' ? current.row.region_name_zh : current.row.region_name_en;
      report(code.column, { key: 'schoolOutsideJurisdiction', params: { region: name } });
    }
    if (draft.region && !can(actor, 'import', collection(draft.region.path))) report(region, { key: 'outsideJurisdiction' });
    if (problems.count === before) {
      plan.push({ id: current?.row.id ?? null, input: toInput(draft, current?.input), regionPath: draft.region!.path, version: current?.row.version ?? null });
    }
  }
  return plan;
}

/** Checks the whole file; writes every row in one transaction, or (any problem, or a dry run) nothing. */
export async function importSchools(db: Db, actor: Actor, audit: AuditContext, locale: Locale, file: Buffer, dryRun: boolean): Promise<SchoolImportResult> {
  assertMayImport(actor);
  const [header, ...rows] = await readSpreadsheet(file, () => new AppError('directory.import_unreadable', 400));
  if (!header) throw new AppError('directory.import_empty', 400);
  const problems = new ProblemList(locale);
  const columns = mapHeader(header, locale, problems);
  // With the header wrong every row would repeat one complaint: list the header's problems alone.
  if (problems.count > 0) throw problems.toError();
  if (rows.length === 0) throw new AppError('directory.import_empty', 400);
  if (rows.length > MAX_IMPORT_ROWS) throw new AppError('directory.import_too_many_rows', 400, { max: MAX_IMPORT_ROWS });
  const ctx: ColumnContext = { locale, regions: buildRegionDirectory(await repo.findAllRegions(db)) };
  const plan = await checkRows(db, actor, ctx, rows, columns, problems);
  if (problems.count > 0) throw problems.toError();

  const creates = plan.filter((write) => write.id === null);
  const result = { rows: rows.length, created: creates.length, updated: plan.length - creates.length, dryRun };
  if (dryRun) return result;
  await db.transaction().execute(async (tx) => {
    // A school created elsewhere since the check would collide on its code: refuse the file rather than fail half-way.
    if (
      (
        await repo.findOrganizationsByCodes(
          tx,
          creates.map((write) => write.input.code!),
        )
      ).length > 0
    )
      throw conflict();
    for (const write of plan) await writeOrganization(tx, write.id, 'school', write.input, write.regionPath, write.version);
    await recordAudit(tx, audit, {
      action: 'organization.import',
      objectType: 'organization',
      objectId: null,
      result: 'success',
      detail: { rows: result.rows, created: result.created, updated: result.updated },
    });
  });
  return result;
}

const headerRow = (locale: Locale): CellValue[] => SCHOOL_COLUMNS.map((column) => column.header[locale]);
const schoolsSheetName = (locale: Locale) => (locale === 'zh-CN' ? '学校' : 'Schools');

// Bureaus work on local time: a file exported at 07:00 in Chongqing carries that day's date.
const dateStamp = (): string => deploymentDay().replaceAll('-', '');

/** The region an export covers: the one asked for, else the caller's one jurisdiction ('/' is everything). */
async function exportScope(db: Db, actor: Actor, locale: Locale, regionId: string | undefined): Promise<string> {
  if (regionId) {
    const region = await repo.findRegion(db, regionId);
    if (!region) throw new AppError('directory.region_unknown', 400, { region: regionId }, [{ field: 'querystring:/regionId', message: regionId }]);
    return region.path;
  }
  const scopes = jurisdictionOf(actor, 'bureau_admin', 'bureau_reviewer');
  if (scopes === null) return '/';
  const exportable = [...new Set(scopes)].filter((path) => can(actor, 'export', collection(path)));
  const outermost = exportable.filter((path) => !exportable.some((other) => other !== path && path.startsWith(other)));
  if (outermost.length > 1) throw new AppError('request.invalid', 400, {}, [{ field: 'querystring:/regionId', message: fieldMessages.required[locale] }]);
  // No jurisdiction at all: '/' lets the policy answer 403.
  return outermost[0] ?? '/';
}

export async function exportSchools(db: Db, actor: Actor, audit: AuditContext, locale: Locale, query: SchoolExportQuery): Promise<SchoolFile> {
  const regionPath = await exportScope(db, actor, locale, query.regionId);
  authorize(actor, 'export', collection(regionPath));
  const format = query.format ?? 'xlsx';
  const ctx: ColumnContext = { locale, regions: buildRegionDirectory(await repo.findAllRegions(db)) };
  const rows: CellValue[][] = [headerRow(locale)];
  const filter = { kind: 'school' as const, regionPath, stage: query.stage, ownership: query.ownership, q: query.q, limit: EXPORT_PAGE_SIZE };
  for (let offset = 0; ; offset += EXPORT_PAGE_SIZE) {
    const page = await repo.findOrganizations(db, { ...filter, offset });
    const ids = page.rows.map((row) => row.id);
    const [stages, seats] = await Promise.all([repo.findStages(db, ids), repo.findSeats(db, ids)]);
    for (const row of page.rows) {
      const school = toOrganizationInput(row, stages.get(row.id) ?? [], seats.get(row.id) ?? []);
      rows.push(SCHOOL_COLUMNS.map((column) => column.write(school, ctx)));
    }
    if (page.rows.length < EXPORT_PAGE_SIZE) break;
  }
  const body = await writeSpreadsheet(format, [{ name: schoolsSheetName(locale), rows }]);
  await recordAudit(db, audit, {
    action: 'organization.export',
    objectType: 'organization',
    objectId: null,
    result: 'success',
    detail: { count: rows.length - 1, format },
  });
  return { filename: `schools-${dateStamp()}.${format}`, contentType: CONTENT_TYPES[format], body };
}

const NOTES_HEADER: Record<Locale, CellValue[]> = {
  'zh-CN': ['列', '英文列名', '必填', '说明'],
  'en-US': ['Column', 'Chinese header', 'Required', 'Description'],
};
const NOTES_FOOTER: Record<Locale, string> = {
  'zh-CN': `列名可用中文或英文，列的顺序不限；选填列可以省略，已有学校的该项保持不变。每个文件最多 ${MAX_IMPORT_ROWS} 行；只要有一处错误，整个文件都不会导入。`,
  'en-US': `Headers may be in Chinese or English, in any order; optional columns may be left out, and an existing school keeps those values. At most ${MAX_IMPORT_ROWS} rows per file; if any cell is wrong, nothing is imported.`,
};

function notesSheet(locale: Locale): Sheet {
  const other: Locale = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
  const yesNo = (required: boolean) => (locale === 'zh-CN' ? (required ? '是' : '否') : required ? 'yes' : 'no');
  const rows = SCHOOL_COLUMNS.map((c) => [c.header[locale], c.header[other], yesNo(c.required), c.note[locale]]);
  return { name: locale === 'zh-CN' ? '说明' : 'Notes', rows: [NOTES_HEADER[locale], ...rows, [], [NOTES_FOOTER[locale]]] };
}

/** An empty file with the header row; the .xlsx adds a sheet explaining every column. */
export async function schoolTemplate(actor: Actor, locale: Locale, format: SpreadsheetFormat): Promise<SchoolFile> {
  assertMayImport(actor);
  const sheets: Sheet[] = [{ name: schoolsSheetName(locale), rows: [headerRow(locale)] }];
  if (format === 'xlsx') sheets.push(notesSheet(locale));
  return { filename: `schools-template.${format}`, contentType: CONTENT_TYPES[format], body: await writeSpreadsheet(format, sheets) };
}
