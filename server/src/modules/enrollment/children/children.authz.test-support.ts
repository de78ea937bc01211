import { CONSENT_TEXT_VERSION } from '../../../../../common/consent.ts';
import type { ActorKey, AuthzRow, Call, Outcome, RequestSpec } from '../../../test/authorization.types.ts';
import { childBody, createChildVia, makeIdNumber } from './children.fixtures.test-support.ts';

// Child profiles in the authorization table. Each call gets a new child: "another family's child" is
// owned by a new guardian (so the table's guardian is a stranger to it); "own child" is owned by the
// caller when the caller is the table's guardian, by a new guardian otherwise.

const T = true;
const F = false;
const HIDDEN = { status: 404, code: 'resource.not_found' };
/** Strangers do not learn that the child exists; a platform admin may read it masked and nothing more. */
const STRANGERS_READ: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: HIDDEN,
  jiangbeiAdmin: HIDDEN,
  qingyangAdmin: HIDDEN,
  jiangbeiReviewer: HIDDEN,
  schoolAdminA: HIDDEN,
  teacherA: HIDDEN,
  guardian: HIDDEN,
  anonymous: 401,
};
const STRANGERS_CHANGE: Record<ActorKey, Outcome> = { ...STRANGERS_READ, platformAdmin: F };
const GUARDIANS_ONLY: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: F,
  jiangbeiReviewer: F,
  schoolAdminA: F,
  teacherA: F,
  guardian: T,
  anonymous: 401,
};

type ChildRoute = { route: AuthzRow['route']; spec: (childId: string) => RequestSpec; change: boolean };

const ROUTES: ChildRoute[] = [
  { route: 'GET /api/enrollment/children/:id', spec: (id) => ({ url: `/api/enrollment/children/${id}` }), change: false },
  {
    route: 'PUT /api/enrollment/children/:id',
    change: true,
    spec: (id) => ({
      url: `/api/enrollment/children/${id}`,
      body: { name: '张晓明', hukouDivisionCode: '510105', hukouAddress: null, relation: 'mother', version: 1 },
    }),
  },
  { route: 'DELETE /api/enrollment/children/:id', spec: (id) => ({ url: `/api/enrollment/children/${id}` }), change: true },
  {
    route: 'POST /api/enrollment/children/:id/id-number/reveal',
    spec: (id) => ({ url: `/api/enrollment/children/${id}/id-number/reveal`, body: {} }),
    change: true,
  },
  {
    route: 'POST /api/enrollment/children/:id/consents',
    change: true,
    spec: (id) => ({ url: `/api/enrollment/children/${id}/consents`, body: { textVersion: CONSENT_TEXT_VERSION, locale: 'zh-CN' } }),
  },
  {
    route: 'POST /api/enrollment/children/:id/consents/withdraw',
    spec: (id) => ({ url: `/api/enrollment/children/${id}/consents/withdraw`, body: {} }),
    change: true,
  },
];

const ownChild = async ({ ctx, actor, userId }: Call) => (await createChildVia(ctx, actor === 'guardian' ? userId! : undefined)).childId;
const strangersChild = async ({ ctx }: Call) => (await createChildVia(ctx)).childId;

export const CHILD_AUTHZ_ROWS: AuthzRow[] = [
  { route: 'GET /api/enrollment/children', target: "the caller's own children", request: () => ({ url: '/api/enrollment/children' }), expect: GUARDIANS_ONLY },
  {
    route: 'POST /api/enrollment/children',
    target: 'a new child with a fresh ID number',
    expect: { ...GUARDIANS_ONLY, guardian: T },
    request: () => ({ url: '/api/enrollment/children', body: childBody(makeIdNumber()) }),
  },
  {
    route: 'GET /api/enrollment/consent-text',
    target: 'the current consent text',
    request: () => ({ url: '/api/enrollment/consent-text?locale=en-US' }),
    expect: {
      platformAdmin: T,
      cqAdmin: T,
      jiangbeiAdmin: T,
      qingyangAdmin: T,
      jiangbeiReviewer: T,
      schoolAdminA: T,
      teacherA: T,
      guardian: T,
      anonymous: 401,
    },
  },
  ...ROUTES.flatMap(({ route, spec, change }): AuthzRow[] => [
    {
      route,
      target: "another family's child (the guardian is a stranger to it)",
      expect: change ? STRANGERS_CHANGE : STRANGERS_READ,
      request: async (call) => spec(await strangersChild(call)),
    },
    {
      route,
      target: "the guardian's own child (others: another family's)",
      expect: { ...(change ? STRANGERS_CHANGE : STRANGERS_READ), guardian: T },
      revealsIdNumber: route.endsWith('/id-number/reveal'),
      request: async (call) => spec(await ownChild(call)),
    },
  ]),
];
