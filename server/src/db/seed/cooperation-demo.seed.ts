import { randomUUID } from 'node:crypto';
import type { ExchangeKind } from '../../../../common/cooperation.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import * as agreements from '../../modules/cooperation/agreements/agreements.repository.ts';
import * as alliances from '../../modules/cooperation/alliances/alliances.repository.ts';
import * as communities from '../../modules/cooperation/communities/communities.repository.ts';
import { findOrganizations, type OrganizationInfo } from '../../modules/cooperation/cooperation.repository.ts';
import * as exchanges from '../../modules/cooperation/exchanges/exchanges.repository.ts';
import * as memberships from '../../modules/cooperation/memberships/memberships.repository.ts';
import { insertMemberships } from '../../modules/cooperation/memberships/memberships.service.ts';
import { replaceTags } from '../../modules/cooperation/partner-finder/partner-finder.repository.ts';
import { recordPairingEvent } from '../../modules/cooperation/pairings/pairing-status.ts';
import * as pairings from '../../modules/cooperation/pairings/pairings.repository.ts';
import { liveKeyOf } from '../../modules/cooperation/pairings/pairings.service.ts';
import { chinaToday } from '../../modules/cooperation/scope.ts';
import { agreementSeeds, allianceSeeds, communitySeeds, pairingSeeds, profileSeeds } from './data/cooperation.data.ts';

// The cooperation network of the reports, and three years of exchanges drawn from a fixed pseudo-random
// sequence (the same every time), dated back from today so that the dashboards look like a real year.

