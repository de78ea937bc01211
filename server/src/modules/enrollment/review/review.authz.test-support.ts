import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import type { ActorKey, AuthzRow, Call, Outcome, World } from '../../../test/authorization.types.ts';
import { createUser } from '../../../test/factories.ts';
import {
  createApplication,
  createFamily,
  createOpenPolicy,
  placeFromWorld,
  type ApplicationFixture,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';

// Rows of the authorization table for the reviewers' routes. One published Jiangbei policy per world; each
// call gets a new application, owned by the caller when the caller is the table's guardian ("own"), by a
// new family otherwise. Applications are rejected (where a status needs it) by a second Jiangbei reviewer,
// so that the table's reviewer may judge their appeals.

const T = true;
const F = false;
const HIDDEN: Outcome = { status: 404, code: 'resource.not_found' };

/** The inbox: Jiangbei's reviewer, the bureaus above it and the platform (masked); nobody else. */
export const JIANGBEI_LISTERS: Record<ActorKey, Outcome> = {
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
/** Reviewing one application: its host reviewer alone; who may read it gets 403, who may not 404. */
export const HOST_REVIEWER_ONLY: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: HIDDEN,
  jiangbeiReviewer: T,
  schoolAdminA: HIDDEN,
  teacherA: HIDDEN,
  guardian: HIDDEN,
  anonymous: 401,
};
/** The same, when the application is the table guardian's own: they read it, but review nothing. */
export const HOST_REVIEWER_ONLY_OWN: Record<ActorKey, Outcome> = { ...HOST_REVIEWER_ONLY, guardian: F };

const policies = new WeakMap<World, Promise<{ policy: PolicyFixture; rejecterId: string }>>();

/** The world's Jiangbei policy, published once, and the second reviewer who makes the decisions in fixtures. */
export function jiangbeiPolicy({ ctx, world }: Call): Promise<{ policy: PolicyFixture; rejecterId: string }> {
  let entry = policies.get(world);
  if (!entry) {
    entry = (async () => {
      const policy = await createOpenPolicy(ctx, placeFromWorld(world));
      const rejecterId = (await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: world.jiangbeiBureau })).id;
      return { policy, rejecterId };
    })();
    policies.set(world, entry);
  }
  return entry;
}

/** A new Jiangbei application in the status; `own`: the table guardian's when they are the caller. */
export async function jiangbeiApplication(call: Call, status: ApplicationStatus, own = false): Promise<ApplicationFixture> {
  const { policy, rejecterId } = await jiangbeiPolicy(call);
  const family = own && call.actor === 'guardian' ? await createFamily(call.ctx, { guardianId: call.userId! }) : undefined;
  return createApplication(call.ctx, { ...policy, place: { ...policy.place, reviewerId: rejecterId } }, status, { family });
}

const BASE = '/api/enrollment/review/applications';
const inWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

type Step = { route: AuthzRow['route']; spec: (app: ApplicationFixture) => { url: string; body?: unknown } };

const STEPS: Step[] = [
  { route: 'GET /api/enrollment/review/applications/:id', spec: (app) => ({ url: `${BASE}/${app.id}` }) },
  { route: 'POST /api/enrollment/review/applications/:id/reveal-id-number', spec: (app) => ({ url: `${BASE}/${app.id}/reveal-id-number`, body: {} }) },
  {
    route: 'POST /api/enrollment/review/applications/:id/documents/:documentId/decision',
    spec: (app) => ({
      url: `${BASE}/${app.id}/documents/${app.documentIds.residence_permit}/decision`,
      body: { version: app.version, decision: 'reject', reason: '照片不清晰' },
    }),
  },
  {
    route: 'POST /api/enrollment/review/applications/:id/supplement-request',
    spec: (app) => ({
      url: `${BASE}/${app.id}/supplement-request`,
      body: { version: app.version, materials: ['residence_permit'], message: '请补充', deadline: inWeek() },
    }),
  },
  {
    route: 'POST /api/enrollment/review/applications/:id/points-verification',
    spec: (app) => ({
      url: `${BASE}/${app.id}/points-verification`,
      body: { version: app.version, verified: { residence_months: 24, social_insurance_months: 24, housing: 'rented' } },
    }),
  },
  {
    route: 'POST /api/enrollment/review/applications/:id/decision',
    spec: (app) => ({ url: `${BASE}/${app.id}/decision`, body: { version: app.version, decision: 'reject', reason: '不符合条件' } }),
  },
];

export const REVIEW_AUTHZ_ROWS: AuthzRow[] = [
  {
    route: 'GET /api/enrollment/review/applications',
    target: 'the inbox of a Jiangbei policy',
    expect: JIANGBEI_LISTERS,
    request: async (call) => ({ url: `${BASE}?policyId=${(await jiangbeiPolicy(call)).policy.id}&status=submitted` }),
  },
  {
    route: 'GET /api/enrollment/review/applications',
    target: "the inbox of the caller's own regions",
    request: () => ({ url: BASE }),
    expect: { ...JIANGBEI_LISTERS, qingyangAdmin: T },
    // Each listed application belongs to a policy hosted where the caller holds a grant.
    returns: async ({ ctx, world, actor }, body) => {
      const items = (body as { items: { reference: string; policyId: string }[] }).items;
      if (actor === 'platformAdmin' || items.length === 0) return [];
      const person = world.people[actor as Exclude<typeof actor, 'anonymous'>];
      const reach = await ctx.db.selectFrom('organizations').select('region_path').where('id', '=', person.organizationId!).executeTakeFirstOrThrow();
      const policies = await ctx.db
        .selectFrom('enrollment_policies')
        .select(['id', 'host_region_path'])
        .where('id', 'in', [...new Set(items.map((i) => i.policyId))])
        .execute();
      const outside = new Set(policies.filter((p) => !p.host_region_path.startsWith(reach.region_path)).map((p) => p.id));
      return items.filter((i) => outside.has(i.policyId)).map((i) => `lists ${i.reference} of a policy outside its regions`);
    },
  },
  ...STEPS.flatMap(({ route, spec }): AuthzRow[] => [
    {
      route,
      target: 'a submitted Jiangbei application of another family',
      expect: HOST_REVIEWER_ONLY,
      revealsIdNumber: route.endsWith('/reveal-id-number'),
      request: async (call) => spec(await jiangbeiApplication(call, 'submitted')),
    },
    {
      route,
      target: "a submitted Jiangbei application, the guardian's own",
      expect: HOST_REVIEWER_ONLY_OWN,
      revealsIdNumber: route.endsWith('/reveal-id-number'),
      request: async (call) => spec(await jiangbeiApplication(call, 'submitted', true)),
    },
  ]),
];
