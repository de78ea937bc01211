import { randomUUID } from 'node:crypto';
import type { ExchangeKind } from '../../../../../common/cooperation.ts';
import { can } from '../../../platform/access/policy.ts';
import { nowIso } from '../../../platform/db/database.ts';
import * as exchanges from '../exchanges/exchanges.repository.ts';
import { exchangeColumns } from '../exchanges/exchanges.service.ts';
import { liveKeyOf } from '../pairings/pairings.service.ts';
import { both, choice, column, count, parseDate, text, type ImportColumn } from './import.columns.ts';
import type { ImportKind } from './import.kind.ts';
import { EXCHANGE_KIND_LABELS, allowedOf } from './import.labels.ts';
import { loadBodies, loadExchangeKeys, loadPairings, type OrganizationRef } from './import.repository.ts';

// Past exchanges from a file. Each row gets a key made of the file's hash and its row number, so that
// importing the same file again is refused row by row instead of logging everything twice.

interface ExchangeDraft {
  occurredOn?: string;
  kind?: ExchangeKind;
  title?: string;
  host?: OrganizationRef;
  partners?: OrganizationRef[];
  participantCount?: number;
  pairingSchools?: OrganizationRef[];
  community?: string;
  alliance?: string;
  summary?: string;
}

interface ExchangePlan {
  draft: ExchangeDraft & {
    occurredOn: string;
    kind: ExchangeKind;
    title: string;
    host: OrganizationRef;
    partners: OrganizationRef[];
    participantCount: number;
  };
  link: { pairingId: string | null; communityId: string | null; allianceId: string | null };
  clientKey: string;
}

const columns: ImportColumn<ExchangeDraft>[] = [
  column({
    key: 'occurredOn',
    header: both('日期', 'Date'),
    required: true,
    note: both('必填。如 2024-05-16。', 'Required. E.g. 2024-05-16.'),
    parse: parseDate,
    set: (d, v) => {
      d.occurredOn = v;
    },
  }),
  column({
    key: 'kind',
    header: both('类型', 'Kind'),
    required: true,
    note: both(`必填。可选：${allowedOf(EXCHANGE_KIND_LABELS, 'zh-CN')}。`, `Required. One of: ${allowedOf(EXCHANGE_KIND_LABELS, 'en-US')}.`),
    parse: choice(EXCHANGE_KIND_LABELS),
    set: (d, v: ExchangeKind) => {
      d.kind = v;
    },
  }),
  column({
    key: 'title',
    header: both('标题', 'Title'),
    required: true,
    note: both('必填。2–120 个字符。', 'Required. 2–120 characters.'),
    parse: text(2, 120),
    set: (d, v) => {
      d.title = v;
    },
  }),
  column({
    key: 'host',
    header: both('主办单位', 'Host'),
    required: true,
    note: both('必填。学校标识码或准确的机构名称。', 'Required. School code or exact name of the organization.'),
    parse: (v, ctx) => ctx.organizations.find(v, false),
    set: (d, v) => {
      d.host = v;
    },
  }),
  column({
    key: 'partners',
    header: both('参与单位', 'Partners'),
    required: true,
    note: both('必填。一个或多个，用顿号、逗号或分号分隔。', 'Required. One or more, separated by commas or semicolons.'),
    parse: (v, ctx) => ctx.organizations.findAll(v, false),
    set: (d, v) => {
      d.partners = v;
    },
  }),
  column({
    key: 'participantCount',
    header: both('参与人数', 'Participants'),
    required: true,
    note: both('必填。0 到 100000 的整数。', 'Required. A whole number from 0 to 100000.'),
    parse: count(0, 100000),
    set: (d, v) => {
      d.participantCount = v;
    },
  }),
  column({
    key: 'pairing',
    header: both('所属结对', 'Pairing'),
    note: both(
      '选填。结对学校（标识码或校名），找到这些学校之间的结对。',
      'Optional. The schools of the pairing (codes or names); the pairing of exactly these schools.',
    ),
    parse: (v, ctx) => ctx.organizations.findAll(v, true),
    set: (d, v) => {
      d.pairingSchools = v;
    },
  }),
  column({
    key: 'community',
    header: both('所属共同体', 'Community'),
    note: both('选填。共同体的准确名称。', 'Optional. The exact name of the community.'),
    parse: text(1, 100),
    set: (d, v) => {
      d.community = v;
    },
  }),
  column({
    key: 'alliance',
    header: both('所属联盟', 'Alliance'),
    note: both('选填。联盟的准确名称。', 'Optional. The exact name of the alliance.'),
    parse: text(1, 100),
    set: (d, v) => {
      d.alliance = v;
    },
  }),
  column({
    key: 'summary',
    header: both('摘要', 'Summary'),
    note: both('选填。最多 5000 个字符。', 'Optional. At most 5000 characters.'),
    parse: text(1, 5000),
    set: (d, v) => {
      d.summary = v;
    },
  }),
];