/** mulberry32: a small deterministic generator, good enough for demonstration data. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      let roll = next() * items.reduce((t, [, w]) => t + w, 0);
      for (const [item, weight] of items) if ((roll -= weight) < 0) return item;
      return items[items.length - 1]![0];
    },
  };
}
type Random = ReturnType<typeof generator>;

const SHORT_PREFIXES = ['重庆市江北区', '重庆两江新区', '四川天府新区', '重庆市', '四川省', '成都市', '北川羌族自治县'];
const shortName = (name: string) =>
  SHORT_PREFIXES.reduce((n, prefix) => (n.startsWith(prefix) && n.length > prefix.length + 2 ? n.slice(prefix.length) : n), name);
const SUBJECTS = ['语文', '数学', '英语', '科学', '道德与法治', '音乐', '体育与健康', '信息科技'];
const TOPICS = ['新课标下的大单元教学', '作业设计与减负提质', '课堂评价改革', '跨学科主题学习', '青年教师专业成长', '班主任工作艺术'];

function titleOf(kind: ExchangeKind, host: OrganizationInfo, partner: OrganizationInfo, random: Random): string {
  const [h, p] = [shortName(host.nameZh), shortName(partner.nameZh)];
  switch (kind) {
    case 'visit':
      return `${p}赴${h}考察交流`;
    case 'hosted_delegation':
      return `${h}接待${p}考察团`;
    case 'joint_research':
      return `${random.pick(SUBJECTS)}联合教研：${random.pick(TOPICS)}`;
    case 'lecture':
      return `专题讲座：${random.pick(TOPICS)}`;
    case 'training':
      return `${h}骨干教师跟岗培训`;
    case 'online_session':
      return `“一块屏”同步课堂：${random.pick(SUBJECTS)}`;
    case 'secondment':
      return `${p}干部到${h}挂职`;
    case 'outreach_teaching':
      return `${h}送教到${p}`;
  }
}

const PARTICIPANTS: Record<ExchangeKind, [number, number]> = {
  visit: [6, 30],
  hosted_delegation: [8, 40],
  joint_research: [20, 120],
  lecture: [40, 200],
  training: [10, 50],
  online_session: [30, 300],
  secondment: [1, 3],
  outreach_teaching: [5, 15],
};
const PAIRING_KINDS = [
  ['visit', 25],
  ['hosted_delegation', 8],
  ['joint_research', 22],
  ['online_session', 18],
  ['lecture', 10],
  ['training', 10],
  ['secondment', 4],
  ['outreach_teaching', 3],
] as const;
const COMMUNITY_KINDS = [
  ['joint_research', 50],
  ['online_session', 25],
  ['lecture', 15],
  ['visit', 10],
] as const;
const VOCATIONAL_KINDS = [
  ['training', 40],
  ['joint_research', 25],
  ['visit', 25],
  ['lecture', 10],
] as const;

/** The 36 months up to this one, oldest first. */
function lastMonths(today: string, count: number): string[] {
  const [year, month] = today.slice(0, 7).split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + month - 1 - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
/** Fewer exchanges in the winter and summer holidays. */
const seasonOf = (month: string) => (['01', '02', '07', '08'].includes(month.slice(5)) ? 0.35 : 1);

interface PlannedExchange {
  kind: ExchangeKind;
  occurredOn: string;
  host: OrganizationInfo;
  partners: OrganizationInfo[];
  link: { pairingId?: string; communityId?: string; allianceId?: string };
}

/** The bureau whose region is the closest one above (or at) an organization's. */
function bureauOf(bureaus: OrganizationInfo[], org: OrganizationInfo): OrganizationInfo | undefined {
  return bureaus.filter((b) => org.regionPath.startsWith(b.regionPath)).sort((a, b) => b.regionPath.length - a.regionPath.length)[0];
}

/** 9:00 in China on a date, moved by some days: when the demo's steps happened, not when it was seeded. */
function morningOf(date: string, days = 0): string {
  const at = new Date(`${date}T01:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString();
}

async function seedNetwork(tx: DbOrTx, orgs: Map<string, OrganizationInfo>, bureaus: OrganizationInfo[], createdBy: string) {
  const now = nowIso();
  const org = (key: string) => {
    const found = orgs.get(key);
    if (!found) throw new Error(`demo organization missing: ${key}`);
    return found;
  };
  const agreementIds = new Map<string, string>();
  for (const a of agreementSeeds) {
    const id = randomUUID();
    agreementIds.set(a.title, id);
    const isDraft = a.confirmedBy !== undefined;
    const confirmed = (key: string) => !isDraft || a.confirmedBy!.includes(key);
    await agreements.insertAgreement(
      tx,
      {
        id,
        title: a.title,
        scope: a.scope,
        focus_areas: JSON.stringify(a.focusAreas),
        signed_on: a.signedOn,
        starts_on: a.signedOn,
        ends_on: a.endsOn,
        status: isDraft ? 'draft' : 'in_force',
        document_file_id: null,
        in_force_at: isDraft ? null : morningOf(a.signedOn),
        ended_at: null,
        ended_by: null,
        end_reason: null,
        client_key: null,
        created_by: createdBy,
        created_at: morningOf(a.signedOn, -30),
        updated_at: morningOf(a.signedOn),
      },
      a.parties.map((key, index) => ({
        agreement_id: id,
        organization_id: key,
        region_path: org(key).regionPath,
        confirmed_at: confirmed(key) ? morningOf(a.signedOn, isDraft ? 3 : -index) : null,
        confirmed_by: null,
      })),
    );
  }
  const pairingIds: { id: string; schools: OrganizationInfo[]; startsOn: string; quiet: boolean }[] = [];
  for (const p of pairingSeeds) {
    const id = randomUUID();
    const schools = p.schools.map(org);
    await pairings.insertPairing(tx, {
      id,
      batch: p.batch,
      focus_areas: JSON.stringify(p.focusAreas),
      agreement_id: p.agreement ? agreementIds.get(p.agreement)! : null,
      starts_on: p.startsOn,
      ends_on: null,
      description: null,
      proposer_school_id: schools[0]!.id,
      proposed_by: null,
      status: 'active',
      live_key: liveKeyOf(p.schools),
      decision_reason: null,
      decided_by: null,
      decided_at: null,
      activated_at: morningOf(p.startsOn, -20),
      ended_at: null,
      ended_by: null,
      end_reason: null,
      created_at: morningOf(p.startsOn, -60),
      updated_at: morningOf(p.startsOn, -20),
    });
    // Proposed two months before the start, accepted a fortnight later, approved by each side's bureau after that.
    await pairings.insertSchools(
      tx,
      schools.map((s, index) => ({
        pairing_id: id,
        school_id: s.id,
        region_id: s.regionId,
        region_path: s.regionPath,
        accepted_at: morningOf(p.startsOn, index === 0 ? -60 : -45),
        accepted_by: null,
      })),
    );
    for (const [index, s] of schools.entries()) {
      await pairings.insertApproval(tx, {
        pairing_id: id,
        region_id: s.regionId,
        bureau_id: bureauOf(bureaus, s)?.id ?? null,
        approved_by: null,
        approved_at: morningOf(p.startsOn, index === 0 ? -30 : -20),
      });
    }
    await recordPairingEvent(tx, id, { actorUserId: null, kind: 'imported', to: 'active' }, now);
    pairingIds.push({ id, schools, startsOn: p.startsOn, quiet: !!p.quiet });
  }
  const communityIds: { id: string; members: OrganizationInfo[]; foundedOn: string }[] = [];
  for (const c of communitySeeds) {
    const id = randomUUID();
    await communities.insertCommunity(tx, {
      id,
      name: c.name,
      lead_school_id: c.lead,
      description: c.description,
      founded_on: c.foundedOn,
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    });
    await insertMemberships(tx, { type: 'community', id }, null, [
      { org: org(c.lead), role: 'lead', status: 'active', joinedOn: c.foundedOn },
      ...c.members.map((key) => ({ org: org(key), role: 'member' as const, status: 'active' as const, joinedOn: c.foundedOn })),
      ...(c.requested ?? []).map((key) => ({ org: org(key), role: 'member' as const, status: 'requested' as const, note: '希望加入共同体，参与联合教研。' })),
    ]);
    for (const former of c.formerMembers ?? []) {
      await memberships.insertMembership(tx, {
        id: randomUUID(),
        body_type: 'community',
        body_id: id,
        organization_id: former.school,
        region_path: org(former.school).regionPath,
        role: 'member',
        status: 'left',
        live_key: null,
        requested_by: null,
        requested_at: now,
        decided_by: null,
        decided_at: now,
        decision_reason: null,
        joined_on: former.joinedOn,
        left_on: former.leftOn,
        left_reason: former.reason,
        version: 1,
      });
    }
    communityIds.push({ id, members: [c.lead, ...c.members].map(org), foundedOn: c.foundedOn });
  }
  const allianceIds: { id: string; members: OrganizationInfo[]; foundedOn: string; vocational: boolean }[] = [];
  for (const a of allianceSeeds) {
    const id = randomUUID();
    await alliances.insertAlliance(tx, {
      id,
      name: a.name,
      description: a.description,
      focus_areas: JSON.stringify(a.focusAreas),
      founded_on: a.foundedOn,
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    });
    await insertMemberships(
      tx,
      { type: 'alliance', id },
      null,
      a.members.map((m) => ({ org: org(m.organization), role: m.role, status: 'active' as const, joinedOn: a.foundedOn })),
    );
    allianceIds.push({
      id,
      members: a.members.map((m) => org(m.organization)).filter((o) => o.kind === 'school'),
      foundedOn: a.foundedOn,
      vocational: a.focusAreas.includes('vocational_programs'),
    });
  }
  for (const [key, tags] of Object.entries(profileSeeds)) {
    await replaceTags(tx, key, [
      ...tags.strengths.map((tag) => ({ kind: 'strength' as const, tag })),
      ...tags.needs.map((tag) => ({ kind: 'need' as const, tag })),
    ]);
  }
  return { agreements: agreementSeeds.map((a) => a.parties.map(org)), pairings: pairingIds, communities: communityIds, alliances: allianceIds };
}

function planExchanges(network: Awaited<ReturnType<typeof seedNetwork>>, today: string): PlannedExchange[] {
  const random = generator(20231125);
  const months = lastMonths(today, 36);
  const quietFrom = months[months.length - 8]!;
  const planned: PlannedExchange[] = [];
  const dayIn = (month: string) => `${month}-${String(random.int(3, 27)).padStart(2, '0')}`;
  for (const month of months) {
    const season = seasonOf(month);
    const occurredOn = dayIn(month);
    if (occurredOn > today) continue;
    for (const p of network.pairings) {
      if (month < p.startsOn.slice(0, 7) || (p.quiet && month >= quietFrom) || random.next() > 0.75 * season) continue;
      const [host, partner] = random.next() < 0.5 ? [p.schools[0]!, p.schools[1]!] : [p.schools[1]!, p.schools[0]!];
      const day = dayIn(month);
      planned.push({ kind: random.weighted(PAIRING_KINDS), occurredOn: day > today ? today : day, host, partners: [partner], link: { pairingId: p.id } });
    }
    for (const c of network.communities) {
      if (month < c.foundedOn.slice(0, 7) || random.next() > 0.35 * season) continue;
      const host = random.pick(c.members);
      planned.push({
        kind: random.weighted(COMMUNITY_KINDS),
        occurredOn,
        host,
        partners: c.members.filter((m) => m.id !== host.id),
        link: { communityId: c.id },
      });
    }
    for (const a of network.alliances) {
      if (month < a.foundedOn.slice(0, 7) || random.next() > (a.vocational ? 0.4 : 0.55) * season) continue;
      const host = random.pick(a.members);
      const others = a.members.filter((m) => m.id !== host.id);
      const partners = others.filter(() => random.next() < 0.45);
      planned.push({
        kind: a.vocational ? random.weighted(VOCATIONAL_KINDS) : 'online_session',
        occurredOn,
        host,
        partners: partners.length > 0 ? partners : [random.pick(others)],
        link: { allianceId: a.id },
      });
    }
    for (const parties of network.agreements) {
      if (random.next() > 0.15 * season) continue;
      const [host, partner] = random.next() < 0.5 ? [parties[0]!, parties[1]!] : [parties[1]!, parties[0]!];
      planned.push({ kind: random.next() < 0.5 ? 'hosted_delegation' : 'visit', occurredOn, host, partners: [partner], link: {} });
    }
  }
  return planned;
}

/**
 * Agreements, pairings in four batches, communities, alliances, profiles and about three years of exchanges.
 * Returns the number of exchanges, 0 when the network is there already.
 */
export async function seedDemoCooperation(db: Db, now = new Date()): Promise<number> {
  if (await db.selectFrom('cooperation_pairings').select('id').limit(1).executeTakeFirst()) return 0;
  const keys = [
    ...new Set([
      ...agreementSeeds.flatMap((a) => a.parties),
      ...pairingSeeds.flatMap((p) => p.schools),
      ...communitySeeds.flatMap((c) => [c.lead, ...c.members, ...(c.requested ?? []), ...(c.formerMembers ?? []).map((f) => f.school)]),
      ...allianceSeeds.flatMap((a) => a.members.map((m) => m.organization)),
    ]),
  ];
  const orgs = await findOrganizations(db, keys);
  const bureauRows = await db.selectFrom('organizations').select('id').where('kind', '=', 'bureau').execute();
  const bureaus = [
    ...(
      await findOrganizations(
        db,
        bureauRows.map((b) => b.id),
      )
    ).values(),
  ];
  const people = await db
    .selectFrom('users')
    .innerJoin('role_grants', 'role_grants.user_id', 'users.id')
    .select(['users.id', 'users.username', 'role_grants.organization_id'])
    .where('users.username', 'in', ['jiangbei.admin', 'xincun.teacher', 'xincun.admin', 'paotong.admin', 'qingyang.admin'])
    .execute();
  const author = people.find((p) => p.username === 'jiangbei.admin')?.id ?? null;
  const today = chinaToday(now);
  return db.transaction().execute(async (tx) => {
    const network = await seedNetwork(tx, orgs, bureaus, author ?? (await anyUser(tx)));
    const planned = planExchanges(network, today);
    const random = generator(7);
    const stamp = nowIso();
    for (const e of planned) {
      const [low, high] = PARTICIPANTS[e.kind];
      const ids = [e.host.id, ...e.partners.map((p) => p.id)];
      const named = people.filter((p) => p.organization_id && ids.includes(p.organization_id) && random.next() < 0.6);
      const participantCount = Math.max(random.int(low, high), named.length);
      await exchanges.insertExchange(tx, {
        exchange: {
          id: randomUUID(),
          kind: e.kind,
          title: titleOf(e.kind, e.host, e.partners[0]!, random),
          occurred_on: e.occurredOn,
          occurred_month: e.occurredOn.slice(0, 7),
          host_organization_id: e.host.id,
          pairing_id: e.link.pairingId ?? null,
          community_id: e.link.communityId ?? null,
          alliance_id: e.link.allianceId ?? null,
          participant_count: participantCount,
          summary: null,
          client_key: null,
          created_by: author,
          created_at: stamp,
          updated_at: stamp,
        },
        organizations: [e.host, ...e.partners].map((o, index) => ({ organizationId: o.id, role: index === 0 ? 'host' : 'partner', regionPath: o.regionPath })),
        participants: [...new Map(named.map((p) => [p.id, { userId: p.id, organizationId: p.organization_id! }])).values()],
      });
    }
    return planned.length;
  });
}

/** Some user to stand as the author where the demo accounts are missing (agreements need one). */
async function anyUser(db: DbOrTx): Promise<string> {
  const user = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (!user) throw new Error('the cooperation demo needs the demo accounts seeded first');
  return user.id;
}
