import type { ActorKey, AuthzRow, Outcome } from '../../../test/authorization.types.ts';

// Dashboards in the authorization table: a bureau reads its own jurisdiction's (a municipality also its
// districts'), never another's; the platform reads everything; schools, teachers and families none.

const T = true;
const F = false;
const NOBODY: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: F,
  jiangbeiReviewer: F,
  schoolAdminA: F,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};
const OWN_SCOPE: Record<ActorKey, Outcome> = { ...NOBODY, platformAdmin: T, cqAdmin: T, jiangbeiAdmin: T, qingyangAdmin: T, jiangbeiReviewer: T };
const JIANGBEI: Record<ActorKey, Outcome> = { ...NOBODY, platformAdmin: T, cqAdmin: T, jiangbeiAdmin: T, jiangbeiReviewer: T };
const QINGYANG: Record<ActorKey, Outcome> = { ...NOBODY, platformAdmin: T, qingyangAdmin: T };

const rows = (path: '' | '/map' | '/export'): AuthzRow[] => {
  const url = `/api/cooperation/dashboard${path}`;
  const route = `GET ${url}` as AuthzRow['route'];
  return [
    { route, target: "the caller's own scope", request: () => ({ url }), expect: OWN_SCOPE },
    { route, target: 'Jiangbei', request: () => ({ url: `${url}?regionId=500105` }), expect: JIANGBEI },
    { route, target: 'Qingyang (another jurisdiction for Chongqing)', request: () => ({ url: `${url}?regionId=510105` }), expect: QINGYANG },
  ];
};

const STAFF: Record<ActorKey, Outcome> = { ...OWN_SCOPE, schoolAdminA: T, teacherA: T };
const NO_TILES: Outcome = { status: 404, code: 'resource.not_found' };

export const DASHBOARD_AUTHZ_ROWS: AuthzRow[] = [
  ...rows(''),
  ...rows('/map'),
  ...rows('/export'),
  {
    route: 'GET /api/cooperation/dashboard/tiles/:layer/:z/:x/:y',
    target: 'a tile when no online layer is configured (staff only, then not found)',
    request: () => ({ url: '/api/cooperation/dashboard/tiles/0/8/199/43' }),
    expect: Object.fromEntries(Object.entries(STAFF).map(([actor, outcome]) => [actor, outcome === T ? NO_TILES : outcome])) as Record<ActorKey, Outcome>,
  },
];
