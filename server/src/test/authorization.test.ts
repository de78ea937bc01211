import type { RouteOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.ts';
import { buildApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import type { DbOrTx } from '../platform/db/database.ts';
import { AUTHZ_ROWS, type ActorKey, type AuthzRow, type Outcome, type Person, type World } from './authorization.table.ts';
import { createTestDatabase, DIALECTS } from './databases.ts';
import { createBureau, createSchool, createUser } from './factories.ts';
import { createTestContext, type TestContext } from './test-app.ts';

/** Chongqing (municipal), Jiangbei, Yuzhong and Qingyang bureaus, two Jiangbei schools, a Qingyang school, one person per role × scope. */
async function buildWorld(db: DbOrTx): Promise<World> {
  const [cqBureau, jiangbeiBureau, yuzhongBureau, qingyangBureau] = await Promise.all(['500000', '500105', '500103', '510105'].map((r) => createBureau(db, r)));
  const [schoolA, schoolB, qingyangSchool] = [await createSchool(db, '500105'), await createSchool(db, '500105'), await createSchool(db, '510105')];
  const grants: Record<Person, [Role, string | null]> = {
    platformAdmin: ['platform_admin', null],
    cqAdmin: ['bureau_admin', cqBureau!.id],
    jiangbeiAdmin: ['bureau_admin', jiangbeiBureau!.id],
    qingyangAdmin: ['bureau_admin', qingyangBureau!.id],
    jiangbeiReviewer: ['bureau_reviewer', jiangbeiBureau!.id],
    schoolAdminA: ['school_admin', schoolA.id],
    teacherA: ['teacher', schoolA.id],
    guardian: ['guardian', null],
  };
  const people = {} as World['people'];
  for (const [key, [role, organizationId]] of Object.entries(grants) as [Person, [Role, string | null]][]) {
    people[key] = { id: (await createUser(db, { role, organizationId })).id, role, organizationId };
  }
  return {
    cqBureau: cqBureau!.id,
    jiangbeiBureau: jiangbeiBureau!.id,
    yuzhongBureau: yuzhongBureau!.id,
    qingyangBureau: qingyangBureau!.id,
    schoolA: schoolA.id,
    schoolB: schoolB.id,
    qingyangSchool: qingyangSchool.id,
    people,
  };
}

const REFUSAL_ACTIONS = ['access.denied', 'upload.refused'];

/** A whole mainland ID number (18 characters, a plausible birth date): masked forms have '*' in the middle. */
const FULL_ID_NUMBER = /(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/;

async function countDenials(db: DbOrTx): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select((e) => e.fn.countAll<number>().as('n'))
    .where('action', '=', 'access.denied')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What a refused call must leave untouched: row counts, versions, disabled accounts, live sessions, the audit log. */
async function fingerprint(db: DbOrTx): Promise<string> {
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('organizations')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('organizations'),
      eb
        .selectFrom('organizations')
        .select((e) => e.fn.sum<number>('version').as('n'))
        .as('organization_versions'),
      eb
        .selectFrom('users')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('users'),
      eb
        .selectFrom('users')
        .select((e) => e.fn.sum<number>('version').as('n'))
        .as('user_versions'),
      eb
        .selectFrom('users')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('disabled_at', 'is not', null)
        .as('disabled'),
      eb
        .selectFrom('role_grants')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('grants'),
      eb
        .selectFrom('sessions')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('revoked_at', 'is', null)
        .as('live_sessions'),
      // A refusal adds its own audit entry (access.denied, upload.refused), counted apart below.
      eb
        .selectFrom('audit_log')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('action', 'not in', REFUSAL_ACTIONS)
        .as('audit'),
    ])
    .executeTakeFirstOrThrow();
  return Object.values(row).map(Number).join('/');
}

const ACTORS: ActorKey[] = [
  'platformAdmin',
  'cqAdmin',
  'jiangbeiAdmin',
  'qingyangAdmin',
  'jiangbeiReviewer',
  'schoolAdminA',
  'teacherA',
  'guardian',
  'anonymous',
];

const describeOutcome = (outcome: Outcome) =>
  outcome === true ? '2xx' : outcome === false ? '403 auth.forbidden' : outcome === 401 ? '401 auth.required' : `${outcome.status} ${outcome.code}`;

function meets(outcome: Outcome, status: number, code: string | undefined): boolean {
  if (outcome === true) return status >= 200 && status < 300;
  if (outcome === false) return status === 403 && code === 'auth.forbidden';
  if (outcome === 401) return status === 401 && code === 'auth.required';
  return status === outcome.status && code === outcome.code;
}

/** '/api/users/:id/grants/:grantId' → a pattern the concrete URL (without its query) must match. */
const routePattern = (route: string) => new RegExp(`^${route.replace(/:\w+/g, '[^/]+')}$`);
const rowLabel = (row: AuthzRow) => `${row.route} — ${row.target}`;

describe.each(DIALECTS)('authorization table (%s)', (dialect) => {
  let ctx: TestContext;
  let world: World;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    world = await buildWorld(ctx.db);
  });
  afterAll(async () => ctx?.close());

  it.each(AUTHZ_ROWS.map((row) => [rowLabel(row), row] as const))(
    '%s',
    async (_label, row) => {
      const [method, route] = row.route.split(' ') as [string, string];
      const mismatches: string[] = [];
      for (const actor of ACTORS) {
        let userId: string | null = null;
        if (actor !== 'anonymous') {
          const person = world.people[actor];
          userId = row.freshActor ? (await createUser(ctx.db, { role: person.role, organizationId: person.organizationId })).id : person.id;
        }
        // A new client per call: sign-in rows replace the session cookie, sign-out rows end it.
        const client = userId ? await ctx.clientAs(userId) : await ctx.anonymous();
        const spec = await row.request({ ctx, world, actor, userId, client });
        expect(spec.url.split('?')[0], 'the request URL matches the row route').toMatch(routePattern(route));
        const expected = row.expect[actor];
        const before = expected === true ? null : await fingerprint(ctx.db);
        const denialsBefore = await countDenials(ctx.db);
        const response = await client.request(method as 'GET', spec.url, spec.body, spec.headers);
        const code: string | undefined = response.statusCode >= 400 ? response.json().error?.code : undefined;
        if (!meets(expected, response.statusCode, code)) {
          mismatches.push(`${actor}: expected ${describeOutcome(expected)}, got ${response.statusCode} ${code ?? ''}`.trim());
        } else if (before !== null && (await fingerprint(ctx.db)) !== before) {
          mismatches.push(`${actor}: refused with ${response.statusCode} but the database changed`);
        } else if (expected === false && actor !== 'anonymous' && (await countDenials(ctx.db)) !== denialsBefore + 1) {
          mismatches.push(`${actor}: refused with 403 but not audited once as access.denied`);
        } else if (expected === true && String(response.headers['content-type'] ?? '').startsWith('application/json')) {
          if (!row.revealsIdNumber && FULL_ID_NUMBER.test(response.body)) mismatches.push(`${actor}: the answer holds a full ID number`);
          if (row.returns) mismatches.push(...(await row.returns({ ctx, world, actor, userId, client }, response.json())).map((p) => `${actor}: ${p}`));
        }
      }
      expect(mismatches).toEqual([]);
      // A row calls nine actors; rows that hash passwords (scrypt) for each need more than the default on a busy machine.
    },
    90_000,
  );
});

