import type { ActorKey, AuthzRow, Outcome } from '../../../test/authorization.table.ts';

// Dashboards in the authorization table: a bureau reads its own jurisdiction's (a municipality also its
// districts'), never another's; the platform reads everything; schools, teachers and families none.

const T = true;
const F = false;
const NOBODY: Record<ActorKey, Outcome> = { platformAdmin: F, cqAdmin: F, jiangbeiAdmin: F, qingyangAdmin: F, jiangbeiReviewer: F, schoolAdminA: F, teacherA: F, guardian: F, anonymous: 401 };
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

export const DASHBOARD_AUTHZ_ROWS: AuthzRow[] = [...rows(''), ...rows('/map'), ...rows('/export')];
