import { randomUUID } from 'node:crypto';
import type { Locale } from '../../../../common/locales.ts';
import { maskMobile } from '../../../../common/masking.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import * as repo from './users.repository.ts';
import type { GrantView } from './users.schemas.ts';

/** Account functions the sign-in module calls: the users module owns the users and role_grants tables. */
export interface Account {
  id: string;
  displayName: string;
  passwordHash: string | null;
  totpSecretEnc: string | null;
  hasTotp: boolean;
  isDisabled: boolean;
  locale: Locale;
}

const toAccount = (row: repo.UserRow): Account => ({
  id: row.id,
  displayName: row.display_name,
  passwordHash: row.password_hash,
  totpSecretEnc: row.totp_secret_enc,
  hasTotp: row.totp_enabled_at !== null,
  isDisabled: row.disabled_at !== null,
  locale: row.locale,
});

export const toGrantView = (g: repo.GrantRow): GrantView => ({
  id: g.id,
  role: g.role,
  organizationId: g.organization_id,
  organizationNameZh: g.organization_name_zh,
  organizationNameEn: g.organization_name_en,
  regionId: g.region_id,
  regionNameZh: g.region_name_zh,
  regionNameEn: g.region_name_en,
});

export async function findStaffAccount(db: DbOrTx, username: string): Promise<Account | undefined> {
  const row = await repo.findUserByUsername(db, username.trim().toLowerCase());
  return row ? toAccount(row) : undefined;
}

export async function findAccount(db: DbOrTx, id: string): Promise<Account | undefined> {
  const row = await repo.findUserById(db, id);
  return row ? toAccount(row) : undefined;
}

/** Guardians register by proving their mobile number: the first verified code creates the account. */
export async function findOrCreateGuardian(db: DbOrTx, mobile: string, locale: Locale): Promise<{ account: Account; created: boolean }> {
  const existing = await repo.findUserByMobile(db, mobile);
  if (existing) return { account: toAccount(existing), created: false };
  const now = nowIso();
  const id = randomUUID();
  await repo.insertUser(db, {
    id,
    display_name: maskMobile(mobile),
    username: null,
    mobile,
    password_hash: null,
    totp_secret_enc: null,
    totp_enabled_at: null,
    locale,
    disabled_at: null,
    created_at: now,
    updated_at: now,
  });
  await repo.insertGrant(db, { id: randomUUID(), user_id: id, role: 'guardian', organization_id: null, region_id: null, created_at: now, granted_by: null });
  return { account: toAccount((await repo.findUserById(db, id))!), created: true };
}

export async function setPendingTotpSecret(db: DbOrTx, userId: string, secretEnc: string): Promise<void> {
  await repo.updateUser(db, userId, null, { totp_secret_enc: secretEnc, totp_enabled_at: null, updated_at: nowIso() });
}

export async function enableTotp(db: DbOrTx, userId: string): Promise<void> {
  await repo.updateUser(db, userId, null, { totp_enabled_at: nowIso(), updated_at: nowIso() });
}

export async function setLocale(db: DbOrTx, userId: string, locale: Locale): Promise<void> {
  await repo.updateUser(db, userId, null, { locale, updated_at: nowIso() });
}

export async function setPasswordHash(db: DbOrTx, userId: string, passwordHash: string): Promise<void> {
  await repo.updateUser(db, userId, null, { password_hash: passwordHash, updated_at: nowIso() });
}

export async function findGrantsForSession(db: DbOrTx, userId: string) {
  const grants = await repo.findGrantsOfUsers(db, [userId]);
  return grants.map(toGrantView);
}

export async function findMobile(db: DbOrTx, userId: string): Promise<string | null> {
  return (await repo.findUserById(db, userId))?.mobile ?? null;
}

/** The first platform admin of a production database (npm run create-admin); they enrol an authenticator at first sign-in. */
export async function createPlatformAdmin(db: DbOrTx, input: { username: string; displayName: string; passwordHash: string }): Promise<string> {
  const username = input.username.trim().toLowerCase();
  if (await repo.findUserByUsername(db, username)) throw new Error(`The account ${username} already exists`);
  const id = randomUUID();
  const now = nowIso();
  await repo.insertUser(db, {
    id,
    display_name: input.displayName,
    username,
    mobile: null,
    password_hash: input.passwordHash,
    totp_secret_enc: null,
    totp_enabled_at: null,
    locale: 'zh-CN',
    disabled_at: null,
    created_at: now,
    updated_at: now,
  });
  await repo.insertGrant(db, {
    id: randomUUID(),
    user_id: id,
    role: 'platform_admin',
    organization_id: null,
    region_id: null,
    created_at: now,
    granted_by: null,
  });
  return id;
}
