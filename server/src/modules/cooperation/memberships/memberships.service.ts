import { randomUUID } from 'node:crypto';
import type { BodyType, MembershipRole } from '../../../../../common/cooperation.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { CooperationResource } from '../cooperation.policy.ts';
import { authorize, can } from '../../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.ts';
import type { Db, DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import { AppError, conflict, forbidden, notFound } from '../../../platform/http/errors.ts';
import { findOrganization, findOrganizations, summaryOf, toOrgRef, type OrganizationInfo } from '../cooperation.repository.ts';
import { administeredIds, chinaToday } from '../scope.ts';
import * as repo from './memberships.repository.ts';
import type { JoinRequestBody, LeaveBody, MembershipView } from './memberships.schemas.ts';

// Joining, approving, leaving: shared by communities and alliances. Each episode is its own record.

export type BodyResource = Extract<CooperationResource, { type: 'cooperation_body' }>;

/** A community or alliance as the membership rules see it. */
export interface BodyContext {
  type: BodyType;
  id: string;
  resource: BodyResource;
  /** The role that holds the body together and cannot simply leave: the lead school, the chair. */
  anchorRole: MembershipRole;
  /** Communities take schools only. */
  schoolsOnly: boolean;
}

const problemForAnchor = (ctx: BodyContext) =>
  ctx.type === 'community' ? new AppError('cooperation.lead_cannot_leave', 409) : new AppError('cooperation.chair_required', 409);

/** Members are listed by role, the lead school or chair first. */
const ROLE_ORDER: readonly MembershipRole[] = ['lead', 'chair', 'vice_chair', 'standing_member', 'member'];

const statusInvalid = (status: repo.MembershipRow['status']) =>
  new AppError('cooperation.membership_status_invalid', 409, { membershipStatus: `membershipStatus:${status}` });

export async function presentMemberships(db: DbOrTx, actor: Actor, ctx: BodyContext, rows: repo.MembershipRow[]) {
  const infos = await findOrganizations(
    db,
    rows.map((r) => r.organization_id),
  );
  const manages = can(actor, 'update', ctx.resource);
  const mine = new Set(administeredIds(actor));
  const view = (row: repo.MembershipRow): MembershipView => {
    const ownOrganization = mine.has(row.organization_id);
    const live = row.status === 'active';
    return {
      id: row.id,
      organization: summaryOf(infos.get(row.organization_id)!),
      role: row.role,
      status: row.status,
      requestedAt: row.requested_at,
      decisionReason: row.decision_reason,
      joinedOn: row.joined_on,
      leftOn: row.left_on,
      leftReason: row.left_reason,
      permissions: {
        canApprove: row.status === 'requested' && manages,
        canReject: row.status === 'requested' && manages,
        canLeave: live && row.role !== ctx.anchorRole && (manages || ownOrganization),
        canChangeRole: live && ctx.type === 'alliance' && manages,
      },
      version: row.version,
    };
  };
  const live = new Set(rows.filter((r) => r.status === 'active' || r.status === 'requested').map((r) => r.organization_id));
  const candidates = await findOrganizations(
    db,
    [...mine].filter((id) => !live.has(id)),
  );
  const rank = (row: repo.MembershipRow) => ROLE_ORDER.indexOf(row.role);
  const byRoleThenName = (a: repo.MembershipRow, b: repo.MembershipRow) =>
    rank(a) - rank(b) || (infos.get(a.organization_id)?.nameZh ?? '').localeCompare(infos.get(b.organization_id)?.nameZh ?? '', 'zh-CN');
  return {
    members: rows
      .filter((r) => r.status === 'active')
      .sort(byRoleThenName)
      .map(view),
    // Requests are the managers' business and the asking organization's, nobody else's.
    requests: rows.filter((r) => r.status === 'requested' && (manages || mine.has(r.organization_id))).map(view),
    history: rows.filter((r) => r.status === 'left' || r.status === 'rejected').map(view),
    joinableOrganizationIds: [...candidates.values()].filter((o) => !ctx.schoolsOnly || o.kind === 'school').map((o) => o.id),
  };
}

/** The organization to add or admit, which must exist (and be a school for a community). */
export async function memberOrganization(
  db: DbOrTx,
  ctx: Pick<BodyContext, 'schoolsOnly'>,
  organizationId: string,
  field = '/organizationId',
): Promise<OrganizationInfo> {
  const org = await findOrganization(db, organizationId);
  if (!org) throw new AppError('cooperation.organization_unknown', 400, { id: organizationId }, [{ field, message: '' }]);
  if (ctx.schoolsOnly && org.kind !== 'school') throw new AppError('cooperation.community_member_not_school', 400, {}, [{ field, message: '' }]);
  return org;
}

export interface NewMembership {
  org: Pick<OrganizationInfo, 'id' | 'regionPath'>;
  role: MembershipRole;
  status: 'active' | 'requested';
  joinedOn?: string | null;
  note?: string | null;
}

/** Writes new memberships in the caller's transaction; a 409 if an organization already belongs or asked. */
export async function insertMemberships(
  tx: DbOrTx,
  ctx: Pick<BodyContext, 'type' | 'id'>,
  userId: string | null,
  memberships: NewMembership[],
): Promise<string[]> {
  const now = nowIso();
  const ids: string[] = [];
  for (const m of memberships) {
    const id = randomUUID();
    const active = m.status === 'active';
    const inserted = await repo.insertMembership(tx, {
      id,
      body_type: ctx.type,
      body_id: ctx.id,
      organization_id: m.org.id,
      region_path: m.org.regionPath,
      role: m.role,
      status: m.status,
      live_key: repo.liveKeyOf(ctx.type, ctx.id, m.org.id),
      requested_by: userId,
      requested_at: now,
      decided_by: active ? userId : null,
      decided_at: active ? now : null,
      decision_reason: m.note ?? null,
      joined_on: active ? (m.joinedOn ?? chinaToday()) : null,
      left_on: null,
      left_reason: null,
      version: 1,
    });
    if (!inserted) throw new AppError('cooperation.membership_exists', 409, {}, [{ field: '/organizationId', message: '' }]);
    ids.push(id);
  }
  return ids;
}

/** A manager adds an organization directly, as a member from today. */
export async function addMember(db: Db, actor: Actor, audit: AuditContext, ctx: BodyContext, organizationId: string, role: MembershipRole): Promise<void> {
  authorize(actor, 'update', ctx.resource);
  const org = await memberOrganization(db, ctx, organizationId);
  await db.transaction().execute(async (tx) => {
    const [id] = await insertMemberships(tx, ctx, actor.userId, [{ org, role, status: 'active' }]);
    await recordAudit(tx, audit, {
      action: `${ctx.type}.member.add`,
      objectType: ctx.type,
      objectId: ctx.id,
      result: 'success',
      detail: { membershipId: id, organizationId },
    });
  });
}

/** An organization's admin asks to join; the body's managers decide. */
export async function requestToJoin(db: Db, actor: Actor, audit: AuditContext, ctx: BodyContext, input: JoinRequestBody): Promise<void> {
  const org = await memberOrganization(db, ctx, input.organizationId);
  authorize(actor, 'join', { type: 'cooperation_membership', organization: toOrgRef(org) });
  await db.transaction().execute(async (tx) => {
    const [id] = await insertMemberships(tx, ctx, actor.userId, [{ org, role: 'member', status: 'requested', note: input.note ?? null }]);
    await recordAudit(tx, audit, {
      action: `${ctx.type}.member.request`,
      objectType: ctx.type,
      objectId: ctx.id,
      result: 'success',
      detail: { membershipId: id, organizationId: org.id },
    });
  });
}

async function loadMembership(db: DbOrTx, ctx: BodyContext, membershipId: string) {
  const row = await repo.findMembership(db, ctx.type, ctx.id, membershipId);
  if (!row) throw notFound();
  return row;
}

export async function decideMembership(
  db: Db,
  actor: Actor,
  audit: AuditContext,
  ctx: BodyContext,
  membershipId: string,
  decision: { approve: true; version: number } | { approve: false; version: number; reason: string },
): Promise<void> {
  authorize(actor, 'update', ctx.resource);
  const row = await loadMembership(db, ctx, membershipId);
  if (row.status !== 'requested') throw statusInvalid(row.status);
  await db.transaction().execute(async (tx) => {
    const now = nowIso();
    const changes = decision.approve
      ? { status: 'active' as const, joined_on: chinaToday(), decided_by: actor.userId, decided_at: now }
      : { status: 'rejected' as const, live_key: null, decided_by: actor.userId, decided_at: now, decision_reason: decision.reason };
    if (!(await repo.updateMembership(tx, row.id, { version: decision.version, status: 'requested' }, changes))) throw conflict();
    await recordAudit(tx, audit, {
      action: `${ctx.type}.member.${decision.approve ? 'approve' : 'reject'}`,
      objectType: ctx.type,
      objectId: ctx.id,
      result: 'success',
      detail: { membershipId, organizationId: row.organization_id },
    });
  });
}

/** The member organization leaves, or a manager removes it; the lead school and the chair stay until replaced. */
export async function leaveMembership(db: Db, actor: Actor, audit: AuditContext, ctx: BodyContext, membershipId: string, input: LeaveBody): Promise<void> {
  const row = await loadMembership(db, ctx, membershipId);
  const org = await findOrganization(db, row.organization_id);
  const may = can(actor, 'update', ctx.resource) || (!!org && can(actor, 'leave', { type: 'cooperation_membership', organization: toOrgRef(org) }));
  if (!may) throw forbidden();
  if (row.status !== 'active') throw statusInvalid(row.status);
  if (row.role === ctx.anchorRole) throw problemForAnchor(ctx);
  const leftOn = input.leftOn ?? chinaToday();
  if (row.joined_on && leftOn < row.joined_on) throw new AppError('cooperation.dates_invalid', 400, {}, [{ field: '/leftOn', message: '' }]);
  await db.transaction().execute(async (tx) => {
    const changes = { status: 'left' as const, live_key: null, left_on: leftOn, left_reason: input.reason ?? null };
    if (!(await repo.updateMembership(tx, row.id, { version: input.version, status: 'active' }, changes))) throw conflict();
    await recordAudit(tx, audit, {
      action: `${ctx.type}.member.leave`,
      objectType: ctx.type,
      objectId: ctx.id,
      result: 'success',
      detail: { membershipId, organizationId: row.organization_id },
    });
  });
}
