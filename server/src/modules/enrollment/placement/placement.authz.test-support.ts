import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { ActorKey, AuthzRow, Call, Outcome, World } from '../../../test/authorization.types.ts';
import {
  createApplication,
  createFamily,
  createOpenPolicy,
  placeFromWorld,
  type ApplicationFixture,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';
import { policyBody } from '../policies/policies.fixtures.test-support.ts';
import { publishSeedVia, runFinalVia } from './placement.fixtures.test-support.ts';

// Rows of the authorization table for allocation, offers and placement. Rows that change state get a new
// Jiangbei policy or application per call; read-only rows share one per world. The table guardian owns
// the applications they answer or read.

const T = true;
const F = false;
const HIDDEN: Outcome = { status: 404, code: 'resource.not_found' };
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

/** Allocation and manual placement: the host bureau (and the municipal one above it) alone; never the platform. */
const ALLOCATORS: Record<ActorKey, Outcome> = {
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
/** Runs and the unplaced list: those who see the host district's applications. */
const LISTERS: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: F,
  jiangbeiReviewer: T,
  schoolAdminA: F,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};
/** One application: who may read it but not do this gets 403, who may not read it 404. */
const PLACERS: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: HIDDEN,
  jiangbeiReviewer: F,
  schoolAdminA: HIDDEN,
  teacherA: HIDDEN,
  guardian: F,
  anonymous: 401,
};
const OWN_FAMILY: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: HIDDEN,
  jiangbeiReviewer: F,
  schoolAdminA: HIDDEN,
  teacherA: HIDDEN,
  guardian: T,
  anonymous: 401,
};
const EXPLAINED_TO: Record<ActorKey, Outcome> = { ...OWN_FAMILY, cqAdmin: T, jiangbeiAdmin: T, jiangbeiReviewer: T };

const BASE = '/api/enrollment/policies';
const APPS = '/api/enrollment/applications';

/** A new published Jiangbei policy with one approved application; `seed` publishes round 1's seed. */
async function freshPolicy({ ctx, world }: Call, seed: boolean): Promise<PolicyFixture> {
  const policy = await createOpenPolicy(ctx, placeFromWorld(world));
  await createApplication(ctx, policy, 'approved');
  if (seed) await publishSeedVia(await ctx.clientAs(world.people.jiangbeiAdmin.id), policy.id);
  return policy;
}

const shared = new WeakMap<World, Promise<{ policy: PolicyFixture; explained: ApplicationFixture }>>();

/** One policy per world, allocated once; the table guardian's application took part in its final run. */
function allocatedPolicy({ ctx, world }: Call) {
  let entry = shared.get(world);
  if (!entry) {
    entry = (async () => {
      const policy = await createOpenPolicy(ctx, placeFromWorld(world));
      const explained = await createApplication(ctx, policy, 'approved', { family: await createFamily(ctx, { guardianId: world.people.guardian.id }) });
      await createApplication(ctx, policy, 'unplaced');
      const admin = await ctx.clientAs(world.people.jiangbeiAdmin.id);
      await publishSeedVia(admin, policy.id);
      await runFinalVia(admin, policy.id);
      return { policy, explained };
    })();
    shared.set(world, entry);
  }
  return entry;
}

/** A new application of the shared policy in the status, the table guardian's own when they call. */
async function application(call: Call, status: ApplicationStatus): Promise<ApplicationFixture> {
  const { policy } = await allocatedPolicy(call);
  const family = call.actor === 'guardian' ? await createFamily(call.ctx, { guardianId: call.userId! }) : undefined;
  return createApplication(call.ctx, policy, status, { family });
}

