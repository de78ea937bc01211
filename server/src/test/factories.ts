import { randomUUID } from 'node:crypto';
import type { OrganizationKind, Stage } from '../../../common/directory.ts';
import type { Role } from '../../../common/roles.ts';
import { hashPassword } from '../platform/auth/password.ts';
import type { DbOrTx } from '../platform/db/database.ts';
import { nowIso } from '../platform/db/database.ts';

// One factory per entity; each call builds isolated data with unique names, so tests never share fixtures.

let counter = 0;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHashPromise: Promise<string> | null = null;
const testPasswordHash = () => (passwordHashPromise ??= hashPassword(TEST_PASSWORD));

export async function regionPath(db: DbOrTx, regionId: string): Promise<string> {
  const row = await db.selectFrom('regions').select('path').where('id', '=', regionId).executeTakeFirstOrThrow();
  return row.path;
}

export interface OrganizationOverrides {
  kind?: OrganizationKind;
  regionId?: string;
  nameZh?: string;
  code?: string | null;
  stages?: Stage[];
}

export async function createOrganization(db: DbOrTx, overrides: OrganizationOverrides = {}) {
  const id = randomUUID();
  const kind = overrides.kind ?? 'school';
  const regionId = overrides.regionId ?? '500105';
  const nameZh = overrides.nameZh ?? unique(kind === 'school' ? '测试小学' : '测试教育局');
  const now = nowIso();
  await db
    .insertInto('organizations')
    .values({
      id,
      kind,
      code: overrides.code ?? null,
      name_zh: nameZh,
      name_en: `Test ${nameZh}`,
      region_id: regionId,
      region_path: await regionPath(db, regionId),
      ownership: kind === 'school' ? 'public' : null,
      address: null,
      latitude: 29.6,
      longitude: 106.5,
      pupil_count: kind === 'school' ? 800 : null,
      teacher_count: 60,
      website: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  const stages = kind === 'school' ? (overrides.stages ?? ['primary']) : [];
  if (stages.length > 0)
    await db
      .insertInto('school_stages')
      .values(stages.map((stage) => ({ organization_id: id, stage })))
      .execute();
  return { id, kind, regionId, nameZh };
}

export const createSchool = (db: DbOrTx, regionId = '500105', overrides: OrganizationOverrides = {}) =>
  createOrganization(db, { ...overrides, kind: 'school', regionId });
export const createBureau = (db: DbOrTx, regionId = '500105') => createOrganization(db, { kind: 'bureau', regionId });

export interface UserOverrides {
  role?: Role;
  organizationId?: string | null;
  username?: string;
  mobile?: string | null;
  displayName?: string;
  disabled?: boolean;
  totpSecretEnc?: string | null;
}

/** A user with one role grant (none when role is omitted and grants: false). */
export async function createUser(db: DbOrTx, overrides: UserOverrides = {}) {
  const id = randomUUID();
  const now = nowIso();
  const role = overrides.role ?? 'teacher';
  const isGuardian = role === 'guardian';
  const username = isGuardian ? null : (overrides.username ?? unique('user.'));
  await db
    .insertInto('users')
    .values({
      id,
      display_name: overrides.displayName ?? unique('测试用户'),
      username,
      mobile: overrides.mobile ?? (isGuardian ? `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` : null),
      password_hash: isGuardian ? null : await testPasswordHash(),
      totp_secret_enc: overrides.totpSecretEnc ?? null,
      totp_enabled_at: overrides.totpSecretEnc ? now : null,
      disabled_at: overrides.disabled ? now : null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('role_grants')
    .values({ id: randomUUID(), user_id: id, role, organization_id: overrides.organizationId ?? null, region_id: null, created_at: now, granted_by: null })
    .execute();
  const user = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { ...user, role };
}
