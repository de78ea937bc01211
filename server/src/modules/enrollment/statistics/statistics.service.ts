import { FUNNEL_STAGES, funnelStageOf } from '../../../../../common/enrollment-application.ts';
import type { Locale } from '../../../../../common/locales.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, jurisdictionOf } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/database.ts';
import { AppError, forbidden, notFound } from '../../../platform/http/errors.ts';
import * as directory from '../../directory/directory.service.ts';
import { GRADE_NAMES } from '../notices/enrollment-labels.ts';
import * as repo from './statistics.repository.ts';
import { STATISTICS_GROUPS, type FunnelCounts, type FunnelRow, type Statistics, type StatisticsGroup, type StatisticsQuery } from './statistics.schemas.ts';
import { statisticsWorkbook } from './statistics.spreadsheet.ts';

const collection = (regionPath: string) => ({ type: 'enrollment_application_collection' as const, regionPath });

/** The applications the caller may count: their jurisdiction, narrowed by the filters, each filter checked against it. */
async function filterFor(db: Db, actor: Actor, query: StatisticsQuery): Promise<repo.StatisticsFilter> {
  const jurisdiction = jurisdictionOf(actor, 'bureau_admin', 'bureau_reviewer');
  if (jurisdiction !== null && jurisdiction.length === 0) throw forbidden();
  let regionPath: string | undefined;
  if (query.regionId) {
    regionPath = (await directory.findRegionScope(db, query.regionId))?.path;
    if (!regionPath) throw new AppError('directory.region_unknown', 400, { region: query.regionId }, [{ field: 'querystring:/regionId', message: '' }]);
    authorize(actor, 'export', collection(regionPath));
  }
  if (query.policyId) {
    const policy = await repo.findPolicyScope(db, query.policyId);
    if (!policy) throw notFound();
    authorize(actor, 'export', collection(policy.host_region_path));
  }
  return { jurisdiction, regionPath, policyId: query.policyId, schoolYear: query.schoolYear };
}

const zero = (): FunnelCounts => ({ applied: 0, verified: 0, placed: 0, enrolled: 0 });

/** Adds n applications that reached `stage` to every stage up to it: the funnel is cumulative. */
function addReached(counts: FunnelCounts, row: repo.CountRow): void {
  const stage = funnelStageOf(row.status);
  if (!stage) return;
  for (const reached of FUNNEL_STAGES.slice(0, FUNNEL_STAGES.indexOf(stage) + 1)) counts[reached] += row.n;
}

const KEY_OF: Record<StatisticsGroup, (row: repo.CountRow) => string | null> = {
  hostDistrict: (row) => row.host_region_id,
  // GB/T 2260: the first two digits name the province, the first four the city (prefecture).
  originProvince: (row) => row.origin_division_code.slice(0, 2),
  originCity: (row) => row.origin_division_code.slice(0, 4),
  school: (row) => row.placed_school_id,
  grade: (row) => row.entry_grade,
};

type Names = Map<string, { nameZh: string; nameEn: string }>;

async function namesOf(db: Db, groups: Record<StatisticsGroup, Map<string | null, FunnelCounts>>): Promise<Record<StatisticsGroup, Names>> {
  const keys = (group: StatisticsGroup) => [...groups[group].keys()].filter((k): k is string => k !== null);
  const codes = [...keys('originProvince').map((p) => `${p}0000`), ...keys('originCity').map((c) => `${c}00`)];
  const [regions, schools] = await Promise.all([repo.findRegionNames(db, keys('hostDistrict'), codes), repo.findSchoolNames(db, keys('school'))]);
  const name = (r: { name_zh: string; name_en: string }) => ({ nameZh: r.name_zh, nameEn: r.name_en });
  const byCode = new Map(regions.filter((r) => r.division_code).map((r) => [r.division_code!, name(r)]));
  const prefixed = (suffix: string) =>
    new Map(keys(suffix === '0000' ? 'originProvince' : 'originCity').flatMap((k) => (byCode.has(k + suffix) ? [[k, byCode.get(k + suffix)!]] : [])));
  return {
    hostDistrict: new Map(regions.map((r) => [r.id, name(r)])),
    originProvince: prefixed('0000'),
    originCity: prefixed('00'),
    school: new Map(schools.map((s) => [s.id, name(s)])),
    grade: new Map(Object.entries(GRADE_NAMES).map(([grade, names]) => [grade, { nameZh: names['zh-CN'], nameEn: names['en-US'] }])),
  };
}

/** Most applications first; ties by key, the unplaced (null) last. */
const byVolume = (a: FunnelRow, b: FunnelRow) =>
  b.applied - a.applied || (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** The funnel applied → verified → placed → enrolled, in total and by host district, origin province and city, school and grade. */
export async function getStatistics(db: Db, actor: Actor, query: StatisticsQuery): Promise<Statistics> {
  const rows = await repo.countApplications(db, await filterFor(db, actor, query));
  const totals = zero();
  const groups = Object.fromEntries(STATISTICS_GROUPS.map((g) => [g, new Map<string | null, FunnelCounts>()])) as Record<
    StatisticsGroup,
    Map<string | null, FunnelCounts>
  >;
  for (const row of rows) {
    addReached(totals, row);
    for (const group of STATISTICS_GROUPS) {
      const key = KEY_OF[group](row);
      let counts = groups[group].get(key);
      if (!counts) groups[group].set(key, (counts = zero()));
      addReached(counts, row);
    }
  }
  const names = await namesOf(db, groups);
  const rowsOf = (group: StatisticsGroup): FunnelRow[] =>
    [...groups[group]]
      .map(([key, counts]) => {
        const named = key === null ? undefined : names[group].get(key);
        return { key, nameZh: named?.nameZh ?? null, nameEn: named?.nameEn ?? null, ...counts };
      })
      .sort(byVolume);
  return {
    totals,
    hostDistrict: rowsOf('hostDistrict'),
    originProvince: rowsOf('originProvince'),
    originCity: rowsOf('originCity'),
    school: rowsOf('school'),
    grade: rowsOf('grade'),
  };
}

export interface StatisticsFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** The same statistics as an .xlsx with headers in the caller's language; each export is audited. */
export async function exportStatistics(db: Db, actor: Actor, audit: AuditContext, locale: Locale, query: StatisticsQuery): Promise<StatisticsFile> {
  const statistics = await getStatistics(db, actor, query);
  const file = await statisticsWorkbook(statistics, locale, query);
  await recordAudit(db, audit, {
    action: 'enrollment_statistics.export',
    objectType: 'enrollment_application_collection',
    objectId: query.policyId ?? null,
    result: 'success',
    detail: {
      format: 'xlsx',
      policyId: query.policyId ?? null,
      schoolYear: query.schoolYear ?? null,
      regionId: query.regionId ?? null,
      applied: statistics.totals.applied,
    },
  });
  return file;
}
