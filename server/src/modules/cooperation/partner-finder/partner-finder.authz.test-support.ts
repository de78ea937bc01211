import type { ActorKey, AuthzRow, Outcome } from '../../../test/authorization.types.ts';

// The partner finder and organization profiles in the authorization table: a school's people and the
// bureaus above it search for it; its record's editors edit its strengths and needs.

const T = true;
const F = false;
const STAFF: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: T,
  jiangbeiReviewer: T,
  schoolAdminA: T,
  teacherA: T,
  guardian: F,
  anonymous: 401,
};
const SCHOOL_A_PEOPLE: Record<ActorKey, Outcome> = { ...STAFF, qingyangAdmin: F };
const SCHOOL_A_EDITORS: Record<ActorKey, Outcome> = { ...SCHOOL_A_PEOPLE, jiangbeiReviewer: F, teacherA: F };

export const PARTNER_FINDER_AUTHZ_ROWS: AuthzRow[] = [
  {
    route: 'GET /api/cooperation/partner-finder',
    target: 'partners for school A',
    request: ({ world }) => ({ url: `/api/cooperation/partner-finder?schoolId=${world.schoolA}` }),
    expect: SCHOOL_A_PEOPLE,
  },
  {
    route: 'GET /api/cooperation/profiles/:organizationId',
    target: "school A's strengths and needs",
    request: ({ world }) => ({ url: `/api/cooperation/profiles/${world.schoolA}` }),
    expect: STAFF,
  },
  {
    route: 'PUT /api/cooperation/profiles/:organizationId',
    target: "school A's strengths and needs",
    expect: SCHOOL_A_EDITORS,
    request: ({ world }) => ({ url: `/api/cooperation/profiles/${world.schoolA}`, body: { strengths: ['mathematics'], needs: ['english'] } }),
  },
];
