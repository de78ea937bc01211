import type { ActorKey, AuthzRow, Call, Outcome } from '../../../test/authorization.types.ts';
import { policyBody } from './policies.fixtures.test-support.ts';

// Rows of the authorization table for /api/enrollment/policies. Each row builds its own policy through the
// platform admin, so rows never share state. Jiangbei's managers: the platform, Chongqing and Jiangbei admins.

const BASE = '/api/enrollment/policies';
const T = true;
const F = false;
const NOT_FOUND: Outcome = { status: 404, code: 'resource.not_found' };
const SIGNED_IN: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: T,
  jiangbeiReviewer: T,
  schoolAdminA: T,
  teacherA: T,
  guardian: T,
  anonymous: 401,
};
const JIANGBEI_MANAGERS: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: F,
  jiangbeiReviewer: F,
  schoolAdminA: F,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};
const QINGYANG_MANAGERS: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: T,
  jiangbeiReviewer: F,
  schoolAdminA: F,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};
/** A Jiangbei draft is read by Jiangbei's bureaus (reviewer included) and missing for everyone else. */
const JIANGBEI_DRAFT_READERS: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: NOT_FOUND,
  jiangbeiReviewer: T,
  schoolAdminA: NOT_FOUND,
  teacherA: NOT_FOUND,
  guardian: NOT_FOUND,
  anonymous: 401,
};
const FROZEN: Outcome = { status: 409, code: 'enrollment.policy_frozen' };

type Target = { id: string; version: number; body: Record<string, unknown> };

async function jiangbeiPolicy({ ctx, world }: Call, status: 'draft' | 'published'): Promise<Target> {
  const admin = await ctx.clientAs(world.people.platformAdmin.id);
  const created = (await admin.post(BASE, policyBody(world.jiangbeiBureau, [world.schoolA, world.schoolB]))).json();
  if (status === 'draft') return { id: created.id, version: created.version, body: created };
  const published = (await admin.post(`${BASE}/${created.id}/publish`, { version: created.version })).json();
  return { id: published.id, version: published.version, body: published };
}

const putBody = ({ body }: Target) => {
  const { id, bureauId, hostRegionId, hostRegionNameZh, hostRegionNameEn, status, windowState, rulesHash, publishedAt, closedAt, canEdit, updatedAt, ...rest } =
    body;
  void [id, bureauId, hostRegionId, hostRegionNameZh, hostRegionNameEn, status, windowState, rulesHash, publishedAt, closedAt, canEdit, updatedAt];
  return { ...rest, schools: (rest.schools as { schoolId: string; seats: number }[]).map(({ schoolId, seats }) => ({ schoolId, seats })), appealDays: 6 };
};

const preview = { routeCode: 'points', declared: { residence_months: 12, housing: 'rented' } };

export const POLICY_AUTHZ_ROWS: AuthzRow[] = [
  {
    route: 'GET /api/enrollment/policies',
    target: 'policies of Jiangbei (drafts only where reachable)',
    request: () => ({ url: `${BASE}?regionId=500105` }),
    expect: SIGNED_IN,
  },
  {
    route: 'POST /api/enrollment/policies',
    target: 'a new Jiangbei draft',
    request: ({ world }) => ({ url: BASE, body: policyBody(world.jiangbeiBureau, [world.schoolA, world.schoolB]) }),
    expect: JIANGBEI_MANAGERS,
  },
  {
    route: 'POST /api/enrollment/policies',
    target: 'a new Qingyang draft',
    request: ({ world }) => ({ url: BASE, body: policyBody(world.qingyangBureau, [world.qingyangSchool]) }),
    expect: QINGYANG_MANAGERS,
  },
  {
    route: 'GET /api/enrollment/policies/:id',
    target: 'a Jiangbei draft',
    request: async (call) => ({ url: `${BASE}/${(await jiangbeiPolicy(call, 'draft')).id}` }),
    expect: JIANGBEI_DRAFT_READERS,
  },
  {
    route: 'GET /api/enrollment/policies/:id',
    target: 'a published Jiangbei policy',
    request: async (call) => ({ url: `${BASE}/${(await jiangbeiPolicy(call, 'published')).id}` }),
    expect: SIGNED_IN,
  },
  {
    route: 'PUT /api/enrollment/policies/:id',
    target: 'a Jiangbei draft',
    expect: JIANGBEI_MANAGERS,
    request: async (call) => {
      const p = await jiangbeiPolicy(call, 'draft');
      return { url: `${BASE}/${p.id}`, body: putBody(p) };
    },
  },
  {
    route: 'PUT /api/enrollment/policies/:id',
    target: 'a published Jiangbei policy (frozen)',
    expect: { ...JIANGBEI_MANAGERS, platformAdmin: FROZEN, cqAdmin: FROZEN, jiangbeiAdmin: FROZEN },
    request: async (call) => {
      const p = await jiangbeiPolicy(call, 'published');
      return { url: `${BASE}/${p.id}`, body: putBody(p) };
    },
  },
  {
    route: 'POST /api/enrollment/policies/:id/publish',
    target: 'a complete Jiangbei draft',
    expect: JIANGBEI_MANAGERS,
    request: async (call) => {
      const p = await jiangbeiPolicy(call, 'draft');
      return { url: `${BASE}/${p.id}/publish`, body: { version: p.version } };
    },
  },
  {
    route: 'POST /api/enrollment/policies/:id/close',
    target: 'a published Jiangbei policy',
    expect: JIANGBEI_MANAGERS,
    request: async (call) => {
      const p = await jiangbeiPolicy(call, 'published');
      return { url: `${BASE}/${p.id}/close`, body: { version: p.version } };
    },
  },
  {
    route: 'POST /api/enrollment/policies/:id/extend-window',
    target: 'a published Jiangbei policy, one week later',
    expect: JIANGBEI_MANAGERS,
    request: async (call) => {
      const p = await jiangbeiPolicy(call, 'published');
      return {
        url: `${BASE}/${p.id}/extend-window`,
        body: { windowClosesAt: new Date(Date.parse(String(p.body.windowClosesAt)) + 7 * 86400_000).toISOString(), version: p.version },
      };
    },
  },
  {
    route: 'POST /api/enrollment/policies/:id/points-preview',
    target: 'a published Jiangbei policy',
    expect: SIGNED_IN,
    request: async (call) => ({ url: `${BASE}/${(await jiangbeiPolicy(call, 'published')).id}/points-preview`, body: preview }),
  },
  {
    route: 'POST /api/enrollment/policies/:id/points-preview',
    target: 'a Jiangbei draft',
    expect: JIANGBEI_DRAFT_READERS,
    request: async (call) => ({ url: `${BASE}/${(await jiangbeiPolicy(call, 'draft')).id}/points-preview`, body: preview }),
  },
];
