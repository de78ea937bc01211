import { STAGES, type Grade, type Ownership, type Stage } from '../../../../common/directory.ts';
import type { Locale } from '../../../../common/locales.ts';
import type { OrganizationInput } from './directory.schemas.ts';
import { listOf, type CellMessage, type Problem } from './school-file.messages.ts';
import type { RegionDirectory, RegionRef } from './school-file.regions.ts';
import type { CellValue } from '../../platform/spreadsheets/spreadsheet.ts';

/** One school as a file row describes it; a field left undefined means the file has no such column. */
export interface SchoolDraft {
  code?: string;
  nameZh?: string;
  nameEn?: string | null;
  region?: RegionRef;
  stages?: Stage[];
  ownership?: Ownership;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  pupilCount?: number | null;
  teacherCount?: number | null;
  website?: string | null;
  seats?: Partial<Record<Grade, number | null>>;
}

export interface ColumnContext {
  locale: Locale;
  regions: RegionDirectory;
}

type Parsed<T> = { value: T } | { problem: Problem };
type Texts = Record<Locale, string>;

interface ColumnSpec<T> {
  key: string;
  header: Texts;
  required?: boolean;
  /** What the notes sheet of the template says about the column. */
  note: Texts;
  parse(text: string, ctx: ColumnContext): Parsed<T>;
  /** Puts a parsed value, or null for an empty optional cell, into the draft. */
  set(draft: SchoolDraft, value: T | null): void;
  format(school: OrganizationInput, ctx: ColumnContext): CellValue;
}

export interface SchoolColumn {
  key: string;
  header: Texts;
  required: boolean;
  note: Texts;
  /** Reads one trimmed cell into the draft; returns what is wrong with it, if anything. */
  read(text: string, draft: SchoolDraft, ctx: ColumnContext): Problem | null;
  write(school: OrganizationInput, ctx: ColumnContext): CellValue;
}

function column<T>(spec: ColumnSpec<T>): SchoolColumn {
  return {
    key: spec.key,
    header: spec.header,
    required: spec.required ?? false,
    note: spec.note,
    write: spec.format,
    read(text, draft, ctx) {
      if (text === '') {
        if (spec.required) return { key: 'required' };
        spec.set(draft, null);
        return null;
      }
      const parsed = spec.parse(text, ctx);
      if ('problem' in parsed) return parsed.problem;
      spec.set(draft, parsed.value);
      return null;
    },
  };
}

const STAGE_LABELS: Record<Stage, Texts> = {
  kindergarten: { 'zh-CN': '幼儿园', 'en-US': 'kindergarten' },
  primary: { 'zh-CN': '小学', 'en-US': 'primary' },
  junior: { 'zh-CN': '初中', 'en-US': 'junior' },
  senior: { 'zh-CN': '高中', 'en-US': 'senior' },
  vocational: { 'zh-CN': '中职', 'en-US': 'vocational' },
};
const OWNERSHIP_LABELS: Record<Ownership, Texts> = { public: { 'zh-CN': '公办', 'en-US': 'public' }, private: { 'zh-CN': '民办', 'en-US': 'private' } };

/** A value written in either language (English case-insensitively), or undefined. */
function choiceOf<K extends string>(labels: Record<K, Texts>, text: string): K | undefined {
  const wanted = text.toLowerCase();
  return (Object.keys(labels) as K[]).find((key) => labels[key]['zh-CN'] === text || labels[key]['en-US'] === wanted);
}

const allowedOf = <K extends string>(labels: Record<K, Texts>, locale: Locale) =>
  listOf(
    locale,
    Object.values<Texts>(labels).map((l) => l[locale]),
  );

const problem = (key: CellMessage, params?: Problem['params']): { problem: Problem } => ({ problem: { key, params } });

const text =
  (min: number, max: number) =>
  (value: string): Parsed<string> => {
    const length = [...value].length;
    return length < min || length > max ? problem('length', { min, max, length }) : { value };
  };