export const PLACEMENT_AUTHZ_ROWS: AuthzRow[] = [
  {
    route: 'POST /api/enrollment/policies/:id/lottery-seeds',
    target: 'round 1 of a published Jiangbei policy',
    expect: ALLOCATORS,
    request: async (call) => ({ url: `${BASE}/${(await freshPolicy(call, false)).id}/lottery-seeds`, body: { round: 1 } }),
  },
  {
    route: 'POST /api/enrollment/policies/:id/lottery-seeds',
    target: 'a Jiangbei draft (no allocation before publishing)',
    expect: {
      platformAdmin: F,
      cqAdmin: { status: 409, code: 'enrollment.allocation_policy_not_published' },
      jiangbeiAdmin: { status: 409, code: 'enrollment.allocation_policy_not_published' },
      qingyangAdmin: HIDDEN,
      jiangbeiReviewer: F,
      schoolAdminA: HIDDEN,
      teacherA: HIDDEN,
      guardian: HIDDEN,
      anonymous: 401,
    },
    request: async ({ ctx, world }) => {
      const admin = await ctx.clientAs(world.people.platformAdmin.id);
      const draft = (await admin.post(BASE, policyBody(world.jiangbeiBureau, [world.schoolA, world.schoolB]))).json();
      return { url: `${BASE}/${draft.id}/lottery-seeds`, body: { round: 1 } };
    },
  },
  {
    route: 'POST /api/enrollment/policies/:id/allocation/dry-run',
    target: 'round 1 of a Jiangbei policy with its seed',
    expect: ALLOCATORS,
    request: async (call) => ({ url: `${BASE}/${(await freshPolicy(call, true)).id}/allocation/dry-run`, body: { round: 1 } }),
  },
  {
    route: 'POST /api/enrollment/policies/:id/allocation/final',
    target: 'round 1 of a Jiangbei policy with its seed',
    expect: ALLOCATORS,
    request: async (call) => ({ url: `${BASE}/${(await freshPolicy(call, true)).id}/allocation/final`, body: { round: 1 } }),
  },
  {
    route: 'GET /api/enrollment/policies/:id/allocation/runs',
    target: 'an allocated Jiangbei policy',
    expect: LISTERS,
    request: async (call) => ({ url: `${BASE}/${(await allocatedPolicy(call)).policy.id}/allocation/runs` }),
  },
  {
    route: 'GET /api/enrollment/policies/:id/unplaced',
    target: 'an allocated Jiangbei policy',
    expect: LISTERS,
    request: async (call) => ({ url: `${BASE}/${(await allocatedPolicy(call)).policy.id}/unplaced` }),
  },
  {
    route: 'POST /api/enrollment/applications/:id/placement',
    target: 'an unplaced Jiangbei application, at a designated school',
    expect: PLACERS,
    request: async (call) => {
      const app = await application(call, 'unplaced');
      return { url: `${APPS}/${app.id}/placement`, body: { schoolId: call.world.schoolA, version: app.version } };
    },
  },
  {
    route: 'POST /api/enrollment/applications/:id/offer/accept',
    target: "an open offer (the table guardian's own)",
    expect: OWN_FAMILY,
    request: async (call) => {
      const app = await application(call, 'placed');
      return { url: `${APPS}/${app.id}/offer/accept`, body: { version: app.version } };
    },
  },
  {
    route: 'POST /api/enrollment/applications/:id/offer/decline',
    target: "an open offer (the table guardian's own)",
    expect: OWN_FAMILY,
    request: async (call) => {
      const app = await application(call, 'placed');
      return { url: `${APPS}/${app.id}/offer/decline`, body: { version: app.version, reason: '已在户籍地入学' } };
    },
  },
  {
    route: 'GET /api/enrollment/applications/:id/allocation-explanation',
    target: "the table guardian's allocated application",
    expect: EXPLAINED_TO,
    request: async (call) => ({ url: `${APPS}/${(await allocatedPolicy(call)).explained.id}/allocation-explanation` }),
  },
  {
    route: 'GET /api/public/enrollment/policies/:id/allocation',
    target: 'an allocated Jiangbei policy',
    expect: EVERYONE,
    request: async (call) => ({ url: `/api/public/enrollment/policies/${(await allocatedPolicy(call)).policy.id}/allocation` }),
  },
  {
    route: 'GET /api/public/enrollment/policies/:id/allocation',
    target: 'a Jiangbei draft (not public)',
    expect: Object.fromEntries(Object.keys(EVERYONE).map((actor) => [actor, HIDDEN])) as Record<ActorKey, Outcome>,
    request: async ({ ctx, world }) => {
      const admin = await ctx.clientAs(world.people.platformAdmin.id);
      const draft = (await admin.post(BASE, policyBody(world.jiangbeiBureau, [world.schoolA, world.schoolB]))).json();
      return { url: `/api/public/enrollment/policies/${draft.id}/allocation` };
    },
  },
];
