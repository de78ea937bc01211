import QRCode from 'qrcode';
import { normalizeMobile } from '../../../../common/mobile.ts';
import type { Locale } from '../../../../common/locales.ts';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.ts';
import { checkPasswordPolicy, dummyHash, hashPassword, verifyPassword } from '../../platform/auth/password.ts';
import { createSession, revokeSession, revokeUserSessions, rotateSession, type ResolvedSession } from '../../platform/auth/sessions.ts';
import { consumeSmsCode, issueSmsCode, SMS_CODE_TTL_MINUTES } from '../../platform/auth/sms-codes.ts';
import { assertNotThrottled, clearThrottle, hasRecentEvent, recordThrottleEvent, THROTTLE } from '../../platform/auth/throttle.ts';
import { newTotpSecret, totpUri, verifyTotp } from '../../platform/auth/totp.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { AppDeps } from '../../platform/http/types.ts';
import * as accounts from '../users/account.service.ts';
import type { SessionView } from './auth.schemas.ts';
import { capabilitiesOf } from './capabilities.ts';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
  audit: AuditContext;
}

/** The cookie token and CSRF token of a session just created. */
export interface NewSession {
  token: string;
  csrfToken: string;
}

type Deps = Pick<AppDeps, 'db' | 'protector' | 'config' | 'sms'>;
const sessionPolicy = (deps: Deps) => ({ idleMinutes: deps.config.sessionIdleMinutes, absoluteHours: deps.config.sessionAbsoluteHours });

/**
 * Staff sign-in. Unknown account, wrong password and disabled account give the same answer after the
 * same work, and the throttle counts per account name and per address whether or not the account exists.
 */
export async function signInWithPassword(deps: Deps, username: string, password: string, client: ClientInfo) {
  const { db } = deps;
  const accountKey = username.trim().toLowerCase();
  await assertNotThrottled(db, THROTTLE.loginPerAccount, accountKey);
  await assertNotThrottled(db, THROTTLE.loginPerIp, client.ip);

  const account = await accounts.findStaffAccount(db, accountKey);
  const passwordOk = await verifyPassword(password, account?.passwordHash ?? (await dummyHash()));
  if (!account || !passwordOk || account.isDisabled || !account.passwordHash) {
    await recordThrottleEvent(db, THROTTLE.loginPerAccount, accountKey);
    await recordThrottleEvent(db, THROTTLE.loginPerIp, client.ip);
    await recordAudit(
      db,
      { ...client.audit, actorUserId: account?.id ?? null },
      { action: 'auth.login', objectType: 'user', objectId: account?.id ?? null, result: 'failure' },
    );
    throw new AppError('auth.invalid_credentials', 401);
  }
  await clearThrottle(db, THROTTLE.loginPerAccount, accountKey);

  const grants = await accounts.findGrantsForSession(db, account.id);
  const mustEnroll = !account.hasTotp && grants.some((g) => g.role === 'platform_admin');
  const next = account.hasTotp ? 'totp' : mustEnroll ? 'totp_enroll' : 'done';
  const session = await createSession(
    db,
    { userId: account.id, stage: next === 'done' ? 'active' : 'mfa', ip: client.ip, userAgent: client.userAgent },
    sessionPolicy(deps),
  );
  await recordAudit(
    db,
    { ...client.audit, actorUserId: account.id, actorName: account.displayName },
    {
      action: 'auth.login',
      objectType: 'user',
      objectId: account.id,
      result: 'success',
      detail: { next },
    },
  );
  return { next: next as 'done' | 'totp' | 'totp_enroll', ...session };
}

/** A right authenticator code that was not used before; accepting it spends it (no replay within its window). */
async function acceptTotp(db: Deps['db'], userId: string, secretEnc: string, rawCode: string, deps: Deps): Promise<boolean> {
  const code = rawCode.trim();
  if (!verifyTotp(deps.protector.decrypt(secretEnc), code)) return false;
  const subject = `${userId}:${code}`;
  if (await hasRecentEvent(db, THROTTLE.totpUsed, subject)) return false;
  await recordThrottleEvent(db, THROTTLE.totpUsed, subject);
  return true;
}

