import type { Role } from '../../../common/roles.ts';
import { COOPERATION_AUTHZ_ROWS } from '../modules/cooperation/cooperation.authz.test-support.ts';
import { EVENT_AUTHZ_ROWS } from '../modules/events/events.authz.test-support.ts';
import { CHILD_AUTHZ_ROWS } from '../modules/enrollment/children/children.authz.test-support.ts';
import { APPLICATION_AUTHZ_ROWS } from '../modules/enrollment/applications/applications.authz.test-support.ts';
import { NOTIFICATION_AUTHZ_ROWS } from '../modules/notifications/notifications.authz.test-support.ts';
import { POLICY_AUTHZ_ROWS } from '../modules/enrollment/policies/policies.authz.test-support.ts';
import { APPEAL_AUTHZ_ROWS } from '../modules/enrollment/appeals/appeals.authz.test-support.ts';
import { PUBLIC_LIST_AUTHZ_ROWS } from '../modules/enrollment/public-lists/public-lists.authz.test-support.ts';
import { PLACEMENT_AUTHZ_ROWS } from '../modules/enrollment/placement/placement.authz.test-support.ts';
import { REVIEW_AUTHZ_ROWS } from '../modules/enrollment/review/review.authz.test-support.ts';
import { NOTICE_AUTHZ_ROWS } from '../modules/enrollment/notices/notices.authz.test-support.ts';
import { ROSTER_AUTHZ_ROWS } from '../modules/enrollment/roster/roster.authz.test-support.ts';
import { STATISTICS_AUTHZ_ROWS } from '../modules/enrollment/statistics/statistics.authz.test-support.ts';
import { currentTotp } from '../platform/auth/totp.ts';
import type { DbOrTx } from '../platform/db/database.ts';
import { createBureau, createSchool, createUser, TEST_PASSWORD } from './factories.ts';

/**
 * Every API route × every actor, on real data: one row per (route, target), and for each actor an
 * explicit outcome (types in authorization.types.ts). Rows that change state build a fresh target for every call.
 */
export { ACTOR_KEYS } from './authorization.types.ts';
export type { ActorKey, AuthzRow, Call, Outcome, Person, RequestSpec, World } from './authorization.types.ts';
import type { ActorKey, AuthzRow, Call, Outcome } from './authorization.types.ts';

let sequence = Math.floor(Math.random() * 1e6);
const next = () => (sequence++).toString(36);
export const freshMobile = () => `136${String(sequence++ % 1e8).padStart(8, '0')}`;
const NEW_PASSWORD = 'a long and unusual passphrase 2026';

/** A full PUT body for an organization as it is now, with changes. */
export async function organizationBody(db: DbOrTx, id: string, changes: Record<string, unknown> = {}) {
  const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const stages = (await db.selectFrom('school_stages').select('stage').where('organization_id', '=', id).execute()).map((s) => s.stage);
  return {
    code: row.code,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    regionId: row.region_id,
    ownership: row.ownership,
    stages,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    pupilCount: row.pupil_count,
    teacherCount: row.teacher_count,
    website: row.website,
    seats: [],
    version: row.version,
    ...changes,
  };
}

const newOrganization = (regionId: string) => ({
  kind: 'school',
  code: null,
  nameZh: `权限测试学校${next()}`,
  nameEn: `Access Test School ${next()}`,
  regionId,
  ownership: 'public',
  stages: ['primary'],
  address: null,
  latitude: null,
  longitude: null,
  pupilCount: 100,
  teacherCount: 10,
  website: null,
  seats: [],
});

const newStaff = (role: Role, organizationId: string) => ({
  displayName: `权限测试${next()}`,
  username: `authz.${next()}`,
  password: NEW_PASSWORD,
  grants: [{ role, organizationId }],
});