export const exchangesImport: ImportKind<ExchangeDraft, ExchangePlan> = {
  name: 'exchanges',
  sheet: both('交流活动', 'Exchanges'),
  columns,
  async prepare(db, actor, _ctx, fileKey) {
    const [bodies, existing, imported] = await Promise.all([loadBodies(db), loadPairings(db), loadExchangeKeys(db, actor.userId, `import:${fileKey}:`)]);
    const setOf = new Map<string, string[]>();
    for (const s of existing.schools) setOf.set(s.pairing_id, [...(setOf.get(s.pairing_id) ?? []), s.school_id]);
    // The pairing of a set of schools: the live one if any, else the latest.
    const pairingOf = new Map<string, { id: string; live: boolean; startsOn: string }>();
    for (const p of existing.pairings) {
      const key = liveKeyOf(setOf.get(p.id) ?? []);
      const known = pairingOf.get(key);
      if (!known || (!known.live && (p.live_key !== null || p.starts_on > known.startsOn)))
        pairingOf.set(key, { id: p.id, live: p.live_key !== null, startsOn: p.starts_on });
    }
    const isPlatform = actor.grants.some((g) => g.role === 'platform_admin');
    const membersOf = (bodyId: string) => new Set(bodies.members.filter((m) => m.body_id === bodyId).map((m) => m.organization_id));

    return ({ number, draft }, report) => {
      const clientKey = `import:${fileKey}:${number}`;
      if (imported.has(clientKey)) return (report(null, { key: 'alreadyImported' }), null);
      const host = draft.host!;
      const partners = draft.partners!;
      const repeated = partners.find((p) => p.id === host.id);
      if (repeated) return (report('partners', { key: 'repeated', params: { value: repeated.nameZh } }), null);
      const ids = [host.id, ...partners.map((p) => p.id)];
      const links = [draft.pairingSchools ? 'pairing' : null, draft.community ? 'community' : null, draft.alliance ? 'alliance' : null].filter(
        (l) => l !== null,
      );
      if (links.length > 1) return (report(links[1]!, { key: 'linkMultiple' }), null);
      const link = { pairingId: null as string | null, communityId: null as string | null, allianceId: null as string | null };
      let members: Set<string> | null = null;
      if (draft.pairingSchools) {
        const pairing = pairingOf.get(liveKeyOf(draft.pairingSchools.map((s) => s.id)));
        if (!pairing) return (report('pairing', { key: 'pairingUnknown' }), null);
        link.pairingId = pairing.id;
        members = new Set(draft.pairingSchools.map((s) => s.id));
      } else if (draft.community || draft.alliance) {
        const [list, name, key] = draft.community
          ? ([bodies.communities, draft.community, 'community'] as const)
          : ([bodies.alliances, draft.alliance!, 'alliance'] as const);
        const body = list.find((b) => b.name === name);
        if (!body) return (report(key, { key: 'bodyUnknown', params: { value: name } }), null);
        if (key === 'community') link.communityId = body.id;
        else link.allianceId = body.id;
        members = membersOf(body.id);
      }
      if (members && !ids.some((id) => members.has(id))) return (report(links[0]!, { key: 'linkWithoutParticipant' }), null);
      const organizations = [host, ...partners].map((o) => ({ organizationId: o.id, kind: o.kind, regionPath: o.regionPath }));
      if (!isPlatform && !can(actor, 'create', { type: 'cooperation_exchange', createdBy: actor.userId, organizations }))
        return (report('host', { key: 'exchangeOutsideJurisdiction' }), null);
      return { draft: draft as ExchangePlan['draft'], link, clientKey };
    };
  },
  async write(tx, plans, actor) {
    const now = nowIso();
    for (const { draft, link, clientKey } of plans) {
      const fields = {
        kind: draft.kind,
        title: draft.title,
        occurredOn: draft.occurredOn,
        hostOrganizationId: draft.host.id,
        partnerOrganizationIds: draft.partners.map((p) => p.id),
        participantCount: draft.participantCount,
        summary: draft.summary ?? null,
        ...link,
      };
      await exchanges.insertExchange(tx, {
        exchange: { id: randomUUID(), ...exchangeColumns(fields), client_key: clientKey, created_by: actor.userId, created_at: now, updated_at: now },
        organizations: [draft.host, ...draft.partners].map((o, index) => ({
          organizationId: o.id,
          role: index === 0 ? 'host' : 'partner',
          regionPath: o.regionPath,
        })),
        participants: [],
      });
    }
  },
};
