import { randomUUID } from 'node:crypto';
import { ROLE_SCOPE, type Role } from '../../../../common/roles.ts';
import { maskMobile } from '../../../../common/masking.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { authorize, jurisdictionOf } from '../../platform/access/policy.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import { checkPasswordPolicy, hashPassword } from '../../platform/auth/password.ts';
import { revokeUserSessions } from '../../platform/auth/sessions.ts';
import type { Db, DbOrTx } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import { AppError, conflict, notFound } from '../../platform/http/errors.ts';
import { findOrganizationScope, findRegionScope } from '../directory/directory.service.ts';
import { toGrantView } from './account.service.ts';
import * as repo from './users.repository.ts';
import type { CreateUserBody, GrantInput, UpdateUserBody, UserListQuery, UserView } from './users.schemas.ts';

function toUserView(user: repo.UserRow, grants: repo.GrantRow[]): UserView {
  return {
    id: user.id,
    displayName: user.display_name,
    username: user.username,
    mobileMasked: user.mobile ? maskMobile(user.mobile) : null,
    locale: user.locale,
    isDisabled: user.disabled_at !== null,
    hasTotp: user.totp_enabled_at !== null,
    createdAt: user.created_at,
    version: user.version,
    grants: grants.filter((g) => g.user_id === user.id).map(toGrantView),
  };
}

/** The user as the access policy sees them (their grants and where those reach). */
async function loadUserResource(db: DbOrTx, id: string) {
  const user = await repo.findUserById(db, id);
  if (!user) throw notFound();
  const grants = await repo.findGrantsOfUsers(db, [id]);
  const resource = { type: 'user' as const, id, grants: grants.map((g) => ({ role: g.role, organizationId: g.organization_id, scopePath: g.scope_path })) };
  return { user, grants, resource };
}

export async function listUsers(db: Db, actor: Actor, query: UserListQuery) {
  authorize(actor, 'list', { type: 'user_collection' });
  const scopePaths = jurisdictionOf(actor, 'bureau_admin');
  const schoolIds = scopePaths === null ? null : actor.grants.filter((g) => g.role === 'school_admin').map((g) => g.organizationId!);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await repo.listUsers(db, {
    scopePaths,
    organizationIds: schoolIds,
    role: query.role,
    q: query.q,
    includeDisabled: query.includeDisabled ?? false,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  const grants = await repo.findGrantsOfUsers(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => toUserView(r, grants)), total };
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<UserView> {
  const { user, grants, resource } = await loadUserResource(db, id);
  authorize(actor, 'read', resource);
  return toUserView(user, grants);
}

/**
 * Checks a grant's scope against its role — school roles need a school; bureau roles a bureau (or another
 * non-school body) or a region; platform and guardian roles nothing — and against the caller's reach.
 */
async function resolveGrant(db: DbOrTx, actor: Actor, input: GrantInput) {
  const scope = ROLE_SCOPE[input.role];
  const organizationId = input.organizationId ?? null;
  const regionId = input.regionId ?? null;
  const invalid = (what: string) => new AppError('users.grant_scope_invalid', 400, { role: input.role, scope: what });
  let scopePath: string | null = null;
  if (scope === 'bureau' && regionId !== null && organizationId === null) {
    const region = await findRegionScope(db, regionId);
    if (!region) throw invalid('region');
    scopePath = region.path;
  } else if ((scope === 'bureau' || scope === 'school') && regionId === null) {
    const organization = organizationId ? await findOrganizationScope(db, organizationId) : undefined;
    const kindOk = organization && (scope === 'school' ? organization.kind === 'school' : organization.kind !== 'school');
    if (!kindOk) throw invalid(scope);
    scopePath = organization.regionPath;
  } else if (organizationId !== null || regionId !== null || scope === 'bureau' || scope === 'school') {
    throw invalid(scope === 'school' ? 'school' : scope === 'bureau' ? 'bureau' : '-');
  }
  authorize(actor, 'grant', { type: 'role_grant', role: input.role, organizationId, scopePath });
  return { role: input.role as Role, organizationId, regionId };
}

export async function createUser(db: Db, actor: Actor, audit: AuditContext, input: CreateUserBody): Promise<UserView> {
  checkPasswordPolicy(input.password);
  const grants: { role: Role; organizationId: string | null; regionId: string | null }[] = [];
  for (const grant of input.grants) grants.push(await resolveGrant(db, actor, grant));
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  await db.transaction().execute(async (tx) => {
    if (await repo.findUserByUsername(tx, input.username.toLowerCase())) {
      throw new AppError('users.username_taken', 409, { username: input.username });
    }
    const now = nowIso();
    await repo.insertUser(tx, {
      id,
      display_name: input.displayName,
      username: input.username.toLowerCase(),
      mobile: null,
      password_hash: passwordHash,
      totp_secret_enc: null,
      totp_enabled_at: null,
      locale: input.locale ?? 'zh-CN',
      disabled_at: null,
      created_at: now,
      updated_at: now,
    });
    for (const grant of dedupeGrants(grants)) {
      await repo.insertGrant(tx, {
        id: randomUUID(),
        user_id: id,
        role: grant.role,
        organization_id: grant.organizationId,
        region_id: grant.regionId,
        created_at: now,
        granted_by: actor.userId,
      });
    }
    await recordAudit(tx, audit, { action: 'user.create', objectType: 'user', objectId: id, result: 'success', detail: { roles: grants.map((g) => g.role) } });
  });
  return getUser(db, actor, id);
}

const dedupeGrants = <T extends { role: string; organizationId: string | null; regionId: string | null }>(grants: T[]) =>
  grants.filter((g, i) => grants.findIndex((o) => o.role === g.role && o.organizationId === g.organizationId && o.regionId === g.regionId) === i);

export async function updateUser(db: Db, actor: Actor, audit: AuditContext, id: string, input: UpdateUserBody): Promise<UserView> {
  const { resource } = await loadUserResource(db, id);
  authorize(actor, 'update', resource);
  await db.transaction().execute(async (tx) => {
    if (!(await repo.updateUser(tx, id, input.version, { display_name: input.displayName, updated_at: nowIso() }))) throw conflict();
    await recordAudit(tx, audit, { action: 'user.update', objectType: 'user', objectId: id, result: 'success', detail: { fields: ['displayName'] } });
  });
  return getUser(db, actor, id);
}

/** Disabling ends every session of the account at once; enabling does not bring them back. */
export async function setUserDisabled(db: Db, actor: Actor, audit: AuditContext, id: string, disabled: boolean): Promise<UserView> {
  if (id === actor.userId) throw new AppError('users.cannot_disable_self', 400);
  const { resource } = await loadUserResource(db, id);
  authorize(actor, 'disable', resource);
  await db.transaction().execute(async (tx) => {
    await repo.updateUser(tx, id, null, { disabled_at: disabled ? nowIso() : null, updated_at: nowIso() });
    if (disabled) await revokeUserSessions(tx, id);
    await recordAudit(tx, audit, { action: disabled ? 'user.disable' : 'user.enable', objectType: 'user', objectId: id, result: 'success' });
  });
  return getUser(db, actor, id);
}

export async function resetPassword(db: Db, actor: Actor, audit: AuditContext, id: string, password: string): Promise<void> {
  const { user, resource } = await loadUserResource(db, id);
  authorize(actor, 'update', resource);
  if (user.username === null) throw new AppError('users.no_password', 400);
  checkPasswordPolicy(password);
  const hash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    await repo.updateUser(tx, id, null, { password_hash: hash, updated_at: nowIso() });
    await revokeUserSessions(tx, id);
    await recordAudit(tx, audit, { action: 'user.password_reset', objectType: 'user', objectId: id, result: 'success' });
  });
}