export function multipartCsv(csv: string, field = 'file', filename = 'schools.csv') {
  const boundary = `----authz${next()}`;
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
  return { body: Buffer.from(body), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const teacherAt = async (db: DbOrTx, organizationId: string, disabled = false) => (await createUser(db, { role: 'teacher', organizationId, disabled })).id;
const grantOf = async (db: DbOrTx, userId: string) =>
  (await db.selectFrom('role_grants').select('id').where('user_id', '=', userId).executeTakeFirstOrThrow()).id;

/** The people list holds only people with a grant inside the caller's reach: their school, or their bureau's regions. */
async function peopleWithinReach({ ctx, world, actor }: Call, body: unknown): Promise<string[]> {
  if (actor === 'platformAdmin' || actor === 'anonymous') return [];
  const items = (body as { items: { id: string; grants: { organizationId: string | null; regionId: string | null }[] }[] }).items;
  const person = world.people[actor];
  if (person.role === 'school_admin') {
    return items.filter((u) => !u.grants.some((g) => g.organizationId === person.organizationId)).map((u) => `lists ${u.id}, who has no grant at its school`);
  }
  const reach = (await ctx.db.selectFrom('organizations').select('region_path').where('id', '=', person.organizationId!).executeTakeFirstOrThrow()).region_path;
  const orgIds = [...new Set(items.flatMap((u) => u.grants.map((g) => g.organizationId)).filter((id): id is string => id !== null))];
  const regionIds = [...new Set(items.flatMap((u) => u.grants.map((g) => g.regionId)).filter((id): id is string => id !== null))];
  const orgPaths = new Map(
    orgIds.length
      ? (await ctx.db.selectFrom('organizations').select(['id', 'region_path']).where('id', 'in', orgIds).execute()).map((o) => [o.id, o.region_path])
      : [],
  );
  const regionPaths = new Map(
    regionIds.length ? (await ctx.db.selectFrom('regions').select(['id', 'path']).where('id', 'in', regionIds).execute()).map((r) => [r.id, r.path]) : [],
  );
  const within = (g: { organizationId: string | null; regionId: string | null }) =>
    (g.organizationId !== null && (orgPaths.get(g.organizationId) ?? '').startsWith(reach)) ||
    (g.regionId !== null && (regionPaths.get(g.regionId) ?? '').startsWith(reach));
  return items.filter((u) => !u.grants.some(within)).map((u) => `lists ${u.id}, who has no grant within its regions`);
}

const T = true;
const F = false;
const EVERYONE: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: T,
  jiangbeiReviewer: T,
  schoolAdminA: T,
  teacherA: T,
  guardian: T,
  anonymous: T,
};
const SIGNED_IN: Record<ActorKey, Outcome> = { ...EVERYONE, anonymous: 401 };
const PLATFORM_ONLY: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: F,
  jiangbeiReviewer: F,
  schoolAdminA: F,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};
/** Those who manage school A's people and record: the platform, the Chongqing and Jiangbei bureaus, school A's admin. */
const SCHOOL_A_MANAGERS: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: F,
  jiangbeiReviewer: F,
  schoolAdminA: T,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};
const JIANGBEI_MANAGERS: Record<ActorKey, Outcome> = { ...SCHOOL_A_MANAGERS, schoolAdminA: F };
const QINGYANG_MANAGERS: Record<ActorKey, Outcome> = { ...PLATFORM_ONLY, qingyangAdmin: T };

const SCHOOL_CSV = '学校标识码,学校名称,行政区划,学段,办学性质\n2500105901,权限测试导入小学,500105,小学,公办\n';

