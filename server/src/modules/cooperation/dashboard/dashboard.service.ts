import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can, jurisdictionOf } from '../../../platform/access/policy.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { findCoordinationBodyIds } from '../cooperation.repository.ts';
import type { OrganizationSummary } from '../cooperation.schemas.ts';
import { chinaToday } from '../scope.ts';
import * as repo from './dashboard.repository.ts';
import type { DashboardQuery, DashboardView, MapFigures, MapQuery, MapView } from './dashboard.schemas.ts';

// Dashboards of a bureau (its jurisdiction: records with one of its organizations, and only its own schools
// in the activity lists) and of the whole network (platform admins, coordination bodies).

export interface DashboardScope {
  /** '/' for the whole network. */
  path: string;
  view: DashboardView['scope'];
}

const EVERYTHING = { regionId: null, nameZh: '全部地区', nameEn: 'All regions' };

/** The scope asked for, else the caller's own: everything for the network's overseers, else their one jurisdiction. */
export async function resolveScope(db: DbOrTx, actor: Actor, regionId: string | undefined, action: 'read' | 'export' = 'read'): Promise<DashboardScope> {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const coordinationBodyIds = await findCoordinationBodyIds(db);
  if (regionId) {
    const region = await repo.findRegion(db, regionId);
    if (!region) throw new AppError('directory.region_unknown', 400, { region: regionId }, [{ field: 'querystring:/regionId', message: regionId }]);
    authorize(actor, action, { type: 'cooperation_dashboard', scopePath: region.path, coordinationBodyIds });
    return { path: region.path, view: { regionId: region.id, nameZh: region.name_zh, nameEn: region.name_en } };
  }
  if (can(actor, action, { type: 'cooperation_dashboard', scopePath: null, coordinationBodyIds })) return { path: '/', view: EVERYTHING };
  const scopes = [...new Set(jurisdictionOf(actor, 'bureau_admin', 'bureau_reviewer') ?? [])];
  const outermost = scopes.filter((path) => !scopes.some((other) => other !== path && path.startsWith(other)));
  if (outermost.length > 1) throw new AppError('cooperation.scope_required', 400, {}, [{ field: 'querystring:/regionId', message: '' }]);
  // No jurisdiction at all: asking for everything lets the policy answer 403.
  if (outermost.length === 0) authorize(actor, action, { type: 'cooperation_dashboard', scopePath: null, coordinationBodyIds });
  const path = outermost[0]!;
  const region = await repo.findRegion(db, path.split('/').filter(Boolean).pop()!);
  return { path, view: { regionId: region!.id, nameZh: region!.name_zh, nameEn: region!.name_en } };
}

const monthOf = (date: string) => date.slice(0, 7);

