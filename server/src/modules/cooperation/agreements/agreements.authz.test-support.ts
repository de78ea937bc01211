import type { AgreementStatus } from '../../../../../common/cooperation.ts';
import { makePdf } from '../../../platform/files/files.fixtures.test-support.ts';
import type { ActorKey, AuthzRow, Call, Outcome } from '../../../test/authorization.types.ts';
import { multipartFile } from '../cooperation.fixtures.test-support.ts';
import { insertAgreementFixture } from './agreements.fixtures.test-support.ts';

// Agreements in the authorization table: each call gets its own agreement between the Jiangbei and Qingyang
// bureaus. Their admins confirm and end it, nobody else; a draft is seen by the parties and the bureaus above.

const BASE = '/api/cooperation/agreements';
const T = true;
const F = false;
const HIDDEN: Outcome = { status: 404, code: 'resource.not_found' };
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
const DRAFT_READERS: Record<ActorKey, Outcome> = { ...STAFF, schoolAdminA: HIDDEN, teacherA: HIDDEN };
const PARTIES: Record<ActorKey, Outcome> = {
  platformAdmin: F,
  cqAdmin: F,
  jiangbeiAdmin: T,
  qingyangAdmin: T,
  jiangbeiReviewer: F,
  schoolAdminA: F,
  teacherA: F,
  guardian: F,
  anonymous: 401,
};
const DRAFT_PARTIES: Record<ActorKey, Outcome> = { ...PARTIES, platformAdmin: T, schoolAdminA: HIDDEN, teacherA: HIDDEN };

const agreement = (call: Call, status: AgreementStatus) =>
  insertAgreementFixture(call.ctx.db, {
    parties: [call.world.jiangbeiBureau, call.world.qingyangBureau],
    status,
    createdBy: call.world.people.jiangbeiAdmin.id,
  });

const body = (call: Call) => ({
  title: '江北区—青羊区教育合作协议',
  partyOrganizationIds: [call.world.jiangbeiBureau, call.world.qingyangBureau],
  focusAreas: ['management', 'teaching_research'],
  signedOn: '2026-03-01',
  startsOn: '2026-03-01',
  endsOn: '2029-02-28',
});

export const AGREEMENT_AUTHZ_ROWS: AuthzRow[] = [
  { route: 'GET /api/cooperation/agreements', target: 'agreements the caller may see', request: () => ({ url: BASE }), expect: STAFF },
  {
    route: 'POST /api/cooperation/agreements',
    target: 'a draft between the Jiangbei and Qingyang bureaus',
    request: (call) => ({ url: BASE, body: body(call) }),
    expect: { ...PARTIES, platformAdmin: T },
  },
  {
    route: 'GET /api/cooperation/agreements/:id',
    target: 'a draft',
    request: async (call) => ({ url: `${BASE}/${await agreement(call, 'draft')}` }),
    expect: DRAFT_READERS,
  },
  {
    route: 'GET /api/cooperation/agreements/:id',
    target: 'an agreement in force (public to staff)',
    request: async (call) => ({ url: `${BASE}/${await agreement(call, 'in_force')}` }),
    expect: STAFF,
  },
  {
    route: 'PUT /api/cooperation/agreements/:id',
    target: 'a draft',
    request: async (call) => ({ url: `${BASE}/${await agreement(call, 'draft')}`, body: { ...body(call), version: 1 } }),
    expect: DRAFT_PARTIES,
  },
  {
    route: 'DELETE /api/cooperation/agreements/:id',
    target: 'a draft',
    request: async (call) => ({ url: `${BASE}/${await agreement(call, 'draft')}` }),
    expect: DRAFT_PARTIES,
  },
  {
    route: 'POST /api/cooperation/agreements/:id/confirm',
    target: 'a draft (each party confirms for itself)',
    expect: { ...DRAFT_PARTIES, platformAdmin: F },
    request: async (call) => ({ url: `${BASE}/${await agreement(call, 'draft')}/confirm`, body: { version: 1, withoutDocument: true } }),
  },
  {
    route: 'POST /api/cooperation/agreements/:id/end',
    target: 'an agreement in force',
    expect: PARTIES,
    request: async (call) => ({ url: `${BASE}/${await agreement(call, 'in_force')}/end`, body: { version: 1, reason: '双方协商终止' } }),
  },
  {
    route: 'PUT /api/cooperation/agreements/:id/document',
    target: 'the signed PDF of an agreement in force',
    expect: { ...PARTIES, platformAdmin: T },
    request: async (call) => ({
      url: `${BASE}/${await agreement(call, 'in_force')}/document`,
      ...multipartFile(await makePdf(), '协议.pdf', 'application/pdf'),
    }),
  },
  {
    route: 'GET /api/cooperation/agreements/:id/document',
    target: 'the signed PDF of an agreement in force',
    expect: STAFF,
    request: async (call) => {
      const id = await agreement(call, 'in_force');
      const admin = await call.ctx.clientAs(call.world.people.jiangbeiAdmin.id);
      const upload = multipartFile(await makePdf(), '协议.pdf', 'application/pdf');
      await admin.request('PUT', `${BASE}/${id}/document`, upload.body, upload.headers);
      return { url: `${BASE}/${id}/document` };
    },
  },
];
