import type { ActorKey, AuthzRow, Call, Outcome } from '../../../test/authorization.types.ts';
import { createApplication, createFamily, createOpenPolicy, placeFromWorld } from '../applications/applications.fixtures.test-support.ts';

// The admission notice in the authorization table. Each call builds a new Jiangbei policy and an application
// accepted at school A: "own" belongs to the caller when the caller is the table's guardian.

const F = false;
const T = true;
const HIDDEN: Outcome = { status: 404, code: 'resource.not_found' };
/** Those who may read the application are refused the notice; those who may not do not learn it exists. */
const NOT_THEIRS: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: HIDDEN,
  jiangbeiReviewer: F,
  schoolAdminA: F,
  teacherA: HIDDEN,
  guardian: HIDDEN,
  anonymous: 401,
};
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
const NOBODY_FINDS: Record<ActorKey, Outcome> = Object.fromEntries(Object.keys(EVERYONE).map((k) => [k, HIDDEN])) as Record<ActorKey, Outcome>;

/** An application accepted at school A; the guardian's own when `own` and the caller is the table's guardian. */
export async function acceptedAtSchoolA({ ctx, world, actor, userId }: Call, own: boolean) {
  const policy = await createOpenPolicy(ctx, placeFromWorld(world));
  const family = own && actor === 'guardian' ? await createFamily(ctx, { guardianId: userId! }) : undefined;
  return createApplication(ctx, policy, 'accepted', { family, preferences: [world.schoolA, world.schoolB] });
}

export const NOTICE_AUTHZ_ROWS: AuthzRow[] = [
  {
    route: 'GET /api/enrollment/applications/:id/admission-notice.pdf',
    target: "the guardian's own accepted application (others: another family's)",
    expect: { ...NOT_THEIRS, guardian: T },
    request: async (call) => ({ url: `/api/enrollment/applications/${(await acceptedAtSchoolA(call, true)).id}/admission-notice.pdf` }),
  },
  {
    route: 'GET /api/enrollment/applications/:id/admission-notice.pdf',
    target: "another family's accepted application",
    expect: NOT_THEIRS,
    request: async (call) => ({ url: `/api/enrollment/applications/${(await acceptedAtSchoolA(call, false)).id}/admission-notice.pdf` }),
  },
  {
    route: 'GET /api/public/admission-notices/:code',
    target: 'the code of an issued notice (anyone holding it)',
    expect: EVERYONE,
    request: async (call) => {
      const app = await acceptedAtSchoolA(call, false);
      await (await call.ctx.clientAs(app.guardianId)).get(`/api/enrollment/applications/${app.id}/admission-notice.pdf`);
      const notice = await call.ctx.db
        .selectFrom('enrollment_admission_notices')
        .select('verification_code')
        .where('application_id', '=', app.id)
        .executeTakeFirstOrThrow();
      return { url: `/api/public/admission-notices/${notice.verification_code}` };
    },
  },
  {
    route: 'GET /api/public/admission-notices/:code',
    target: 'a code no notice has',
    expect: NOBODY_FINDS,
    request: () => ({ url: '/api/public/admission-notices/0000-0000-0000-0000' }),
  },
];