export async function addGrant(db: Db, actor: Actor, audit: AuditContext, id: string, input: GrantInput): Promise<UserView> {
  const { resource } = await loadUserResource(db, id);
  authorize(actor, 'update', resource);
  const grant = await resolveGrant(db, actor, input);
  await db.transaction().execute(async (tx) => {
    if (await repo.findExistingGrant(tx, id, grant.role, grant.organizationId, grant.regionId)) throw new AppError('users.grant_exists', 409);
    await repo.insertGrant(tx, {
      id: randomUUID(),
      user_id: id,
      role: grant.role,
      organization_id: grant.organizationId,
      region_id: grant.regionId,
      created_at: nowIso(),
      granted_by: actor.userId,
    });
    await recordAudit(tx, audit, {
      action: 'user.grant',
      objectType: 'user',
      objectId: id,
      result: 'success',
      detail: { role: grant.role, organizationId: grant.organizationId, regionId: grant.regionId },
    });
  });
  return getUser(db, actor, id);
}

export async function removeGrant(db: Db, actor: Actor, audit: AuditContext, id: string, grantId: string): Promise<UserView> {
  const { grants, resource } = await loadUserResource(db, id);
  const grant = grants.find((g) => g.id === grantId);
  if (!grant) throw notFound();
  authorize(actor, 'update', resource);
  authorize(actor, 'revoke', { type: 'role_grant', role: grant.role, organizationId: grant.organization_id, scopePath: grant.scope_path });
  await db.transaction().execute(async (tx) => {
    await repo.deleteGrant(tx, grantId);
    await revokeUserSessions(tx, id);
    await recordAudit(tx, audit, {
      action: 'user.revoke',
      objectType: 'user',
      objectId: id,
      result: 'success',
      detail: { role: grant.role, organizationId: grant.organization_id },
    });
  });
  // Not getUser: a person left without grants in the caller's reach is no longer readable by them, yet the revoke succeeded.
  const after = await loadUserResource(db, id);
  return toUserView(after.user, after.grants);
}
