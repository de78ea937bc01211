import { CONSENT_TEXT_VERSION } from '../../../../../common/consent.ts';
import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import { makePng } from '../../../platform/files/files.fixtures.test-support.ts';
import type { ActorKey, AuthzRow, Call, Outcome } from '../../../test/authorization.types.ts';
import { childBody, makeIdNumber } from '../children/children.fixtures.test-support.ts';
import {
  createApplication,
  createFamily,
  createOpenPolicy,
  multipartUpload,
  placeFromWorld,
  type ApplicationOptions,
  type PolicyFixture,
} from './applications.fixtures.test-support.ts';

// Applications in the authorization table. One published Jiangbei policy per world (rows never change it);
// every call gets a new application: the guardian's own when the caller is the table's guardian, a
// stranger family's otherwise (so the table's guardian meets strangers' applications in the "other" rows).

const BASE = '/api/enrollment/applications';
const T = true;
const F = false;
const HIDDEN: Outcome = { status: 404, code: 'resource.not_found' };
const SIGNED_IN: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: T,
  jiangbeiReviewer: T,
  schoolAdminA: T,
  teacherA: T,
  guardian: T,
  anonymous: 401,
};
const FAMILY_ONLY: Record<ActorKey, Outcome> = {
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
/** A Jiangbei application is read by the platform (masked), Chongqing's and Jiangbei's bureaus and reviewer; hidden from the rest. */
const READERS: Record<ActorKey, Outcome> = {
  platformAdmin: T,
  cqAdmin: T,
  jiangbeiAdmin: T,
  qingyangAdmin: HIDDEN,
  jiangbeiReviewer: T,
  schoolAdminA: HIDDEN,
  teacherA: HIDDEN,
  guardian: T,
  anonymous: 401,
};
/** Changes are the family's: readers are refused (403), others do not learn it exists (404). */
const FAMILY_CHANGES: Record<ActorKey, Outcome> = { ...READERS, platformAdmin: F, cqAdmin: F, jiangbeiAdmin: F, jiangbeiReviewer: F };
/** A draft is its family's alone until submitted: nobody else learns it exists. */
const DRAFT_CHANGES: Record<ActorKey, Outcome> = { ...FAMILY_CHANGES, platformAdmin: HIDDEN, cqAdmin: HIDDEN, jiangbeiAdmin: HIDDEN, jiangbeiReviewer: HIDDEN };
const STRANGERS: (expect: Record<ActorKey, Outcome>) => Record<ActorKey, Outcome> = (expect) => ({ ...expect, guardian: HIDDEN });

let mobiles = Math.floor(Math.random() * 1e7);
const freshMobile = () => `135${String(mobiles++ % 1e8).padStart(8, '0')}`;

const policies = new WeakMap<object, Promise<PolicyFixture>>();
/** The world's published Jiangbei policy (made once per world). */
function policyOf({ ctx, world }: Call): Promise<PolicyFixture> {
  let policy = policies.get(world);
  if (!policy) {
    policy = createOpenPolicy(ctx, placeFromWorld(world));
    policies.set(world, policy);
  }
  return policy;
}

/** An application in the status: the table guardian's own when they call (and `own`), a stranger family's otherwise. */
async function applicationFor(call: Call, status: ApplicationStatus, own = true, options: ApplicationOptions = {}) {
  const family = own && call.actor === 'guardian' ? await createFamily(call.ctx, { guardianId: call.userId! }) : undefined;
  return createApplication(call.ctx, await policyOf(call), status, { family, ...options });
}

async function uploadSpec(id: string) {
  const { body, headers } = multipartUpload({ material: 'residence_permit' }, { filename: 'permit.png', bytes: await makePng(20, 20) });
  return { url: `${BASE}/${id}/documents`, body, headers };
}

async function assistedBody(call: Call) {
  const policy = await policyOf(call);
  const { name, sex, birthDate, idNumber, relation } = childBody(makeIdNumber());
  return {
    guardianMobile: freshMobile(),
    child: { name, sex, birthDate, idNumber, relation },
    consentTextVersion: CONSENT_TEXT_VERSION,
    application: {
      policyId: policy.id,
      routeCode: 'non_points',
      guardianName: '李桂芳',
      residenceAddress: '重庆市江北区五里店街道 8 号',
      workKind: 'flexible',
      preferences: [policy.schoolIds[0]],
    },
  };
}

export const APPLICATION_AUTHZ_ROWS: AuthzRow[] = [
  { route: 'GET /api/enrollment/applications', target: "the caller's own applications", request: () => ({ url: BASE }), expect: FAMILY_ONLY },
  {
    route: 'POST /api/enrollment/applications',
    target: "a draft for the caller's own child (others: a family's child)",
    expect: FAMILY_ONLY,
    request: async (call) => {
      const family = await createFamily(call.ctx, { guardianId: call.actor === 'guardian' ? call.userId! : undefined });
      return { url: BASE, body: { policyId: (await policyOf(call)).id, childId: family.childId, routeCode: 'points' } };
    },
  },
  {
    route: 'GET /api/enrollment/applications/:id',
    target: "the guardian's own submitted application (others: a family's)",
    expect: READERS,
    request: async (call) => ({ url: `${BASE}/${(await applicationFor(call, 'submitted')).id}` }),
  },
  {
    route: 'GET /api/enrollment/applications/:id',
    target: "another family's submitted application",
    expect: STRANGERS(READERS),
    request: async (call) => ({ url: `${BASE}/${(await applicationFor(call, 'submitted', false)).id}` }),
  },
  {
    route: 'PUT /api/enrollment/applications/:id',
    target: "the guardian's own draft (others: a family's)",
    expect: DRAFT_CHANGES,
    request: async (call) => ({ url: `${BASE}/${(await applicationFor(call, 'draft')).id}`, body: { version: 1, employer: '重庆新公司' } }),
  },
  {
    route: 'PUT /api/enrollment/applications/:id',
    target: "another family's draft",
    expect: STRANGERS(DRAFT_CHANGES),
    request: async (call) => ({ url: `${BASE}/${(await applicationFor(call, 'draft', false)).id}`, body: { version: 1, employer: '重庆新公司' } }),
  },
  {
    route: 'POST /api/enrollment/applications/:id/submit',
    target: "the guardian's own complete draft (others: a family's)",
    expect: DRAFT_CHANGES,
    request: async (call) => {
      const app = await applicationFor(call, 'draft');
      return { url: `${BASE}/${app.id}/submit`, body: { version: app.version } };
    },
  },
  {
    route: 'POST /api/enrollment/applications/:id/submit',
    target: "another family's complete draft",
    expect: STRANGERS(DRAFT_CHANGES),
    request: async (call) => {
      const app = await applicationFor(call, 'draft', false);
      return { url: `${BASE}/${app.id}/submit`, body: { version: app.version } };
    },
  },
  {
    route: 'POST /api/enrollment/applications/:id/withdraw',
    target: "the guardian's own submitted application (others: a family's)",
    expect: FAMILY_CHANGES,
    request: async (call) => {
      const app = await applicationFor(call, 'submitted');
      return { url: `${BASE}/${app.id}/withdraw`, body: { version: app.version } };
    },
  },
  {
    route: 'POST /api/enrollment/applications/:id/documents',
    target: "the guardian's own draft (others: a family's)",
    expect: DRAFT_CHANGES,
    request: async (call) => uploadSpec((await applicationFor(call, 'draft')).id),
  },
  {
    route: 'POST /api/enrollment/applications/:id/documents',
    target: 'a submitted application filed at a Jiangbei counter (the guardian: their own)',
    expect: { ...FAMILY_CHANGES, jiangbeiReviewer: T, guardian: { status: 409, code: 'enrollment.application_status_invalid' } },
    request: async (call) =>
      uploadSpec((await applicationFor(call, 'submitted', true, { assistedBy: call.world.people.jiangbeiReviewer.id, withoutDocuments: true })).id),
  },
  {
    route: 'DELETE /api/enrollment/applications/:id/documents/:documentId',
    target: "a document of the guardian's own draft (others: a family's)",
    expect: DRAFT_CHANGES,
    request: async (call) => {
      const app = await applicationFor(call, 'draft');
      return { url: `${BASE}/${app.id}/documents/${app.documentIds.residence_permit}` };
    },
  },
  {
    route: 'GET /api/enrollment/applications/:id/documents/:documentId/content',
    target: "a document of the guardian's own submitted application (others: a family's)",
    expect: { ...FAMILY_CHANGES, jiangbeiReviewer: T },
    request: async (call) => {
      const app = await applicationFor(call, 'submitted');
      return { url: `${BASE}/${app.id}/documents/${app.documentIds.residence_permit}/content` };
    },
  },
  {
    route: 'GET /api/enrollment/applications/:id/documents/:documentId/content',
    target: "a document of another family's submitted application",
    expect: STRANGERS({ ...FAMILY_CHANGES, jiangbeiReviewer: T }),
    request: async (call) => {
      const app = await applicationFor(call, 'submitted', false);
      return { url: `${BASE}/${app.id}/documents/${app.documentIds.residence_permit}/content` };
    },
  },
  {
    route: 'POST /api/enrollment/points-simulation',
    target: 'the points route of a published Jiangbei policy',
    expect: SIGNED_IN,
    request: async (call) => ({
      url: '/api/enrollment/points-simulation',
      body: { policyId: (await policyOf(call)).id, routeCode: 'points', declared: { residence_months: 12 } },
    }),
  },
  {
    route: 'POST /api/enrollment/review/assisted-applications',
    target: 'a family at a Jiangbei counter, to a Jiangbei policy',
    expect: {
      platformAdmin: F,
      cqAdmin: F,
      jiangbeiAdmin: F,
      qingyangAdmin: F,
      jiangbeiReviewer: T,
      schoolAdminA: F,
      teacherA: F,
      guardian: F,
      anonymous: 401,
    },
    request: async (call) => ({ url: '/api/enrollment/review/assisted-applications', body: await assistedBody(call) }),
  },
];