/** The months from..to inclusive ('2024-11' … '2025-02'). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > to) break;
    months.push(key);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

/** The month `count - 1` months before `to` (so that from..to spans `count` months). */
export function monthsBack(to: string, count: number): string {
  const [year, month] = to.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) - (count - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function periodOf(query: { from?: string; to?: string }, now = new Date()) {
  const to = query.to ?? monthOf(chinaToday(now));
  const from = query.from ?? monthsBack(to, 36);
  if (from > to) throw new AppError('cooperation.dates_invalid', 400, {}, [{ field: 'querystring:/from', message: '' }]);
  return { from, to };
}

/** The day `months` months before today (China), as 'YYYY-MM-DD'. */
export function dayMonthsAgo(months: number, now = new Date()): string {
  const today = chinaToday(now);
  const month = monthsBack(monthOf(today), months + 1);
  return `${month}-${today.slice(8, 10)}`;
}

type SchoolRow = Awaited<ReturnType<typeof repo.involvedSchools>>[number];
const summary = (row: SchoolRow | Awaited<ReturnType<typeof repo.schoolsOfPairings>>[number]): OrganizationSummary => ({
  id: row.id,
  kind: row.kind,
  nameZh: row.name_zh,
  nameEn: row.name_en,
  regionId: row.region_id,
  regionNameZh: row.region_name_zh,
  regionNameEn: row.region_name_en,
  latitude: row.latitude,
  longitude: row.longitude,
});

type ActivePairing = Awaited<ReturnType<typeof repo.activePairingsWithLastExchange>>[number];

/** Active pairings with no exchange since the cutoff, the longest quiet first. A pairing started recently has
 * had no time to be dormant: its start counts as its last sign of life. */
const dormantOf = (active: ActivePairing[], dormantMonths: number, now: Date) => {
  const cutoff = dayMonthsAgo(dormantMonths, now);
  const lastSign = (p: ActivePairing) => p.last_exchange_on ?? p.starts_on;
  return active.filter((p) => lastSign(p) < cutoff).sort((a, b) => lastSign(a).localeCompare(lastSign(b)) || a.id.localeCompare(b.id));
};

/** How many pairings are dormant, and the first `limit` of them (the longest quiet) with their schools. */
export async function dormantPairings(db: DbOrTx, scope: string, dormantMonths: number, now = new Date(), limit = DORMANT_LISTED) {
  const dormant = dormantOf(await repo.activePairingsWithLastExchange(db, scope), dormantMonths, now);
  const listed = dormant.slice(0, limit);
  const schools = groupBy(
    await repo.schoolsOfPairings(
      db,
      listed.map((p) => p.id),
    ),
    (s) => s.pairing_id,
  );
  return {
    total: dormant.length,
    items: listed.map((p) => ({
      pairingId: p.id,
      batch: p.batch,
      startsOn: p.starts_on,
      lastExchangeOn: p.last_exchange_on ?? null,
      schools: (schools.get(p.id) ?? []).map((s) => ({ id: s.id, nameZh: s.name_zh, nameEn: s.name_en })),
    })),
  };
}

/** The dashboard lists this many dormant pairings (and counts them all). */
const DORMANT_LISTED = 100;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export async function buildDashboard(db: Db, scope: DashboardScope, query: DashboardQuery, now = new Date()): Promise<DashboardView> {
  const period = periodOf(query, now);
  const dormantMonths = query.dormantMonths ?? 6;
  const top = query.top ?? 10;
  const [activity, pairings, agreements, bodies, schools, bySchool, dormant] = await Promise.all([
    repo.monthlyActivity(db, scope.path, period.from, period.to),
    repo.pairingsInScope(db, scope.path),
    repo.agreementsInScope(db, scope.path),
    repo.bodiesInScope(db, scope.path),
    repo.involvedSchools(db, scope.path, period.from, period.to),
    repo.activityBySchool(db, scope.path, period.from, period.to),
    dormantPairings(db, scope.path, dormantMonths, now),
  ]);

  const months = monthsBetween(period.from, period.to);
  const monthly = months.map((month) => {
    const counted = activity.find((a) => a.month === month);
    return {
      month,
      exchanges: Number(counted?.exchanges ?? 0),
      participants: Number(counted?.participants ?? 0),
      newPairings: pairings.filter((p) => monthOf(p.starts_on) === month).length,
      newAgreements: agreements.filter((a) => a.signed_on && monthOf(a.signed_on) === month).length,
    };
  });
  const years = [...new Set(months.map((m) => Number(m.slice(0, 4))))];
  const yearly = years.map((year) => {
    const inYear = monthly.filter((m) => Number(m.month.slice(0, 4)) === year);
    const sum = (key: 'exchanges' | 'participants' | 'newPairings' | 'newAgreements') => inYear.reduce((total, m) => total + m[key], 0);
    return { year, exchanges: sum('exchanges'), participants: sum('participants'), newPairings: sum('newPairings'), newAgreements: sum('newAgreements') };
  });

  const batches = [...new Set(pairings.map((p) => p.batch))].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  const counts = new Map(bySchool.map((r) => [r.organization_id, { exchanges: Number(r.exchanges), participants: Number(r.participants) }]));
  const ranked = schools.map((s) => ({ school: summary(s), ...(counts.get(s.id) ?? { exchanges: 0, participants: 0 }) }));
  const byActivity = (a: (typeof ranked)[number], b: (typeof ranked)[number]) =>
    b.exchanges - a.exchanges || b.participants - a.participants || a.school.nameZh.localeCompare(b.school.nameZh, 'zh-CN');

  return {
    scope: scope.view,
    period,
    totals: {
      agreementsInForce: agreements.filter((a) => a.status === 'in_force').length,
      agreements: agreements.length,
      pairingsActive: pairings.filter((p) => p.status === 'active').length,
      pairingsEnded: pairings.filter((p) => p.status === 'ended').length,
      communities: bodies.communities,
      alliances: bodies.alliances,
      schoolsInvolved: schools.length,
      exchanges: monthly.reduce((t, m) => t + m.exchanges, 0),
      participants: monthly.reduce((t, m) => t + m.participants, 0),
    },
    pairingsByBatch: batches.map((batch) => ({
      batch,
      active: pairings.filter((p) => p.batch === batch && p.status === 'active').length,
      ended: pairings.filter((p) => p.batch === batch && p.status === 'ended').length,
    })),
    monthly,
    yearly,
    dormantMonths,
    dormantCount: dormant.total,
    dormant: dormant.items,
    topSchools: [...ranked].sort(byActivity).slice(0, top),
    leastActiveSchools: [...ranked].sort((a, b) => byActivity(b, a)).slice(0, top),
  };
}

export async function getDashboard(db: Db, actor: Actor, query: DashboardQuery, now = new Date()): Promise<DashboardView> {
  return buildDashboard(db, await resolveScope(db, actor, query.regionId), query, now);
}

/** Activity levels by exchanges over the map's months: none, then thirds of the busiest school's count. */
const levelOf = (exchanges: number, busiest: number) =>
  exchanges === 0 ? ('none' as const) : exchanges * 3 <= busiest ? ('low' as const) : exchanges * 3 <= busiest * 2 ? ('medium' as const) : ('high' as const);

/**
 * Schools of the scope with their activity, the partner schools of its pairings (outside the scope: name and
 * place only), and a line per active pairing.
 */
export async function buildMap(db: Db, scope: DashboardScope, query: MapQuery, now = new Date()): Promise<MapFigures> {
  const months = query.months ?? 12;
  const to = monthOf(chinaToday(now));
  const from = monthsBack(to, months);
  const [schools, bySchool, active] = await Promise.all([
    repo.involvedSchools(db, scope.path, from, to),
    repo.activityBySchool(db, scope.path, from, to),
    repo.activePairingsWithLastExchange(db, scope.path),
  ]);
  const members = await repo.schoolsOfPairings(
    db,
    active.map((p) => p.id),
  );
  const membersOf = groupBy(members, (m) => m.pairing_id);
  const counts = new Map(bySchool.map((r) => [r.organization_id, Number(r.exchanges)]));
  const busiest = Math.max(0, ...schools.map((s) => counts.get(s.id) ?? 0));
  const shown = new Map<string, MapFigures['schools'][number]>(
    schools.map((s) => {
      const exchanges = counts.get(s.id) ?? 0;
      return [s.id, { ...summary(s), inScope: true, exchanges, activity: levelOf(exchanges, busiest) }];
    }),
  );
  for (const m of members) {
    if (!shown.has(m.id)) shown.set(m.id, { ...summary(m), inScope: false, exchanges: null, activity: null });
  }
  const dormantIds = new Set(dormantOf(active, query.dormantMonths ?? 6, now).map((p) => p.id));
  return {
    scope: scope.view,
    months,
    schools: [...shown.values()],
    pairings: active.map((p) => ({ id: p.id, batch: p.batch, schoolIds: (membersOf.get(p.id) ?? []).map((m) => m.id), dormant: dormantIds.has(p.id) })),
  };
}

export async function getMap(db: Db, actor: Actor, query: MapQuery, tileLayers = 0, now = new Date()): Promise<MapView> {
  return { ...(await buildMap(db, await resolveScope(db, actor, query.regionId), query, now)), tileLayers };
}
