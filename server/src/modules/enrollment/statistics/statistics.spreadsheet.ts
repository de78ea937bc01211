import type { FunnelStage } from '../../../../../common/enrollment-application.ts';
import type { Locale } from '../../../../../common/locales.ts';
import { CONTENT_TYPES, writeSpreadsheet, type CellValue, type Sheet } from '../../../platform/spreadsheets/spreadsheet.ts';
import { STATISTICS_GROUPS, type FunnelRow, type Statistics, type StatisticsGroup, type StatisticsQuery } from './statistics.schemas.ts';

type Texts = Record<Locale, string>;

const STAGE_NAMES: Record<FunnelStage, Texts> = {
  applied: { 'zh-CN': '已申请', 'en-US': 'Applied' },
  verified: { 'zh-CN': '资格审核通过', 'en-US': 'Verified' },
  placed: { 'zh-CN': '已派位', 'en-US': 'Placed' },
  enrolled: { 'zh-CN': '已报到', 'en-US': 'Enrolled' },
};
const STAGES: FunnelStage[] = ['applied', 'verified', 'placed', 'enrolled'];

const GROUP_SHEETS: Record<StatisticsGroup, { sheet: Texts; column: Texts }> = {
  hostDistrict: { sheet: { 'zh-CN': '按就读区县', 'en-US': 'By host district' }, column: { 'zh-CN': '就读区县', 'en-US': 'Host district' } },
  originProvince: { sheet: { 'zh-CN': '按户籍省份', 'en-US': 'By origin province' }, column: { 'zh-CN': '户籍省份', 'en-US': 'Origin province' } },
  originCity: { sheet: { 'zh-CN': '按户籍城市', 'en-US': 'By origin city' }, column: { 'zh-CN': '户籍城市', 'en-US': 'Origin city' } },
  school: { sheet: { 'zh-CN': '按学校', 'en-US': 'By school' }, column: { 'zh-CN': '学校', 'en-US': 'School' } },
  grade: { sheet: { 'zh-CN': '按年级', 'en-US': 'By grade' }, column: { 'zh-CN': '年级', 'en-US': 'Grade' } },
};

const TEXTS = {
  summary: { 'zh-CN': '汇总', 'en-US': 'Summary' },
  stage: { 'zh-CN': '环节', 'en-US': 'Stage' },
  count: { 'zh-CN': '人数', 'en-US': 'Applications' },
  code: { 'zh-CN': '代码', 'en-US': 'Code' },
  notPlaced: { 'zh-CN': '未派位', 'en-US': 'Not placed' },
  filters: { 'zh-CN': '筛选条件', 'en-US': 'Filters' },
  all: { 'zh-CN': '全部（本人管辖范围）', 'en-US': 'All (your jurisdiction)' },
  note: {
    'zh-CN': '人数为累计：资格审核通过含已派位和已报到，已派位含已报到；草稿和已撤回的申请不计。',
    'en-US': 'Counts are cumulative: verified includes placed and enrolled, placed includes enrolled; drafts and withdrawn applications are not counted.',
  },
} satisfies Record<string, Texts>;

/** A place the platform cannot name is shown by its code, so no row is blank. */
function nameCell(row: FunnelRow, locale: Locale): CellValue {
  if (row.key === null) return TEXTS.notPlaced[locale];
  return (locale === 'zh-CN' ? row.nameZh : row.nameEn) ?? row.key;
}

function groupSheet(group: StatisticsGroup, rows: FunnelRow[], locale: Locale): Sheet {
  const header = [GROUP_SHEETS[group].column[locale], TEXTS.code[locale], ...STAGES.map((s) => STAGE_NAMES[s][locale])];
  return { name: GROUP_SHEETS[group].sheet[locale], rows: [header, ...rows.map((row) => [nameCell(row, locale), row.key, ...STAGES.map((s) => row[s])])] };
}

function summarySheet(statistics: Statistics, locale: Locale, query: StatisticsQuery): Sheet {
  const filters = [
    query.policyId && `policyId=${query.policyId}`,
    query.schoolYear && `schoolYear=${query.schoolYear}`,
    query.regionId && `regionId=${query.regionId}`,
  ]
    .filter(Boolean)
    .join(', ');
  return {
    name: TEXTS.summary[locale],
    rows: [
      [TEXTS.stage[locale], TEXTS.count[locale]],
      ...STAGES.map((s) => [STAGE_NAMES[s][locale], statistics.totals[s]]),
      [],
      [`${TEXTS.filters[locale]}: ${filters || TEXTS.all[locale]}`],
      [TEXTS.note[locale]],
    ],
  };
}

const dateStamp = () => new Date().toISOString().slice(0, 10).replaceAll('-', '');

export async function statisticsWorkbook(statistics: Statistics, locale: Locale, query: StatisticsQuery) {
  const body = await writeSpreadsheet('xlsx', [summarySheet(statistics, locale, query), ...STATISTICS_GROUPS.map((g) => groupSheet(g, statistics[g], locale))]);
  return { filename: `enrollment-statistics-${dateStamp()}.xlsx`, contentType: CONTENT_TYPES.xlsx, body };
}
