import { randomUUID } from 'node:crypto';
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
import * as repo from './communities.repository.ts';
import type { CommunityDetail, CommunityListQuery, CommunityView, CreateCommunityBody, UpdateCommunityBody } from './communities.schemas.ts';

// School development communities (学校发展共同体): run by the lead school (and the bureaus above it).

const contextOf = (id: string, lead: OrganizationInfo): BodyContext => ({
  type: 'community',
  id,
  resource: { type: 'cooperation_body', bodyType: 'community', managers: [toOrgRef(lead)] },
  anchorRole: 'lead',
  schoolsOnly: true,
});

/** The community and what its membership rules need; staff only (guardians get a 403). */
export async function loadCommunity(db: DbOrTx, actor: Actor, id: string) {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const community = await repo.findCommunity(db, id);
  if (!community) throw notFound();
  const lead = (await findOrganizations(db, [community.lead_school_id])).get(community.lead_school_id)!;
  return { community, ctx: contextOf(id, lead) };
}

async function present(db: DbOrTx, actor: Actor, rows: repo.CommunityRow[]): Promise<CommunityView[]> {
  const memberships = await members.findMemberships(
    db,
    'community',
    rows.map((r) => r.id),
  );
  const infos = await findOrganizations(db, [...rows.map((r) => r.lead_school_id), ...memberships.map((m) => m.organization_id)]);
  return rows.map((row) => {
    const active = memberships.filter((m) => m.body_id === row.id && m.status === 'active');
    const lead = infos.get(row.lead_school_id)!;
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      foundedOn: row.founded_on,
      lead: summaryOf(lead),
      memberCount: active.length,
      regionCount: new Set(active.map((m) => infos.get(m.organization_id)?.regionId)).size,
      permissions: { canUpdate: can(actor, 'update', contextOf(row.id, lead).resource) },
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    };
  });
}

export async function listCommunities(db: Db, actor: Actor, query: CommunityListQuery) {
  authorize(actor, 'list', { type: 'cooperation_network' });
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const regionPath = query.regionId ? await findRegionPath(db, query.regionId) : undefined;
  const { rows, total } = await repo.listCommunities(db, { q: query.q, regionPath, schoolId: query.schoolId, offset: (page - 1) * pageSize, limit: pageSize });
  return { items: await present(db, actor, rows), total };
}

export async function getCommunity(db: DbOrTx, actor: Actor, id: string): Promise<CommunityDetail> {
  const { community, ctx } = await loadCommunity(db, actor, id);
  const [view] = await present(db, actor, [community]);
  return { ...view!, ...(await presentMemberships(db, actor, ctx, await members.findMemberships(db, 'community', [id]))) };
}

const nameTaken = (name: string) => new AppError('cooperation.name_taken', 409, { name }, [{ field: '/name', message: '' }]);

/** Founded by the lead school's admin or a bureau above it, with its first member schools. */
export async function createCommunity(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  input: CreateCommunityBody,
): Promise<{ community: CommunityDetail; created: boolean }> {
  authorize(actor, 'read', { type: 'cooperation_network' });
  const id = randomUUID();
  const lead = await memberOrganization(db, { schoolsOnly: true }, input.leadSchoolId, '/leadSchoolId');
  const ctx = contextOf(id, lead);
  authorize(actor, 'create', ctx.resource);
  const others = input.memberSchoolIds.filter((schoolId) => schoolId !== lead.id);
  const schools: OrganizationInfo[] = [];
  for (const [index, schoolId] of others.entries()) schools.push(await memberOrganization(db, ctx, schoolId, `/memberSchoolIds/${index}`));
  const existingId = await db.transaction().execute(async (tx) => {
    const now = nowIso();
    const inserted = await repo.insertCommunity(tx, {
      id,
      name: input.name,
      lead_school_id: lead.id,
      description: input.description ?? null,
      founded_on: input.foundedOn ?? null,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    if (!inserted) {
      // The same person founding the same community again is a retry: answer with the first one.
      const existing = await repo.findCommunityByName(tx, input.name);
      if (existing && existing.created_by === actor.userId && existing.lead_school_id === lead.id) return existing.id;
      throw nameTaken(input.name);
    }
    const joinedOn = input.foundedOn ?? null;
    await insertMemberships(tx, ctx, actor.userId, [
      { org: lead, role: 'lead', status: 'active', joinedOn },
      ...schools.map((org) => ({ org, role: 'member' as const, status: 'active' as const, joinedOn })),
    ]);
    await recordAudit(tx, audit, {
      action: 'community.create',
      objectType: 'community',
      objectId: id,
      result: 'success',
      detail: { schools: schools.length + 1 },
    });
    return null;
  });
  return { community: await getCommunity(db, actor, existingId ?? id), created: existingId === null };
}

export async function updateCommunity(db: Db, actor: Actor, audit: AuditContext, id: string, input: UpdateCommunityBody): Promise<CommunityDetail> {
  const { community, ctx } = await loadCommunity(db, actor, id);
  authorize(actor, 'update', ctx.resource);
  const moving = input.leadSchoolId !== community.lead_school_id;
  if (moving) {
    const memberships = await members.findMemberships(db, 'community', [id]);
    if (!memberships.some((m) => m.organization_id === input.leadSchoolId && m.status === 'active')) {
      throw new AppError('cooperation.organization_unknown', 400, { id: input.leadSchoolId }, [{ field: '/leadSchoolId', message: '' }]);
    }
  }
  const other = await repo.findCommunityByName(db, input.name);
  if (other && other.id !== id) throw nameTaken(input.name);
  await db.transaction().execute(async (tx) => {
    const changes = { name: input.name, lead_school_id: input.leadSchoolId, description: input.description, founded_on: input.foundedOn, updated_at: nowIso() };
    if (!(await repo.updateCommunity(tx, id, input.version, changes))) throw conflict();
    if (moving) await repo.moveLead(tx, id, input.leadSchoolId);
    await recordAudit(tx, audit, {
      action: 'community.update',
      objectType: 'community',
      objectId: id,
      result: 'success',
      detail: moving ? { leadSchoolId: input.leadSchoolId } : {},
    });
  });
  return getCommunity(db, actor, id);
}