describe('authorization table coverage', () => {
  const registered = new Set<string>();
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const database = await createTestDatabase('sqlite');
    const config = parseConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', WEB_DIR: '/nonexistent' });
    const app = await buildApp({
      config,
      db: database.db,
      logger: false,
      onRoute: (route: RouteOptions) => {
        const url = route.url.length > 1 ? route.url.replace(/\/$/, '') : route.url;
        for (const method of [route.method].flat()) {
          if (method !== 'HEAD' && url.startsWith('/api/') && !url.startsWith('/api/docs')) registered.add(`${method} ${url}`);
        }
      },
    });
    await app.ready();
    close = async () => {
      await app.close();
      await database.destroy();
    };
  });
  afterAll(async () => close());

  it('has a row for every API route the app registers', () => {
    const covered = new Set(AUTHZ_ROWS.map((row) => row.route));
    expect(registered.size).toBeGreaterThan(20);
    expect([...registered].filter((route) => !covered.has(route as AuthzRow['route'])).sort()).toEqual([]);
  });

  it('names only routes that exist', () => {
    expect([...new Set(AUTHZ_ROWS.map((row) => row.route))].filter((route) => !registered.has(route)).sort()).toEqual([]);
  });

  it('states an outcome for every actor in every row', () => {
    for (const row of AUTHZ_ROWS) expect(Object.keys(row.expect).sort(), rowLabel(row)).toEqual([...ACTORS].sort());
  });
});
