import { randomUUID } from 'node:crypto';
import { can } from '../../../platform/access/policy.ts';
import { nowIso } from '../../../platform/db/database.ts';
import * as communities from '../communities/communities.repository.ts';
import { insertMemberships } from '../memberships/memberships.service.ts';
import { both, column, parseDate, text, type ImportColumn } from './import.columns.ts';
import type { ImportKind } from './import.kind.ts';
import { loadBodies, type OrganizationRef } from './import.repository.ts';

// Existing school development communities from a file: one row each, the lead school and its members.

interface CommunityDraft {
  name?: string;
  lead?: OrganizationRef;
  members?: OrganizationRef[];
  foundedOn?: string;
  description?: string;
}

interface CommunityPlan {
  name: string;
  lead: OrganizationRef;
  members: OrganizationRef[];
  foundedOn: string | null;
  description: string | null;
}

const columns: ImportColumn<CommunityDraft>[] = [
  column({
    key: 'name',
    header: both('共同体名称', 'Name'),
    required: true,
    note: both('必填。2–100 个字符，不可与已有共同体重名。', 'Required. 2–100 characters, unlike any existing community.'),
    parse: text(2, 100),
    set: (d, v) => {
      d.name = v;
    },
  }),
  column({
    key: 'lead',
    header: both('牵头学校', 'Lead school'),
    required: true,
    note: both('必填。学校标识码或准确的校名。', 'Required. School code or exact name.'),
    parse: (v, ctx) => ctx.organizations.find(v, true),
    set: (d, v) => {
      d.lead = v;
    },
  }),
  column({
    key: 'members',
    header: both('成员学校', 'Member schools'),
    note: both('选填。学校标识码或准确的校名，用顿号、逗号或分号分隔。', 'Optional. School codes or exact names, separated by commas or semicolons.'),
    parse: (v, ctx) => ctx.organizations.findAll(v, true),
    set: (d, v) => {
      d.members = v;
    },
  }),
  column({
    key: 'foundedOn',
    header: both('成立日期', 'Founded on'),
    note: both('选填。如 2024-03-01。', 'Optional. E.g. 2024-03-01.'),
    parse: parseDate,
    set: (d, v) => {
      d.foundedOn = v;
    },
  }),
  column({
    key: 'description',
    header: both('说明', 'Description'),
    note: both('选填。最多 2000 个字符。', 'Optional. At most 2000 characters.'),
    parse: text(1, 2000),
    set: (d, v) => {
      d.description = v;
    },
  }),
];

export const communitiesImport: ImportKind<CommunityDraft, CommunityPlan> = {
  name: 'communities',
  sheet: both('共同体', 'Communities'),
  columns,
  async prepare(db, actor) {
    const taken = new Set((await loadBodies(db)).communities.map((c) => c.name));
    const inFile = new Map<string, number>();
    return ({ number, draft }, report) => {
      const name = draft.name!;
      const lead = draft.lead!;
      if (taken.has(name)) return (report('name', { key: 'nameTaken', params: { value: name } }), null);
      if (inFile.has(name)) return (report('name', { key: 'duplicateRow', params: { row: inFile.get(name)! } }), null);
      inFile.set(name, number);
      const managers = [{ organizationId: lead.id, kind: lead.kind, regionPath: lead.regionPath }];
      if (!can(actor, 'create', { type: 'cooperation_body', bodyType: 'community', managers }))
        return (report('lead', { key: 'leadOutsideJurisdiction' }), null);
      const members = (draft.members ?? []).filter((m) => m.id !== lead.id);
      return { name, lead, members, foundedOn: draft.foundedOn ?? null, description: draft.description ?? null };
    };
  },
  async write(tx, plans, actor) {
    for (const plan of plans) {
      const id = randomUUID();
      const now = nowIso();
      await communities.insertCommunity(tx, {
        id,
        name: plan.name,
        lead_school_id: plan.lead.id,
        description: plan.description,
        founded_on: plan.foundedOn,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      });
      await insertMemberships(tx, { type: 'community', id }, actor.userId, [
        { org: plan.lead, role: 'lead', status: 'active', joinedOn: plan.foundedOn },
        ...plan.members.map((org) => ({ org, role: 'member' as const, status: 'active' as const, joinedOn: plan.foundedOn })),
      ]);
    }
  },
};