/** Second step: the authenticator code turns a pending session into a full one, under a new token. */
export async function completeTotpSignIn(deps: Deps, session: ResolvedSession | null, code: string, client: ClientInfo): Promise<NewSession> {
  const { db } = deps;
  if (!session || session.stage !== 'mfa') throw new AppError('auth.required', 401);
  await assertNotThrottled(db, THROTTLE.totpPerUser, session.userId);
  const account = await accounts.findAccount(db, session.userId);
  if (!account?.hasTotp || !account.totpSecretEnc) throw new AppError('auth.mfa_enrollment_required', 403);
  if (!(await acceptTotp(db, session.userId, account.totpSecretEnc, code, deps))) {
    await recordThrottleEvent(db, THROTTLE.totpPerUser, session.userId);
    await recordAudit(db, client.audit, { action: 'auth.totp', objectType: 'user', objectId: session.userId, result: 'failure' });
    throw new AppError('auth.totp_invalid', 400);
  }
  await clearThrottle(db, THROTTLE.totpPerUser, session.userId);
  return db.transaction().execute(async (tx) => {
    const rotated = await rotateSession(
      tx,
      { id: session.id, userId: session.userId },
      { stage: 'active', ip: client.ip, userAgent: client.userAgent },
      sessionPolicy(deps),
    );
    await recordAudit(tx, client.audit, { action: 'auth.totp', objectType: 'user', objectId: session.userId, result: 'success' });
    return rotated;
  });
}

/** Starts authenticator set-up: a new secret, stored encrypted, not yet in force until a code confirms it. */
export async function startTotpSetup(deps: Deps, session: ResolvedSession | null) {
  if (!session) throw new AppError('auth.required', 401);
  const account = await accounts.findAccount(deps.db, session.userId);
  if (!account) throw new AppError('auth.required', 401);
  if (account.hasTotp) throw new AppError('auth.totp_already_enabled', 409);
  const secret = newTotpSecret();
  await accounts.setPendingTotpSecret(deps.db, account.id, deps.protector.encrypt(secret));
  const otpauthUri = totpUri(secret, account.displayName);
  return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) };
}

/** Confirms the authenticator with a first code; the session goes on under a new token (and becomes full if pending). */
export async function confirmTotpSetup(deps: Deps, session: ResolvedSession | null, code: string, client: ClientInfo): Promise<NewSession> {
  const { db } = deps;
  if (!session) throw new AppError('auth.required', 401);
  await assertNotThrottled(db, THROTTLE.totpPerUser, session.userId);
  const account = await accounts.findAccount(db, session.userId);
  if (!account) throw new AppError('auth.required', 401);
  if (account.hasTotp) throw new AppError('auth.totp_already_enabled', 409);
  if (!account.totpSecretEnc) throw new AppError('auth.totp_not_started', 409);
  if (!(await acceptTotp(db, session.userId, account.totpSecretEnc, code, deps))) {
    await recordThrottleEvent(db, THROTTLE.totpPerUser, session.userId);
    throw new AppError('auth.totp_invalid', 400);
  }
  return db.transaction().execute(async (tx) => {
    await accounts.enableTotp(tx, account.id);
    const rotated = await rotateSession(
      tx,
      { id: session.id, userId: session.userId },
      { stage: 'active', ip: client.ip, userAgent: client.userAgent },
      sessionPolicy(deps),
    );
    await recordAudit(tx, client.audit, { action: 'auth.totp_enable', objectType: 'user', objectId: account.id, result: 'success' });
    return rotated;
  });
}

/**
 * Sends a sign-in code. The answer is the same whether or not an account exists (guardians register by
 * signing in); limits: one code a minute and five an hour per number, thirty an hour per address.
 */
