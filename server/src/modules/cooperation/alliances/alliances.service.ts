import { randomUUID } from 'node:crypto';
import { ALLIANCE_MANAGING_ROLES, type AllianceRole, type FocusArea } from '../../../../../common/cooperation.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { authorize, can } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, conflict, notFound } from '../../../platform/http/errors.ts';
import { findOrganizations, summaryOf, toOrgRef, type OrganizationInfo } from '../cooperation.repository.ts';
import { findRegionPath } from '../cooperation.service.ts';
import * as members from '../memberships/memberships.repository.ts';
import { insertMemberships, memberOrganization, presentMemberships, type BodyContext } from '../memberships/memberships.service.ts';
import * as repo from './alliances.repository.ts';
import type { AllianceDetail, AllianceListQuery, AllianceView, CreateAllianceBody, UpdateAllianceBody } from './alliances.schemas.ts';

// Alliances (联盟): member organizations with roles; the chair and vice-chairs (and the bureaus above
// them) run it.

const contextOf = (id: string, managers: OrganizationInfo[]): BodyContext => ({
  type: 'alliance',
  id,
  resource: { type: 'cooperation_body', bodyType: 'alliance', managers: managers.map(toOrgRef) },
  anchorRole: 'chair',
  schoolsOnly: false,
});

const managersOf = (rows: members.MembershipRow[], infos: Map<string, OrganizationInfo>) =>
  rows.filter((m) => m.status === 'active' && ALLIANCE_MANAGING_ROLES.includes(m.role as AllianceRole)).map((m) => infos.get(m.organization_id)!);

export async function loadAlliance(db: DbOrTx, actor: Actor, id: string) {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const alliance = await repo.findAlliance(db, id);
  if (!alliance) throw notFound();
  const memberships = await members.findMemberships(db, 'alliance', [id]);
  const infos = await findOrganizations(
    db,
    memberships.map((m) => m.organization_id),
  );
  return { alliance, memberships, ctx: contextOf(id, managersOf(memberships, infos)) };
}

async function present(db: DbOrTx, actor: Actor, rows: repo.AllianceRow[]): Promise<AllianceView[]> {
  const memberships = await members.findMemberships(
    db,
    'alliance',
    rows.map((r) => r.id),
  );
  const infos = await findOrganizations(
    db,
    memberships.map((m) => m.organization_id),
  );
  return rows.map((row) => {
    const own = memberships.filter((m) => m.body_id === row.id);
    const active = own.filter((m) => m.status === 'active');
    const chair = active.find((m) => m.role === 'chair');
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      focusAreas: JSON.parse(row.focus_areas) as FocusArea[],
      foundedOn: row.founded_on,
      chair: chair ? summaryOf(infos.get(chair.organization_id)!) : null,
      memberCount: active.length,
      regionCount: new Set(active.map((m) => infos.get(m.organization_id)?.regionId)).size,
      permissions: { canUpdate: can(actor, 'update', contextOf(row.id, managersOf(own, infos)).resource) },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  });
}

