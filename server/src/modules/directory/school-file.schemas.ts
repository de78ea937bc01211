import { Type, type Static } from 'typebox';
import { Id, StrictObject } from '../../platform/http/schemas.ts';
import { OwnershipSchema, StageSchema } from './directory.schemas.ts';
import { SPREADSHEET_FORMATS } from '../../platform/spreadsheets/spreadsheet.ts';

const FormatSchema = Type.Enum(SPREADSHEET_FORMATS, { default: 'xlsx' });

/** The filters of GET /organizations (kind is always school), plus the file format. */
export const SchoolExportQuery = StrictObject({
  format: Type.Optional(FormatSchema),
  regionId: Type.Optional(Id),
  stage: Type.Optional(StageSchema),
  ownership: Type.Optional(OwnershipSchema),
  q: Type.Optional(Type.String({ maxLength: 60 })),
});
export type SchoolExportQuery = Static<typeof SchoolExportQuery>;

export const SchoolTemplateQuery = StrictObject({ format: Type.Optional(FormatSchema) });
export type SchoolTemplateQuery = Static<typeof SchoolTemplateQuery>;

export const SchoolImportQuery = StrictObject({ dryRun: Type.Optional(Type.Boolean({ default: false })) });

export const SchoolImportResult = Type.Object({
  /** Data rows in the file. */
  rows: Type.Integer(),
  created: Type.Integer(),
  updated: Type.Integer(),
  /** True when the file was only checked: nothing was written. */
  dryRun: Type.Boolean(),
});
export type SchoolImportResult = Static<typeof SchoolImportResult>;
