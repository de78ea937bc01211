import { randomUUID } from 'node:crypto';
import type { MembershipRole } from '../../../../../common/cooperation.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import * as alliances from '../alliances/alliances.repository.ts';
import * as communities from '../communities/communities.repository.ts';
import { findOrganizations } from '../cooperation.repository.ts';
import { insertMemberships } from './memberships.service.ts';

// Test data only: communities and alliances written straight into the tables.

let counter = 0;
const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface MemberFixture {
  organizationId: string;
  role: MembershipRole;
  status?: 'active' | 'requested';
}

async function addMembers(db: DbOrTx, type: 'community' | 'alliance', id: string, members: MemberFixture[]): Promise<string[]> {
  const infos = await findOrganizations(
    db,
    members.map((m) => m.organizationId),
  );
  return insertMemberships(
    db,
    { type, id },
    null,
    members.map((m) => ({ org: infos.get(m.organizationId)!, role: m.role, status: m.status ?? 'active', joinedOn: '2025-09-01' })),
  );
}

/** A community led by `lead`; returns its id and the membership ids in the order given (lead first). */
export async function insertCommunityFixture(db: DbOrTx, lead: string, members: Omit<MemberFixture, 'role'>[] = []) {
  const id = randomUUID();
  const now = nowIso();
  await communities.insertCommunity(db, {
    id,
    name: uniqueName('测试共同体'),
    lead_school_id: lead,
    description: null,
    founded_on: '2025-09-01',
    created_by: null,
    created_at: now,
    updated_at: now,
  });
  const membershipIds = await addMembers(db, 'community', id, [
    { organizationId: lead, role: 'lead' },
    ...members.map((m) => ({ ...m, role: 'member' as const })),
  ]);
  return { id, membershipIds };
}

/** An alliance with these members (one of them the chair). */
export async function insertAllianceFixture(db: DbOrTx, members: MemberFixture[]) {
  const id = randomUUID();
  const now = nowIso();
  await alliances.insertAlliance(db, {
    id,
    name: uniqueName('测试联盟'),
    description: null,
    focus_areas: JSON.stringify(['smart_education']),
    founded_on: '2025-09-01',
    created_by: null,
    created_at: now,
    updated_at: now,
  });
  return { id, membershipIds: await addMembers(db, 'alliance', id, members) };
}