export async function listAlliances(db: Db, actor: Actor, query: AllianceListQuery) {
  authorize(actor, 'list', { type: 'cooperation_network' });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const regionPath = query.regionId ? await findRegionPath(db, query.regionId) : undefined;
  const { rows, total } = await repo.listAlliances(db, {
    q: query.q,
    regionPath,
    organizationId: query.organizationId,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { items: await present(db, actor, rows), total };
}

export async function getAlliance(db: DbOrTx, actor: Actor, id: string): Promise<AllianceDetail> {
  const { alliance, memberships, ctx } = await loadAlliance(db, actor, id);
  const [view] = await present(db, actor, [alliance]);
  return { ...view!, ...(await presentMemberships(db, actor, ctx, memberships)) };
}

const nameTaken = (name: string) => new AppError('cooperation.name_taken', 409, { name }, [{ field: '/name', message: '' }]);

/** Founded by the chair organization's admin (or a bureau above it), with its first members and their roles. */
export async function createAlliance(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  input: CreateAllianceBody,
): Promise<{ alliance: AllianceDetail; created: boolean }> {
  authorize(actor, 'read', { type: 'cooperation_network' });
  if (input.members.filter((m) => m.role === 'chair').length !== 1)
    throw new AppError('cooperation.chair_required', 400, {}, [{ field: '/members', message: '' }]);
  if (new Set(input.members.map((m) => m.organizationId)).size !== input.members.length)
    throw new AppError('request.invalid', 400, {}, [{ field: '/members', message: '' }]);
  const orgs: OrganizationInfo[] = [];
  for (const [index, member] of input.members.entries())
    orgs.push(await memberOrganization(db, { schoolsOnly: false }, member.organizationId, `/members/${index}/organizationId`));
  const id = randomUUID();
  const chair = orgs[input.members.findIndex((m) => m.role === 'chair')]!;
  const ctx = contextOf(id, [chair]);
  authorize(actor, 'create', ctx.resource);
  const existingId = await db.transaction().execute(async (tx) => {
    const now = nowIso();
    const inserted = await repo.insertAlliance(tx, {
      id,
      name: input.name,
      description: input.description ?? null,
      focus_areas: JSON.stringify(input.focusAreas),
      founded_on: input.foundedOn ?? null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    if (!inserted) {
      const existing = await repo.findAllianceByName(tx, input.name);
      if (existing && existing.created_by === actor.userId) return existing.id;
      throw nameTaken(input.name);
    }
    await insertMemberships(
      tx,
      ctx,
      actor.userId,
      orgs.map((org, index) => ({ org, role: input.members[index]!.role, status: 'active' as const, joinedOn: input.foundedOn ?? null })),
    );
    await recordAudit(tx, audit, { action: 'alliance.create', objectType: 'alliance', objectId: id, result: 'success', detail: { members: orgs.length } });
    return null;
  });
  return { alliance: await getAlliance(db, actor, existingId ?? id), created: existingId === null };
}

export async function updateAlliance(db: Db, actor: Actor, audit: AuditContext, id: string, input: UpdateAllianceBody): Promise<AllianceDetail> {
  const { ctx } = await loadAlliance(db, actor, id);
  authorize(actor, 'update', ctx.resource);
  const other = await repo.findAllianceByName(db, input.name);
  if (other && other.id !== id) throw nameTaken(input.name);
  await db.transaction().execute(async (tx) => {
    const changes = {
      name: input.name,
      description: input.description,
      focus_areas: JSON.stringify(input.focusAreas),
      founded_on: input.foundedOn,
      updated_at: nowIso(),
    };
    if (!(await repo.updateAlliance(tx, id, input.version, changes))) throw conflict();
    await recordAudit(tx, audit, { action: 'alliance.update', objectType: 'alliance', objectId: id, result: 'success' });
  });
  return getAlliance(db, actor, id);
}

/** A manager gives a member a role. The chair's role passes on only by naming a new chair. */
export async function changeRole(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  id: string,
  membershipId: string,
  input: { role: AllianceRole; version: number },
): Promise<AllianceDetail> {
  const { memberships, ctx } = await loadAlliance(db, actor, id);
  authorize(actor, 'update', ctx.resource);
  const membership = memberships.find((m) => m.id === membershipId);
  if (!membership) throw notFound();
  if (membership.status !== 'active')
    throw new AppError('cooperation.membership_status_invalid', 409, { membershipStatus: `membershipStatus:${membership.status}` });
  if (membership.role === 'chair' && input.role !== 'chair') throw new AppError('cooperation.chair_required', 409);
  if (membership.role === input.role) return getAlliance(db, actor, id);
  await db.transaction().execute(async (tx) => {
    if (!(await repo.setRole(tx, id, membershipId, input.version, input.role))) throw conflict();
    await recordAudit(tx, audit, {
      action: 'alliance.member.role',
      objectType: 'alliance',
      objectId: id,
      result: 'success',
      detail: { membershipId, role: input.role },
    });
  });
  return getAlliance(db, actor, id);
}
