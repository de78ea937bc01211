import type { ActorKey, AuthzRow, Call, Outcome } from '../../../test/authorization.types.ts';
import { createApplication, createOpenPolicy, placeFromWorld } from '../applications/applications.fixtures.test-support.ts';

// Statistics in the authorization table: bureaus and reviewers count their own jurisdiction (Qingyang sees
// its own, empty, district), the platform everything; schools, teachers and families nothing.

const F = false;
const T = true;
const BUREAUS: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: T,
  jiangbeiReviewer: T,
  schoolAdminA: F,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};

async function jiangbeiPolicy({ ctx, world }: Call): Promise<string> {
  const policy = await createOpenPolicy(ctx, placeFromWorld(world));
  await createApplication(ctx, policy, 'enrolled', { preferences: [world.schoolA] });
  return policy.id;
}

export const STATISTICS_AUTHZ_ROWS: AuthzRow[] = [
  { route: 'GET /api/enrollment/statistics', target: "the caller's jurisdiction", request: () => ({ url: '/api/enrollment/statistics' }), expect: BUREAUS },
  {
    route: 'GET /api/enrollment/statistics',
    target: 'a Jiangbei policy',
    expect: { ...BUREAUS, qingyangAdmin: F },
    request: async (call) => ({ url: `/api/enrollment/statistics?policyId=${await jiangbeiPolicy(call)}` }),
  },
  {
    route: 'GET /api/enrollment/statistics.xlsx',
    target: 'a Jiangbei policy',
    expect: { ...BUREAUS, qingyangAdmin: F },
    request: async (call) => ({ url: `/api/enrollment/statistics.xlsx?policyId=${await jiangbeiPolicy(call)}` }),
  },
  {
    route: 'GET /api/enrollment/statistics.xlsx',
    target: 'Jiangbei District',
    request: () => ({ url: '/api/enrollment/statistics.xlsx?regionId=500105' }),
    expect: { ...BUREAUS, qingyangAdmin: F },
  },
];
