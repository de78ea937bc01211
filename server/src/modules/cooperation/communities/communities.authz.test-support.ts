import type { ActorKey, AuthzRow, Call, Outcome } from '../../../test/authorization.types.ts';
import { createSchool } from '../../../test/factories.ts';
import { insertAllianceFixture, insertCommunityFixture } from '../memberships/memberships.fixtures.test-support.ts';

// Communities and alliances in the authorization table. Each call builds its own body. School A leads the
// community (chairs the alliance): its admin and the bureaus above it run it; an organization's own admin
// asks to join or leaves; everybody on the staff reads.

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
/** Those who run a body led by school A. */
const MANAGERS_A: Record<ActorKey, Outcome> = { ...NOBODY, platformAdmin: T, cqAdmin: T, jiangbeiAdmin: T, schoolAdminA: T };

const qingyangSchool = async ({ ctx }: Call) => (await createSchool(ctx.db, '510105')).id;
let sequence = 0;
const name = (prefix: string) => `${prefix}${Date.now().toString(36)}${(sequence++).toString(36)}`;

type Body = 'communities' | 'alliances';

/** A body led (chaired) by school A with a new Qingyang school as a member, active or asking. */
async function ledByA(call: Call, body: Body, status: 'active' | 'requested' = 'active') {
  const school = await qingyangSchool(call);
  const { id, membershipIds } =
    body === 'communities'
      ? await insertCommunityFixture(call.ctx.db, call.world.schoolA, [{ organizationId: school, status }])
      : await insertAllianceFixture(call.ctx.db, [
          { organizationId: call.world.schoolA, role: 'chair' },
          { organizationId: school, role: 'member', status },
        ]);
  return { id, memberId: membershipIds[1]! };
}

/** A body led by a new Qingyang school, with school A as a member (or none). */
async function ledByQingyang(call: Call, body: Body, withA: boolean) {
  const school = await qingyangSchool(call);
  const members = withA ? [{ organizationId: call.world.schoolA }] : [];
  const { id, membershipIds } =
    body === 'communities'
      ? await insertCommunityFixture(call.ctx.db, school, members)
      : await insertAllianceFixture(call.ctx.db, [{ organizationId: school, role: 'chair' }, ...members.map((m) => ({ ...m, role: 'member' as const }))]);
  return { id, memberId: membershipIds[1] };
}

function bodyRows(body: Body): AuthzRow[] {
  const base = `/api/cooperation/${body}` as const;
  const route = (suffix: string) => `${suffix.split(' ')[0]} ${base}${suffix.split(' ')[1] ?? ''}` as AuthzRow['route'];
  return [
    { route: route('GET'), target: `${body} (public to staff)`, request: () => ({ url: base }), expect: STAFF },
    { route: route('GET /:id'), target: 'one led by school A', request: async (call) => ({ url: `${base}/${(await ledByA(call, body)).id}` }), expect: STAFF },
    {
      route: route('PUT /:id'),
      target: 'one led by school A',
      expect: MANAGERS_A,
      request: async (call) => {
        const { id } = await ledByA(call, body);
        return {
          url: `${base}/${id}`,
          body:
            body === 'communities'
              ? { name: name('改名共同体'), leadSchoolId: call.world.schoolA, description: null, foundedOn: null, version: 1 }
              : { name: name('改名联盟'), description: null, focusAreas: ['smart_education'], foundedOn: null, version: 1 },
        };
      },
    },
    {
      route: route('POST /:id/members'),
      target: 'a new Qingyang school added to one led by school A',
      expect: MANAGERS_A,
      request: async (call) => ({
        url: `${base}/${(await ledByA(call, body)).id}/members`,
        body: body === 'communities' ? { organizationId: await qingyangSchool(call) } : { organizationId: await qingyangSchool(call), role: 'member' },
      }),
    },
    {
      route: route('POST /:id/join-requests'),
      target: 'school A asking to join one led by a Qingyang school',
      expect: { ...NOBODY, schoolAdminA: T },
      request: async (call) => ({ url: `${base}/${(await ledByQingyang(call, body, false)).id}/join-requests`, body: { organizationId: call.world.schoolA } }),
    },
    {
      route: route('POST /:id/memberships/:membershipId/approve'),
      target: "a Qingyang school's request to one led by school A",
      expect: MANAGERS_A,
      request: async (call) => {
        const { id, memberId } = await ledByA(call, body, 'requested');
        return { url: `${base}/${id}/memberships/${memberId}/approve`, body: { version: 1 } };
      },
    },
    {
      route: route('POST /:id/memberships/:membershipId/reject'),
      target: "a Qingyang school's request to one led by school A",
      expect: MANAGERS_A,
      request: async (call) => {
        const { id, memberId } = await ledByA(call, body, 'requested');
        return { url: `${base}/${id}/memberships/${memberId}/reject`, body: { version: 1, reason: '暂不接收' } };
      },
    },
    {
      route: route('POST /:id/memberships/:membershipId/leave'),
      target: 'removing a Qingyang member from one led by school A',
      expect: MANAGERS_A,
      request: async (call) => {
        const { id, memberId } = await ledByA(call, body);
        return { url: `${base}/${id}/memberships/${memberId}/leave`, body: { version: 1 } };
      },
    },
    {
      route: route('POST /:id/memberships/:membershipId/leave'),
      target: 'school A leaving one led by a Qingyang school',
      expect: { ...NOBODY, platformAdmin: T, qingyangAdmin: T, schoolAdminA: T },
      request: async (call) => {
        const { id, memberId } = await ledByQingyang(call, body, true);
        return { url: `${base}/${id}/memberships/${memberId}/leave`, body: { version: 1, reason: '合作告一段落' } };
      },
    },
  ];
}

export const BODY_AUTHZ_ROWS: AuthzRow[] = [
  ...bodyRows('communities'),
  {
    route: 'POST /api/cooperation/communities',
    target: 'one led by school A',
    expect: MANAGERS_A,
    request: async (call) => ({
      url: '/api/cooperation/communities',
      body: { name: name('权限测试共同体'), leadSchoolId: call.world.schoolA, memberSchoolIds: [await qingyangSchool(call)] },
    }),
  },
  ...bodyRows('alliances'),
  {
    route: 'POST /api/cooperation/alliances',
    target: 'one chaired by school A',
    expect: MANAGERS_A,
    request: async (call) => ({
      url: '/api/cooperation/alliances',
      body: {
        name: name('权限测试联盟'),
        focusAreas: ['smart_education'],
        members: [
          { organizationId: call.world.schoolA, role: 'chair' },
          { organizationId: await qingyangSchool(call), role: 'member' },
        ],
      },
    }),
  },
  {
    route: 'PUT /api/cooperation/alliances/:id/memberships/:membershipId/role',
    target: 'a Qingyang member of one chaired by school A',
    expect: MANAGERS_A,
    request: async (call) => {
      const { id, memberId } = await ledByA(call, 'alliances');
      return { url: `/api/cooperation/alliances/${id}/memberships/${memberId}/role`, body: { role: 'standing_member', version: 1 } };
    },
  },
];
