import { createHash, randomBytes } from 'node:crypto';
import type { Locale } from '../../../../common/locales.ts';
import type { Actor, Grant } from '../access/actor.ts';
import type { DbOrTx } from '../db/database.ts';
import { nowIso } from '../db/database.ts';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export interface ResolvedSession {
  id: string;
  stage: 'active' | 'mfa';
  csrfToken: string;
  userId: string;
  displayName: string;
  locale: Locale;
}

const TOUCH_EVERY_MS = 60_000;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** A fresh random token for the cookie; only its hash is stored, so a database leak yields no usable session. */
export async function createSession(
  db: DbOrTx,
  input: { userId: string; stage: 'active' | 'mfa'; ip: string | null; userAgent: string | null },
  policy: SessionPolicy,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const now = new Date();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: input.userId,
      stage: input.stage,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + policy.absoluteHours * 3600_000).toISOString(),
      revoked_at: null,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, csrfToken };
}

/** The live session behind a cookie token, or null when unknown, revoked, idle too long, past its end, or its user disabled. */
export async function resolveSession(db: DbOrTx, token: string, policy: SessionPolicy, now = new Date()): Promise<ResolvedSession | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.stage',
      'sessions.csrf_token',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.revoked_at',
      'users.id as user_id',
      'users.display_name',
      'users.locale',
      'users.disabled_at',
    ])
    .where('sessions.id', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at || row.disabled_at) return null;
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (now.toISOString() >= row.expires_at || now.getTime() - lastSeen > policy.idleMinutes * 60_000) return null;
  if (now.getTime() - lastSeen > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', row.id).execute();
  }
  return { id: row.id, stage: row.stage, csrfToken: row.csrf_token, userId: row.user_id, displayName: row.display_name, locale: row.locale };
}

/**
 * Replaces a session by a new one (new token, new CSRF token) in the given stage: after each sign-in step,
 * so a token planted or seen before the step is worth nothing after it. Call it inside a transaction.
 */
export async function rotateSession(
  db: DbOrTx,
  old: { id: string; userId: string },
  input: { stage: 'active' | 'mfa'; ip: string | null; userAgent: string | null },
  policy: SessionPolicy,
): Promise<{ token: string; csrfToken: string }> {
  await revokeSession(db, old.id);
  return createSession(db, { userId: old.userId, ...input }, policy);
}

export async function revokeSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: nowIso() }).where('id', '=', sessionId).where('revoked_at', 'is', null).execute();
}

/** Ends every session of a user, except `keepSessionId` when given (the one changing its own password). */
export async function revokeUserSessions(db: DbOrTx, userId: string, keepSessionId?: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: nowIso() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .$if(keepSessionId !== undefined, (q) => q.where('id', '!=', keepSessionId!))
    .execute();
}

/** Grants with the region path each reaches, for the access policy. */
export async function loadGrants(db: DbOrTx, userId: string): Promise<Grant[]> {
  const rows = await db
    .selectFrom('role_grants')
    .leftJoin('organizations', 'organizations.id', 'role_grants.organization_id')
    .leftJoin('regions', 'regions.id', 'role_grants.region_id')
    .select(['role_grants.id', 'role_grants.role', 'role_grants.organization_id', 'organizations.region_path', 'regions.path'])
    .where('role_grants.user_id', '=', userId)
    .orderBy('role_grants.created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, role: r.role, organizationId: r.organization_id, scopePath: r.region_path ?? r.path ?? null }));
}

export async function loadActor(db: DbOrTx, session: ResolvedSession): Promise<Actor> {
  return {
    userId: session.userId,
    displayName: session.displayName,
    locale: session.locale,
    sessionId: session.id,
    grants: await loadGrants(db, session.userId),
  };
}