export const AUTHZ_ROWS: AuthzRow[] = [
  // Sign-in and the caller's own account.
  {
    route: 'GET /api/auth/session',
    target: 'own session (anonymous: an unauthenticated answer)',
    request: () => ({ url: '/api/auth/session' }),
    expect: EVERYONE,
  },
  {
    route: 'POST /api/auth/login',
    target: "a fresh teacher's account and password",
    expect: EVERYONE,
    request: async ({ ctx }) => {
      const user = await createUser(ctx.db, { role: 'teacher' });
      return { url: '/api/auth/login', body: { username: user.username, password: TEST_PASSWORD } };
    },
  },
  { route: 'POST /api/auth/logout', target: 'own session', freshActor: true, request: () => ({ url: '/api/auth/logout', body: {} }), expect: EVERYONE },
  {
    route: 'PUT /api/auth/preferences',
    target: 'own language',
    freshActor: true,
    request: () => ({ url: '/api/auth/preferences', body: { locale: 'en-US' } }),
    expect: SIGNED_IN,
  },
  {
    route: 'POST /api/auth/password',
    target: 'own password (guardians have none)',
    freshActor: true,
    request: () => ({ url: '/api/auth/password', body: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } }),
    expect: { ...SIGNED_IN, guardian: { status: 400, code: 'auth.password_wrong' } },
  },
  {
    route: 'POST /api/auth/totp/setup',
    target: 'own authenticator',
    freshActor: true,
    request: () => ({ url: '/api/auth/totp/setup', body: {} }),
    expect: SIGNED_IN,
  },
  {
    route: 'POST /api/auth/totp/enable',
    target: 'own authenticator, with a right code',
    freshActor: true,
    expect: SIGNED_IN,
    request: async ({ client }) => {
      const secret: string | undefined = (await client.post('/api/auth/totp/setup')).json().secret;
      return { url: '/api/auth/totp/enable', body: { code: secret ? currentTotp(secret) : '000000' } };
    },
  },
  {
    // Only a session waiting for its second factor may verify; a full session has nothing to verify.
    route: 'POST /api/auth/totp/verify',
    target: 'a fully signed-in session',
    freshActor: true,
    request: () => ({ url: '/api/auth/totp/verify', body: { code: '123456' } }),
    expect: {
      platformAdmin: 401,
      cqAdmin: 401,
      jiangbeiAdmin: 401,
      qingyangAdmin: 401,
      jiangbeiReviewer: 401,
      schoolAdminA: 401,
      teacherA: 401,
      guardian: 401,
      anonymous: 401,
    },
  },
  {
    route: 'POST /api/auth/sms/request',
    target: 'a fresh mobile number',
    request: () => ({ url: '/api/auth/sms/request', body: { mobile: freshMobile() } }),
    expect: EVERYONE,
  },
  {
    route: 'POST /api/auth/sms/verify',
    target: 'a fresh mobile number with its code',
    expect: EVERYONE,
    request: async ({ ctx, client }) => {
      const mobile = freshMobile();
      await client.post('/api/auth/sms/request', { mobile });
      return { url: '/api/auth/sms/verify', body: { mobile, code: ctx.sms.lastCodeFor(mobile) } };
    },
  },

  // The directory.
  { route: 'GET /api/directory/regions', target: 'all regions', request: () => ({ url: '/api/directory/regions' }), expect: SIGNED_IN },
  {
    route: 'GET /api/directory/organizations',
    target: 'Jiangbei organizations',
    request: () => ({ url: '/api/directory/organizations?regionId=500105' }),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/directory/organizations/:id',
    target: 'Jiangbei school A',
    request: ({ world }) => ({ url: `/api/directory/organizations/${world.schoolA}` }),
    expect: SIGNED_IN,
  },
  {
    route: 'GET /api/directory/organizations/:id',
    target: 'a Qingyang school',
    request: ({ world }) => ({ url: `/api/directory/organizations/${world.qingyangSchool}` }),
    expect: SIGNED_IN,
  },
  {
    route: 'POST /api/directory/organizations',
    target: 'a new school in Jiangbei',
    request: () => ({ url: '/api/directory/organizations', body: newOrganization('500105') }),
    expect: JIANGBEI_MANAGERS,
  },
  {
    route: 'POST /api/directory/organizations',
    target: 'a new school in Qingyang',
    request: () => ({ url: '/api/directory/organizations', body: newOrganization('510105') }),
    expect: QINGYANG_MANAGERS,
  },
  {
    route: 'POST /api/directory/organizations',
    target: 'a new school in Yuzhong (Chongqing, not Jiangbei)',
    request: () => ({ url: '/api/directory/organizations', body: newOrganization('500103') }),
    expect: {
      platformAdmin: T,
      cqAdmin: T,
      jiangbeiAdmin: F,
      qingyangAdmin: F,
      jiangbeiReviewer: F,
      schoolAdminA: F,
      teacherA: F,
      guardian: F,
      anonymous: 401,
    },
  },
  {
    route: 'PUT /api/directory/organizations/:id',
    target: 'Jiangbei school A (school A admin: their own)',
    expect: SCHOOL_A_MANAGERS,
    request: async ({ ctx, world }) => ({
      url: `/api/directory/organizations/${world.schoolA}`,
      body: await organizationBody(ctx.db, world.schoolA, { teacherCount: 61 }),
    }),
  },
  {
    route: 'PUT /api/directory/organizations/:id',
    target: 'another Jiangbei school',
    expect: JIANGBEI_MANAGERS,
    request: async ({ ctx }) => {
      const school = await createSchool(ctx.db, '500105');
      return { url: `/api/directory/organizations/${school.id}`, body: await organizationBody(ctx.db, school.id, { teacherCount: 61 }) };
    },
  },
  {
    route: 'PUT /api/directory/organizations/:id',
    target: 'a Qingyang school',
    expect: QINGYANG_MANAGERS,
    request: async ({ ctx }) => {
      const school = await createSchool(ctx.db, '510105');
      return { url: `/api/directory/organizations/${school.id}`, body: await organizationBody(ctx.db, school.id, { teacherCount: 61 }) };
    },
  },
  {
    route: 'PUT /api/directory/organizations/:id',
    target: 'a Jiangbei bureau record',
    expect: JIANGBEI_MANAGERS,
    request: async ({ ctx }) => {
      const bureau = await createBureau(ctx.db, '500105');
      return { url: `/api/directory/organizations/${bureau.id}`, body: await organizationBody(ctx.db, bureau.id, { teacherCount: 61 }) };
    },
  },
  {
    route: 'PUT /api/directory/organizations/:id',
    target: 'moving a Jiangbei school to Qingyang (needs both regions)',
    expect: PLATFORM_ONLY,
    request: async ({ ctx }) => {
      const school = await createSchool(ctx.db, '500105');
      return { url: `/api/directory/organizations/${school.id}`, body: await organizationBody(ctx.db, school.id, { regionId: '510105' }) };
    },
  },

  // School files (import and export).
  {
    route: 'GET /api/directory/schools/export',
    target: 'Jiangbei schools as CSV',
    request: () => ({ url: '/api/directory/schools/export?regionId=500105&format=csv' }),
    expect: {
      platformAdmin: T,
      cqAdmin: T,
      jiangbeiAdmin: T,
      qingyangAdmin: F,
      jiangbeiReviewer: T,
      schoolAdminA: F,
      teacherA: F,
      guardian: F,
      anonymous: 401,
    },
  },
  {
    route: 'GET /api/directory/schools/export',
    target: 'Qingyang schools as CSV',
    request: () => ({ url: '/api/directory/schools/export?regionId=510105&format=csv' }),
    expect: QINGYANG_MANAGERS,
  },
  {
    route: 'GET /api/directory/schools/import-template',
    target: 'the CSV template',
    request: () => ({ url: '/api/directory/schools/import-template?format=csv' }),
    expect: {
      platformAdmin: T,
      cqAdmin: T,
      jiangbeiAdmin: T,
      qingyangAdmin: T,
      jiangbeiReviewer: F,
      schoolAdminA: F,
      teacherA: F,
      guardian: F,
      anonymous: 401,
    },
  },
  {
    // Qingyang's admin may import somewhere, so the file is read and its Jiangbei row refused.
    route: 'POST /api/directory/schools/import',
    target: 'a dry run of one Jiangbei school',
    request: () => ({ url: '/api/directory/schools/import?dryRun=true', ...multipartCsv(SCHOOL_CSV) }),
    expect: { ...JIANGBEI_MANAGERS, qingyangAdmin: { status: 400, code: 'directory.import_invalid' } },
  },

  // People and their role grants.
  {
    route: 'GET /api/users',
    target: 'the people list (each sees their own reach)',
    request: () => ({ url: '/api/users?pageSize=100' }),
    expect: {
      platformAdmin: T,
      cqAdmin: T,
      jiangbeiAdmin: T,
      qingyangAdmin: T,
      jiangbeiReviewer: F,
      schoolAdminA: T,
      teacherA: F,
      guardian: F,
      anonymous: 401,
    },
    returns: peopleWithinReach,
  },
  {
    route: 'POST /api/users',
    target: 'a new teacher at school A',
    request: ({ world }) => ({ url: '/api/users', body: newStaff('teacher', world.schoolA) }),
    expect: SCHOOL_A_MANAGERS,
  },
  {
    route: 'POST /api/users',
    target: 'a new reviewer at the Qingyang bureau',
    request: ({ world }) => ({ url: '/api/users', body: newStaff('bureau_reviewer', world.qingyangBureau) }),
    expect: QINGYANG_MANAGERS,
  },
  {
    route: 'GET /api/users/:id',
    target: 'another teacher of school A',
    request: async ({ ctx, world }) => ({ url: `/api/users/${await teacherAt(ctx.db, world.schoolA)}` }),
    expect: SCHOOL_A_MANAGERS,
  },
  {
    route: 'GET /api/users/:id',
    target: 'a teacher of Jiangbei school B',
    request: async ({ ctx, world }) => ({ url: `/api/users/${await teacherAt(ctx.db, world.schoolB)}` }),
    expect: JIANGBEI_MANAGERS,
  },
  {
    route: 'GET /api/users/:id',
    target: 'a (peer) Qingyang bureau admin',
    expect: PLATFORM_ONLY,
    request: async ({ ctx, world }) => ({ url: `/api/users/${(await createUser(ctx.db, { role: 'bureau_admin', organizationId: world.qingyangBureau })).id}` }),
  },
  {
    route: 'GET /api/users/:id',
    target: 'oneself',
    request: ({ world, userId }) => ({ url: `/api/users/${userId ?? world.people.teacherA.id}` }),
    expect: SIGNED_IN,
  },
  {
    route: 'PATCH /api/users/:id',
    target: 'a teacher of school A',
    expect: SCHOOL_A_MANAGERS,
    request: async ({ ctx, world }) => ({ url: `/api/users/${await teacherAt(ctx.db, world.schoolA)}`, body: { displayName: '改名测试', version: 1 } }),
  },
  {
    route: 'PATCH /api/users/:id',
    target: 'a Qingyang teacher',
    expect: QINGYANG_MANAGERS,
    request: async ({ ctx, world }) => ({ url: `/api/users/${await teacherAt(ctx.db, world.qingyangSchool)}`, body: { displayName: '改名测试', version: 1 } }),
  },
  {
    route: 'POST /api/users/:id/disable',
    target: 'a teacher of school A',
    request: async ({ ctx, world }) => ({ url: `/api/users/${await teacherAt(ctx.db, world.schoolA)}/disable`, body: {} }),
    expect: SCHOOL_A_MANAGERS,
  },
  {
    route: 'POST /api/users/:id/disable',
    target: 'a teacher of Jiangbei school B',
    request: async ({ ctx, world }) => ({ url: `/api/users/${await teacherAt(ctx.db, world.schoolB)}/disable`, body: {} }),
    expect: JIANGBEI_MANAGERS,
  },
  {
    route: 'POST /api/users/:id/enable',
    target: 'a disabled teacher of school A',
    expect: SCHOOL_A_MANAGERS,
    request: async ({ ctx, world }) => ({ url: `/api/users/${await teacherAt(ctx.db, world.schoolA, true)}/enable`, body: {} }),
  },
  {
    route: 'POST /api/users/:id/password',
    target: 'a teacher of school A',
    expect: SCHOOL_A_MANAGERS,
    request: async ({ ctx, world }) => ({ url: `/api/users/${await teacherAt(ctx.db, world.schoolA)}/password`, body: { password: NEW_PASSWORD } }),
  },
  {
    route: 'POST /api/users/:id/password',
    target: 'a Qingyang teacher',
    expect: QINGYANG_MANAGERS,
    request: async ({ ctx, world }) => ({ url: `/api/users/${await teacherAt(ctx.db, world.qingyangSchool)}/password`, body: { password: NEW_PASSWORD } }),
  },
  {
    route: 'POST /api/users/:id/grants',
    target: 'teacher at school A, to a teacher of school B',
    expect: JIANGBEI_MANAGERS,
    request: async ({ ctx, world }) => ({
      url: `/api/users/${await teacherAt(ctx.db, world.schoolB)}/grants`,
      body: { role: 'teacher', organizationId: world.schoolA },
    }),
  },
  {
    route: 'POST /api/users/:id/grants',
    target: 'reviewer at the Qingyang bureau, to a Qingyang teacher',
    expect: QINGYANG_MANAGERS,
    request: async ({ ctx, world }) => ({
      url: `/api/users/${await teacherAt(ctx.db, world.qingyangSchool)}/grants`,
      body: { role: 'bureau_reviewer', organizationId: world.qingyangBureau },
    }),
  },
  {
    // Jiangbei may change the person but not grant in Qingyang; Qingyang may grant there but not reach the person.
    route: 'POST /api/users/:id/grants',
    target: 'reviewer at the Qingyang bureau, to a teacher of school A',
    expect: PLATFORM_ONLY,
    request: async ({ ctx, world }) => ({
      url: `/api/users/${await teacherAt(ctx.db, world.schoolA)}/grants`,
      body: { role: 'bureau_reviewer', organizationId: world.qingyangBureau },
    }),
  },
  {
    route: 'DELETE /api/users/:id/grants/:grantId',
    target: 'the teacher grant of a teacher of school A',
    expect: SCHOOL_A_MANAGERS,
    request: async ({ ctx, world }) => {
      const id = await teacherAt(ctx.db, world.schoolA);
      return { url: `/api/users/${id}/grants/${await grantOf(ctx.db, id)}` };
    },
  },
  {
    route: 'DELETE /api/users/:id/grants/:grantId',
    target: 'the teacher grant of a Qingyang teacher',
    expect: QINGYANG_MANAGERS,
    request: async ({ ctx, world }) => {
      const id = await teacherAt(ctx.db, world.qingyangSchool);
      return { url: `/api/users/${id}/grants/${await grantOf(ctx.db, id)}` };
    },
  },

  // The audit log.
  { route: 'GET /api/audit', target: 'all entries', request: () => ({ url: '/api/audit' }), expect: PLATFORM_ONLY },
  { route: 'GET /api/todos', target: "the caller's own to-do list", request: () => ({ url: '/api/todos' }), expect: SIGNED_IN },
  { route: 'GET /api/audit/actions', target: 'the named actions of every module', request: () => ({ url: '/api/audit/actions' }), expect: PLATFORM_ONLY },

  // Enrollment.
  ...CHILD_AUTHZ_ROWS,
  ...POLICY_AUTHZ_ROWS,
  ...APPLICATION_AUTHZ_ROWS,
  ...NOTIFICATION_AUTHZ_ROWS,
  ...REVIEW_AUTHZ_ROWS,
  ...APPEAL_AUTHZ_ROWS,
  ...PUBLIC_LIST_AUTHZ_ROWS,
  ...PLACEMENT_AUTHZ_ROWS,
  ...NOTICE_AUTHZ_ROWS,
  ...ROSTER_AUTHZ_ROWS,
  ...STATISTICS_AUTHZ_ROWS,

  // Cooperation.
  ...COOPERATION_AUTHZ_ROWS,

  // Events.
  ...EVENT_AUTHZ_ROWS,
];