const decimal =
  (min: number, max: number) =>
  (value: string): Parsed<number> => {
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) return problem('number', { value });
    const number = Number(value);
    return number < min || number > max ? problem('range', { min, max, value }) : { value: number };
  };

const count =
  (max: number) =>
  (value: string): Parsed<number> =>
    /^\d+$/.test(value) && Number(value) <= max ? { value: Number(value) } : problem('count', { max, value });

const both = (zh: string, en: string): Texts => ({ 'zh-CN': zh, 'en-US': en });
const optionalCount = (max: number) => both(`选填。0 到 ${max} 之间的整数。`, `Optional. A whole number from 0 to ${max}.`);

function seatColumn(grade: Grade, header: Texts): SchoolColumn {
  return column({
    key: `seats.${grade}`,
    header,
    note: optionalCount(10000),
    parse: count(10000),
    set: (draft, value) => {
      draft.seats = { ...draft.seats, [grade]: value };
    },
    format: (school) => school.seats.find((s) => s.grade === grade)?.seats ?? null,
  });
}

/** The columns of a school file, in the order export and template write them. */
export const SCHOOL_COLUMNS: readonly SchoolColumn[] = [
  column({
    key: 'code',
    header: both('学校标识码', 'Code'),
    required: true,
    note: both(
      '必填。10 位数字的学校标识码；文件中已存在的标识码会更新该学校，否则新建。',
      'Required. The 10-digit school code; a code already on the platform updates that school, any other creates one.',
    ),
    parse: (value) => (/^\d{10}$/.test(value) ? { value } : problem('code', { value })),
    set: (draft, value) => {
      draft.code = value ?? undefined;
    },
    format: (school) => school.code,
  }),
  column({
    key: 'nameZh',
    header: both('学校名称', 'Name'),
    required: true,
    note: both('必填。中文名称，2–80 个字符。', 'Required. The Chinese name, 2–80 characters.'),
    parse: text(2, 80),
    set: (draft, value) => {
      draft.nameZh = value ?? undefined;
    },
    format: (school) => school.nameZh,
  }),
  column({
    key: 'nameEn',
    header: both('英文名称', 'English name'),
    note: both('选填。2–160 个字符；留空则使用中文名称。', 'Optional. 2–160 characters; empty means the Chinese name.'),
    parse: text(2, 160),
    set: (draft, value) => {
      draft.nameEn = value;
    },
    format: (school) => school.nameEn,
  }),
  column({
    key: 'region',
    header: both('行政区划', 'Region'),
    required: true,
    note: both(
      '必填。区划代码（如 500105）或准确的名称（如 江北区）。',
      'Required. The division code (e.g. 500105) or the exact name (e.g. Jiangbei District).',
    ),
    parse: (value, ctx) => ctx.regions.find(value, ctx.locale),
    set: (draft, value) => {
      draft.region = value ?? undefined;
    },
    format: (school, ctx) => ctx.regions.label(school.regionId, ctx.locale),
  }),
  column({
    key: 'stages',
    header: both('学段', 'Stages'),
    required: true,
    note: both(
      `必填。可填多个，用顿号、逗号、分号或空格分隔。可选：${allowedOf(STAGE_LABELS, 'zh-CN')}。`,
      `Required. One or more, separated by commas, semicolons or spaces. Allowed: ${allowedOf(STAGE_LABELS, 'en-US')}.`,
    ),
    parse(value, ctx) {
      const stages = new Set<Stage>();
      for (const part of value.split(/[、,，;；\s]+/).filter(Boolean)) {
        const stage = choiceOf(STAGE_LABELS, part);
        if (!stage) return problem('unknownValue', { value: part, allowed: allowedOf(STAGE_LABELS, ctx.locale) });
        stages.add(stage);
      }
      return stages.size > 0 ? { value: [...stages] } : problem('required');
    },
    set: (draft, value) => {
      draft.stages = value ?? undefined;
    },
    format: (school, ctx) =>
      listOf(
        ctx.locale,
        STAGES.filter((s) => school.stages.includes(s)).map((s) => STAGE_LABELS[s][ctx.locale]),
      ),
  }),
  column({
    key: 'ownership',
    header: both('办学性质', 'Ownership'),
    required: true,
    note: both(`必填。可选：${allowedOf(OWNERSHIP_LABELS, 'zh-CN')}。`, `Required. Allowed: ${allowedOf(OWNERSHIP_LABELS, 'en-US')}.`),
    parse: (value, ctx) => {
      const ownership = choiceOf(OWNERSHIP_LABELS, value);
      return ownership ? { value: ownership } : problem('unknownValue', { value, allowed: allowedOf(OWNERSHIP_LABELS, ctx.locale) });
    },
    set: (draft, value) => {
      draft.ownership = value ?? undefined;
    },
    format: (school, ctx) => (school.ownership ? OWNERSHIP_LABELS[school.ownership][ctx.locale] : null),
  }),
  column({
    key: 'address',
    header: both('地址', 'Address'),
    note: both('选填。最多 200 个字符。', 'Optional. At most 200 characters.'),
    parse: text(1, 200),
    set: (draft, value) => {
      draft.address = value;
    },
    format: (school) => school.address,
  }),
  column({
    key: 'latitude',
    header: both('纬度', 'Latitude'),
    note: both('选填。-90 到 90 之间的数字。', 'Optional. A number from -90 to 90.'),
    parse: decimal(-90, 90),
    set: (draft, value) => {
      draft.latitude = value;
    },
    format: (school) => school.latitude,
  }),
  column({
    key: 'longitude',
    header: both('经度', 'Longitude'),
    note: both('选填。-180 到 180 之间的数字。', 'Optional. A number from -180 to 180.'),
    parse: decimal(-180, 180),
    set: (draft, value) => {
      draft.longitude = value;
    },
    format: (school) => school.longitude,
  }),
  column({
    key: 'pupilCount',
    header: both('学生数', 'Pupils'),
    note: optionalCount(100000),
    parse: count(100000),
    set: (draft, value) => {
      draft.pupilCount = value;
    },
    format: (school) => school.pupilCount,
  }),
  column({
    key: 'teacherCount',
    header: both('教师数', 'Teachers'),
    note: optionalCount(10000),
    parse: count(10000),
    set: (draft, value) => {
      draft.teacherCount = value;
    },
    format: (school) => school.teacherCount,
  }),
  column({
    key: 'website',
    header: both('网址', 'Website'),
    note: both('选填。以 http:// 或 https:// 开头，最多 200 个字符。', 'Optional. Starts with http:// or https://, at most 200 characters.'),
    parse: (value) => (/^https?:\/\/\S+$/i.test(value) && value.length <= 200 ? { value } : problem('url', { value })),
    set: (draft, value) => {
      draft.website = value;
    },
    format: (school) => school.website,
  }),
  seatColumn('g1', both('一年级学位', 'Grade 1 seats')),
  seatColumn('g7', both('七年级学位', 'Grade 7 seats')),
  seatColumn('g10', both('高一学位', 'Grade 10 seats')),
  seatColumn('k1', both('幼儿园小班学位', 'K1 seats')),
];

/** Header text compared without case, spaces or full-width forms: 'english  NAME' finds 'English name'. */
export const normalizeHeader = (header: string): string => header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const columnsByHeader = new Map(
  SCHOOL_COLUMNS.flatMap(
    (c) =>
      [
        [normalizeHeader(c.header['zh-CN']), c],
        [normalizeHeader(c.header['en-US']), c],
      ] as const,
  ),
);

export const columnForHeader = (header: string): SchoolColumn | undefined => columnsByHeader.get(normalizeHeader(header));
