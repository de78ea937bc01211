import type { Locale } from '../../../../../common/locales.ts';
import { CONTENT_TYPES, writeSpreadsheet, type CellValue, type Sheet } from '../../../platform/spreadsheets/spreadsheet.ts';
import { chinaToday } from '../scope.ts';
import type { DashboardDataset, DashboardView, MapFigures } from './dashboard.schemas.ts';

// Every dashboard dataset as a sheet of an .xlsx file, headed in the reader's language.

type Texts = Record<Locale, string>;
const both = (zh: string, en: string): Texts => ({ 'zh-CN': zh, 'en-US': en });

interface DatasetSheet {
  title: Texts;
  header: Texts[];
  rows: (dashboard: DashboardView, map: MapFigures, locale: Locale) => CellValue[][];
}

const name = (o: { nameZh: string; nameEn: string }, locale: Locale) => (locale === 'zh-CN' ? o.nameZh : o.nameEn);
const region = (o: { regionNameZh: string; regionNameEn: string }, locale: Locale) => (locale === 'zh-CN' ? o.regionNameZh : o.regionNameEn);
const yesNo = (value: boolean, locale: Locale) => (locale === 'zh-CN' ? (value ? '是' : '否') : value ? 'yes' : 'no');
const batchLabel = (batch: number | null, locale: Locale) => batch ?? (locale === 'zh-CN' ? '未分批' : 'no batch');
const activityLabels: Record<string, Texts> = { none: both('无', 'none'), low: both('低', 'low'), medium: both('中', 'medium'), high: both('高', 'high') };
const PERIOD_HEADER = [both('交流活动', 'Exchanges'), both('参与人次', 'Participants'), both('新结对', 'New pairings'), both('新签协议', 'New agreements')];

const TOTALS: [keyof DashboardView['totals'], Texts][] = [
  ['agreementsInForce', both('生效协议', 'Agreements in force')],
  ['agreements', both('已签协议', 'Signed agreements')],
  ['pairingsActive', both('结对中', 'Active pairings')],
  ['pairingsEnded', both('已结束结对', 'Ended pairings')],
  ['communities', both('共同体', 'Communities')],
  ['alliances', both('联盟', 'Alliances')],
  ['schoolsInvolved', both('参与学校', 'Schools involved')],
  ['exchanges', both('交流活动', 'Exchanges')],
  ['participants', both('参与人次', 'Participants')],
];

const activityRows = (list: DashboardView['topSchools'], locale: Locale) =>
  list.map((a, i) => [i + 1, name(a.school, locale), region(a.school, locale), a.exchanges, a.participants]);
const ACTIVITY_HEADER = [both('名次', 'Rank'), both('学校', 'School'), both('地区', 'Region'), both('交流活动', 'Exchanges'), both('参与人次', 'Participants')];

export const DATASET_SHEETS: Record<DashboardDataset, DatasetSheet> = {
  totals: {
    title: both('总量', 'Totals'),
    header: [both('指标', 'Measure'), both('数量', 'Count')],
    rows: (d, _m, locale) => TOTALS.map(([key, label]) => [label[locale], d.totals[key]]),
  },
  batches: {
    title: both('结对批次', 'Pairing batches'),
    header: [both('批次', 'Batch'), both('结对中', 'Active'), both('已结束', 'Ended')],
    rows: (d, _m, locale) => d.pairingsByBatch.map((b) => [batchLabel(b.batch, locale), b.active, b.ended]),
  },
  monthly: {
    title: both('按月', 'By month'),
    header: [both('月份', 'Month'), ...PERIOD_HEADER],
    rows: (d) => d.monthly.map((m) => [m.month, m.exchanges, m.participants, m.newPairings, m.newAgreements]),
  },
  yearly: {
    title: both('按年', 'By year'),
    header: [both('年份', 'Year'), ...PERIOD_HEADER],
    rows: (d) => d.yearly.map((y) => [y.year, y.exchanges, y.participants, y.newPairings, y.newAgreements]),
  },
  dormant: {
    title: both('休眠结对', 'Dormant pairings'),
    header: [both('批次', 'Batch'), both('学校', 'Schools'), both('开始日期', 'Started'), both('最近交流', 'Last exchange')],
    rows: (d, _m, locale) =>
      d.dormant.map((p) => [
        batchLabel(p.batch, locale),
        p.schools.map((s) => name(s, locale)).join(locale === 'zh-CN' ? '、' : ', '),
        p.startsOn,
        p.lastExchangeOn,
      ]),
  },
  top_schools: { title: both('最活跃学校', 'Most active schools'), header: ACTIVITY_HEADER, rows: (d, _m, locale) => activityRows(d.topSchools, locale) },
  least_active_schools: {
    title: both('最不活跃学校', 'Least active schools'),
    header: ACTIVITY_HEADER,
    rows: (d, _m, locale) => activityRows(d.leastActiveSchools, locale),
  },
  map_schools: {
    title: both('地图学校', 'Map schools'),
    header: [
      both('学校', 'School'),
      both('地区', 'Region'),
      both('纬度', 'Latitude'),
      both('经度', 'Longitude'),
      both('本辖区', 'In scope'),
      both('交流活动', 'Exchanges'),
      both('活跃度', 'Activity'),
    ],
    rows: (_d, m, locale) =>
      m.schools.map((s) => [
        name(s, locale),
        region(s, locale),
        s.latitude,
        s.longitude,
        yesNo(s.inScope, locale),
        s.exchanges,
        s.activity ? activityLabels[s.activity]![locale] : null,
      ]),
  },
  map_pairings: {
    title: both('地图结对', 'Map pairings'),
    header: [both('批次', 'Batch'), both('学校', 'Schools'), both('休眠', 'Dormant')],
    rows: (_d, m, locale) => {
      const names = new Map(m.schools.map((s) => [s.id, name(s, locale)]));
      return m.pairings.map((p) => [
        batchLabel(p.batch, locale),
        p.schoolIds.map((id) => names.get(id) ?? id).join(locale === 'zh-CN' ? '、' : ', '),
        yesNo(p.dormant, locale),
      ]);
    },
  },
};

export async function dashboardWorkbook(dashboard: DashboardView, map: MapFigures, locale: Locale, datasets: DashboardDataset[]) {
  const sheets: Sheet[] = datasets.map((dataset) => {
    const spec = DATASET_SHEETS[dataset];
    return { name: spec.title[locale], rows: [spec.header.map((h) => h[locale]), ...spec.rows(dashboard, map, locale)] };
  });
  const scope = dashboard.scope.regionId ?? 'all';
  const suffix = datasets.length === 1 ? `-${datasets[0]}` : '';
  return {
    filename: `cooperation-dashboard-${scope}${suffix}-${chinaToday().replaceAll('-', '')}.xlsx`,
    contentType: CONTENT_TYPES.xlsx,
    body: await writeSpreadsheet('xlsx', sheets),
  };
}
