import type { ActorKey, AuthzRow, Outcome } from '../../../test/authorization.types.ts';
import { makePng } from '../../../platform/files/files.fixtures.test-support.ts';
import { HOST_REVIEWER_ONLY, JIANGBEI_LISTERS, jiangbeiApplication, jiangbeiPolicy } from '../review/review.authz.test-support.ts';
import { multipartFile } from './appeals.fixtures.test-support.ts';

// Appeals in the authorization table: the family files them (their own application only), the host
// district's reviewers list them, and a reviewer other than the one who rejected decides.

const F = false;
const HIDDEN: Outcome = { status: 404, code: 'resource.not_found' };
/** A family step on an application: its guardian alone; staff who may read it get 403, the rest 404. */
const FAMILY_OWN: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: F,
  jiangbeiAdmin: F,
  qingyangAdmin: HIDDEN,
  jiangbeiReviewer: F,
  schoolAdminA: HIDDEN,
  teacherA: HIDDEN,
  guardian: true,
  anonymous: 401,
};
const FAMILY_OTHERS: Record<ActorKey, Outcome> = { ...FAMILY_OWN, guardian: HIDDEN };

export const APPEAL_AUTHZ_ROWS: AuthzRow[] = [
  {
    route: 'POST /api/enrollment/applications/:id/appeal',
    target: "a rejected Jiangbei application, the guardian's own",
    expect: FAMILY_OWN,
    request: async (call) => ({
      url: `/api/enrollment/applications/${(await jiangbeiApplication(call, 'rejected', true)).id}/appeal`,
      body: { reason: '居住证已续签' },
    }),
  },
  {
    route: 'POST /api/enrollment/applications/:id/appeal',
    target: 'a rejected Jiangbei application of another family',
    expect: FAMILY_OTHERS,
    request: async (call) => ({
      url: `/api/enrollment/applications/${(await jiangbeiApplication(call, 'rejected')).id}/appeal`,
      body: { reason: '居住证已续签' },
    }),
  },
  {
    route: 'POST /api/enrollment/applications/:id/appeal/documents',
    target: "an appealed Jiangbei application, the guardian's own (a PNG)",
    expect: FAMILY_OWN,
    request: async (call) => ({
      url: `/api/enrollment/applications/${(await jiangbeiApplication(call, 'appealed', true)).id}/appeal/documents`,
      ...multipartFile(await makePng(12, 12), 'permit.png'),
    }),
  },
  {
    route: 'POST /api/enrollment/applications/:id/appeal/documents',
    target: 'an appealed Jiangbei application of another family (a PNG)',
    expect: FAMILY_OTHERS,
    request: async (call) => ({
      url: `/api/enrollment/applications/${(await jiangbeiApplication(call, 'appealed')).id}/appeal/documents`,
      ...multipartFile(await makePng(12, 12), 'permit.png'),
    }),
  },
  {
    route: 'GET /api/enrollment/review/appeals',
    target: 'the appeals of a Jiangbei policy',
    expect: JIANGBEI_LISTERS,
    request: async (call) => ({ url: `/api/enrollment/review/appeals?policyId=${(await jiangbeiPolicy(call)).policy.id}` }),
  },
  {
    route: 'GET /api/enrollment/review/appeals',
    target: "the appeals of the caller's own regions",
    request: () => ({ url: '/api/enrollment/review/appeals' }),
    expect: { ...JIANGBEI_LISTERS, qingyangAdmin: true },
  },
  {
    route: 'POST /api/enrollment/review/appeals/:id/decision',
    target: 'an open appeal on a Jiangbei application rejected by another reviewer',
    expect: HOST_REVIEWER_ONLY,
    request: async (call) => ({
      url: `/api/enrollment/review/appeals/${(await jiangbeiApplication(call, 'appealed')).appealId}/decision`,
      body: { version: 1, decision: 'dismiss', reason: '维持原决定' },
    }),
  },
  {
    route: 'POST /api/enrollment/review/appeals/:id/decision',
    target: "an open appeal on the guardian's own Jiangbei application",
    expect: { ...HOST_REVIEWER_ONLY, guardian: F },
    request: async (call) => ({
      url: `/api/enrollment/review/appeals/${(await jiangbeiApplication(call, 'appealed', true)).appealId}/decision`,
      body: { version: 1, decision: 'dismiss', reason: '维持原决定' },
    }),
  },
];
