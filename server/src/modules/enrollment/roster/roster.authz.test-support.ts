import type { ActorKey, AuthzRow, Outcome } from '../../../test/authorization.types.ts';
import { acceptedAtSchoolA } from '../notices/notices.authz.test-support.ts';

// The school roster and arrival (报到) in the authorization table: school A's admin records arrival of its
// own pupils; the platform admin may look (masked); bureaus, teachers and families may neither.

const F = false;
const T = true;
const HIDDEN: Outcome = { status: 404, code: 'resource.not_found' };
const SCHOOL_A_AND_PLATFORM: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: F,
  jiangbeiReviewer: F,
  schoolAdminA: T,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};
/** Recording: school A's admin only; those who may read the application are refused, others find nothing. */
const SCHOOL_A_RECORDS: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: HIDDEN,
  jiangbeiReviewer: F,
  schoolAdminA: T,
  teacherA: HIDDEN,
  guardian: HIDDEN,
  anonymous: 401,
};

export const ROSTER_AUTHZ_ROWS: AuthzRow[] = [
  {
    route: 'GET /api/enrollment/schools/:schoolId/pupils',
    target: "school A's admitted pupils",
    request: ({ world }) => ({ url: `/api/enrollment/schools/${world.schoolA}/pupils` }),
    expect: SCHOOL_A_AND_PLATFORM,
  },
  {
    route: 'GET /api/enrollment/schools/:schoolId/pupils',
    target: "school B's admitted pupils",
    request: ({ world }) => ({ url: `/api/enrollment/schools/${world.schoolB}/pupils` }),
    expect: { ...SCHOOL_A_AND_PLATFORM, schoolAdminA: F },
  },
  {
    route: 'POST /api/enrollment/applications/:id/arrival',
    target: 'a pupil accepted at school A (the guardian: another family)',
    expect: SCHOOL_A_RECORDS,
    request: async (call) => {
      const app = await acceptedAtSchoolA(call, false);
      return { url: `/api/enrollment/applications/${app.id}/arrival`, body: { version: app.version, arrived: true } };
    },
  },
  {
    route: 'POST /api/enrollment/applications/:id/arrival',
    target: "the guardian's own child, accepted at school A",
    expect: { ...SCHOOL_A_RECORDS, guardian: F },
    request: async (call) => {
      const app = await acceptedAtSchoolA(call, true);
      return { url: `/api/enrollment/applications/${app.id}/arrival`, body: { version: app.version, arrived: false } };
    },
  },
];
