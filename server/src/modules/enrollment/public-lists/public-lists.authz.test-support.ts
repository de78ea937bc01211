import type { ActorKey, AuthzRow, Call, Outcome } from '../../../test/authorization.types.ts';
import { createApplication, createOpenPolicy, placeFromWorld } from '../applications/applications.fixtures.test-support.ts';

// 公示 in the authorization table: the host bureaus publish (each call on a new policy with one approved
// applicant); anyone, signed in or not, reads.

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
/** The Jiangbei bureau and the Chongqing bureau above it; not the platform, not the reviewers. */
const JIANGBEI_BUREAUS: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: F,
  jiangbeiReviewer: F,
  schoolAdminA: F,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};

async function policyWithApproved({ ctx, world }: Call): Promise<string> {
  const policy = await createOpenPolicy(ctx, placeFromWorld(world));
  await createApplication(ctx, policy, 'approved');
  return policy.id;
}

export const PUBLIC_LIST_AUTHZ_ROWS: AuthzRow[] = [
  {
    route: 'POST /api/enrollment/policies/:id/public-lists',
    target: 'a published Jiangbei policy with an approved applicant',
    expect: JIANGBEI_BUREAUS,
    request: async (call) => ({ url: `/api/enrollment/policies/${await policyWithApproved(call)}/public-lists`, body: {} }),
  },
  {
    route: 'GET /api/public/enrollment/policies/:id/public-lists',
    target: 'the running lists of a published Jiangbei policy',
    expect: EVERYONE,
    request: async (call) => {
      const policyId = await policyWithApproved(call);
      await (await call.ctx.clientAs(call.world.people.jiangbeiAdmin.id)).post(`/api/enrollment/policies/${policyId}/public-lists`);
      return { url: `/api/public/enrollment/policies/${policyId}/public-lists` };
    },
  },
];