export async function requestSmsCode(deps: Deps, rawMobile: string, locale: Locale, client: ClientInfo) {
  const { db } = deps;
  const mobile = normalizeMobile(rawMobile);
  if (!mobile) throw new AppError('auth.mobile_invalid', 400);
  await assertNotThrottled(db, THROTTLE.smsSendPerMobile, mobile);
  await assertNotThrottled(db, THROTTLE.smsSendPerMobileHour, mobile);
  await assertNotThrottled(db, THROTTLE.smsSendPerIp, client.ip);
  const code = await db.transaction().execute(async (tx) => {
    await recordThrottleEvent(tx, THROTTLE.smsSendPerMobile, mobile);
    await recordThrottleEvent(tx, THROTTLE.smsSendPerMobileHour, mobile);
    await recordThrottleEvent(tx, THROTTLE.smsSendPerIp, client.ip);
    return issueSmsCode(tx, deps.protector, mobile);
  });
  try {
    await deps.sms.sendCode(mobile, code, locale);
  } catch (err) {
    await recordAudit(db, client.audit, { action: 'auth.sms_send', objectType: 'mobile', objectId: null, result: 'failure' });
    throw Object.assign(new AppError('auth.sms_unavailable', 503), { cause: err });
  }
  return { sent: true as const, retryAfterSeconds: THROTTLE.smsSendPerMobile.windowSeconds, expiresInMinutes: SMS_CODE_TTL_MINUTES };
}

export async function signInWithSmsCode(deps: Deps, rawMobile: string, code: string, locale: Locale, client: ClientInfo) {
  const { db } = deps;
  const mobile = normalizeMobile(rawMobile);
  if (!mobile) throw new AppError('auth.mobile_invalid', 400);
  await assertNotThrottled(db, THROTTLE.smsVerifyPerMobile, mobile);
  // Consumed outside the transaction below, so a wrong try is counted even though the request fails.
  if (!(await consumeSmsCode(db, deps.protector, mobile, code.trim()))) {
    await recordThrottleEvent(db, THROTTLE.smsVerifyPerMobile, mobile);
    throw new AppError('auth.code_invalid', 400);
  }
  return db.transaction().execute(async (tx) => {
    const { account, created } = await accounts.findOrCreateGuardian(tx, mobile, locale);
    // A disabled guardian gets the same answer as a wrong code: nothing is revealed about the account.
    if (account.isDisabled) throw new AppError('auth.code_invalid', 400);
    const session = await createSession(tx, { userId: account.id, stage: 'active', ip: client.ip, userAgent: client.userAgent }, sessionPolicy(deps));
    await recordAudit(
      tx,
      { ...client.audit, actorUserId: account.id, actorName: account.displayName },
      {
        action: created ? 'auth.register_guardian' : 'auth.login_sms',
        objectType: 'user',
        objectId: account.id,
        result: 'success',
      },
    );
    return session;
  });
}

export async function signOut(deps: Deps, session: ResolvedSession | null, client: ClientInfo): Promise<void> {
  if (!session) return;
  await revokeSession(deps.db, session.id);
  await recordAudit(deps.db, client.audit, { action: 'auth.logout', objectType: 'user', objectId: session.userId, result: 'success' });
}

export async function describeSession(deps: Deps, session: ResolvedSession | null, anonymousCsrf: () => string): Promise<SessionView> {
  if (!session) return { authenticated: false, pending: null, csrfToken: anonymousCsrf(), user: null };
  const account = await accounts.findAccount(deps.db, session.userId);
  if (!account) return { authenticated: false, pending: null, csrfToken: anonymousCsrf(), user: null };
  const pending = session.stage === 'active' ? null : account.hasTotp ? 'totp' : 'totp_enroll';
  const grants = session.stage === 'active' ? await accounts.findGrantsForSession(deps.db, account.id) : [];
  return {
    authenticated: session.stage === 'active',
    pending,
    csrfToken: session.csrfToken,
    user: {
      id: account.id,
      displayName: account.displayName,
      locale: account.locale,
      hasTotp: account.hasTotp,
      grants,
      capabilities: capabilitiesOf({ grants }),
    },
  };
}

export async function changeOwnPassword(deps: Deps, session: ResolvedSession, currentPassword: string, newPassword: string, client: ClientInfo) {
  const account = await accounts.findAccount(deps.db, session.userId);
  if (!account?.passwordHash || !(await verifyPassword(currentPassword, account.passwordHash))) throw new AppError('auth.password_wrong', 400);
  checkPasswordPolicy(newPassword);
  const hash = await hashPassword(newPassword);
  await deps.db.transaction().execute(async (tx) => {
    await accounts.setPasswordHash(tx, account.id, hash);
    // Every other session ends; this one stays so the person is not signed out of the page they are on.
    await revokeUserSessions(tx, account.id, session.id);
    await recordAudit(tx, client.audit, { action: 'auth.password_change', objectType: 'user', objectId: account.id, result: 'success' });
  });
}
