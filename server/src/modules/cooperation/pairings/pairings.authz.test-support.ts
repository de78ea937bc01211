import type { PairingStatus } from '../../../../../common/cooperation.ts';
import type { ActorKey, AuthzRow, Call, Outcome } from '../../../test/authorization.types.ts';
import { createSchool } from '../../../test/factories.ts';
import { insertPairingFixture } from './pairings.fixtures.test-support.ts';

// Pairings in the authorization table. Every call gets a pairing of its own, between a school of the table
// (Jiangbei school A) and a new Qingyang school, so rows never interfere. The two-step approval: only a
// bureau whose jurisdiction covers a side approves it, only after acceptance, and only once per side.

const BASE = '/api/cooperation/pairings';
const T = true;
const F = false;
const HIDDEN: Outcome = { status: 404, code: 'resource.not_found' };
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
/** A proposal of school A with a Qingyang school: seen by both schools' people and the bureaus above them. */
const INVOLVED = STAFF;
const SIDE_BUREAUS: Record<ActorKey, Outcome> = { ...NOBODY, cqAdmin: T, jiangbeiAdmin: T, qingyangAdmin: T };
const STATUS_INVALID: Outcome = { status: 409, code: 'cooperation.pairing_status_invalid' };
const SIDE_APPROVED: Outcome = { status: 409, code: 'cooperation.pairing_side_approved' };

const qingyangSchool = async ({ ctx }: Call) => (await createSchool(ctx.db, '510105')).id;

/** School A with a new Qingyang school, proposed by `proposer`, at the given step. */
async function pairing(call: Call, status: PairingStatus, options: { proposer?: 'A' | 'Qingyang'; approvedRegions?: string[]; partner?: string } = {}) {
  const partner = options.partner ?? (await qingyangSchool(call));
  const [proposer, partners] = options.proposer === 'Qingyang' ? [partner, [call.world.schoolA]] : [call.world.schoolA, [partner]];
  return insertPairingFixture(call.ctx.db, { proposer, partners, status, approvedRegions: options.approvedRegions });
}

const step = (
  route: AuthzRow['route'],
  path: string,
  target: string,
  status: PairingStatus,
  body: Record<string, unknown>,
  expect: Record<ActorKey, Outcome>,
  options = {},
): AuthzRow => ({
  route,
  target,
  expect,
  request: async (call) => ({ url: `${BASE}/${await pairing(call, status, options)}${path}`, body: { version: 1, ...body } }),
});

export const PAIRING_AUTHZ_ROWS: AuthzRow[] = [
  { route: 'GET /api/cooperation/pairings', target: 'pairings the caller may see', request: () => ({ url: BASE }), expect: STAFF },
  {
    route: 'POST /api/cooperation/pairings',
    target: 'school A proposes to a new Qingyang school',
    expect: { ...NOBODY, schoolAdminA: T },
    request: async (call) => ({
      url: BASE,
      body: { proposerSchoolId: call.world.schoolA, partnerSchoolIds: [await qingyangSchool(call)], focusAreas: ['management'], startsOn: '2026-09-01' },
    }),
  },
  {
    route: 'POST /api/cooperation/pairings',
    target: 'a Qingyang school proposing, sent by others',
    expect: NOBODY,
    request: async (call) => ({
      url: BASE,
      body: { proposerSchoolId: await qingyangSchool(call), partnerSchoolIds: [call.world.schoolA], focusAreas: ['management'], startsOn: '2026-09-01' },
    }),
  },
  {
    route: 'GET /api/cooperation/pairings/:id',
    target: "school A's proposal",
    request: async (call) => ({ url: `${BASE}/${await pairing(call, 'proposed')}` }),
    expect: INVOLVED,
  },
  {
    route: 'GET /api/cooperation/pairings/:id',
    target: "school A's active pairing (public to staff)",
    request: async (call) => ({ url: `${BASE}/${await pairing(call, 'active')}` }),
    expect: STAFF,
  },
  {
    route: 'GET /api/cooperation/pairings/:id',
    target: 'an active pairing of a Yuzhong and a Deyang school (its public face only, to the uninvolved)',
    expect: STAFF,
    request: async ({ ctx }) => {
      const [yuzhong, deyang] = [await createSchool(ctx.db, '500103'), await createSchool(ctx.db, '510603')];
      const id = await insertPairingFixture(ctx.db, { proposer: yuzhong.id, partners: [deyang.id], status: 'active' });
      await ctx.db.updateTable('cooperation_pairings').set({ description: '双方约定的内部工作安排' }).where('id', '=', id).execute();
      await ctx.db
        .insertInto('cooperation_pairing_events')
        .values({
          id: `event-${id}`,
          pairing_id: id,
          seq: 1,
          at: new Date().toISOString(),
          actor_user_id: null,
          kind: 'proposed',
          from_status: null,
          to_status: 'proposed',
          detail: null,
        })
        .execute();
      return { url: `${BASE}/${id}` };
    },
    // The Chongqing bureau is above the Yuzhong school and sees everything; the others see that they are paired, nothing more.
    returns: ({ actor }, body) => {
      const view = body as { detailsVisible: boolean; description: string | null; events: unknown[] };
      const involved = actor === 'platformAdmin' || actor === 'cqAdmin';
      const shown = view.description !== null || view.events.length > 0;
      if (view.detailsVisible !== involved || shown !== involved)
        return [`details ${shown ? 'shown' : 'hidden'} (detailsVisible ${view.detailsVisible}), expected ${involved ? 'shown' : 'hidden'}`];
      return [];
    },
  },
  {
    route: 'GET /api/cooperation/pairings/:id',
    target: 'a proposal between Qingyang and Deyang schools',
    expect: { ...INVOLVED, cqAdmin: HIDDEN, jiangbeiAdmin: HIDDEN, jiangbeiReviewer: HIDDEN, schoolAdminA: HIDDEN, teacherA: HIDDEN },
    request: async ({ ctx }) => {
      const [qingyang, deyang] = [await createSchool(ctx.db, '510105'), await createSchool(ctx.db, '510603')];
      return { url: `${BASE}/${await insertPairingFixture(ctx.db, { proposer: deyang.id, partners: [qingyang.id] })}` };
    },
  },
  {
    route: 'PUT /api/cooperation/pairings/:id',
    target: "school A's proposal",
    expect: { ...NOBODY, schoolAdminA: T },
    request: async (call) => ({
      url: `${BASE}/${await pairing(call, 'proposed')}`,
      body: { batch: 2, focusAreas: ['curriculum'], agreementId: null, startsOn: '2026-09-01', endsOn: null, description: null, version: 1 },
    }),
  },
  step(
    'POST /api/cooperation/pairings/:id/accept',
    '/accept',
    "a Qingyang school's proposal to school A",
    'proposed',
    {},
    { ...NOBODY, schoolAdminA: T },
    { proposer: 'Qingyang' },
  ),
  step('POST /api/cooperation/pairings/:id/accept', '/accept', "school A's own proposal (nothing to accept)", 'proposed', {}, { ...NOBODY, schoolAdminA: F }),
  step(
    'POST /api/cooperation/pairings/:id/decline',
    '/decline',
    "a Qingyang school's proposal to school A",
    'proposed',
    { reason: '暂不合适' },
    { ...NOBODY, schoolAdminA: T },
    { proposer: 'Qingyang' },
  ),
  step('POST /api/cooperation/pairings/:id/withdraw', '/withdraw', "school A's proposal", 'proposed', {}, { ...NOBODY, schoolAdminA: T }),
  step(
    'POST /api/cooperation/pairings/:id/approve',
    '/approve',
    'an accepted pairing: each side by its bureau, never the platform',
    'accepted',
    {},
    SIDE_BUREAUS,
  ),
  step(
    'POST /api/cooperation/pairings/:id/approve',
    '/approve',
    'a proposal not yet accepted (the step cannot be skipped)',
    'proposed',
    {},
    { ...NOBODY, cqAdmin: STATUS_INVALID, jiangbeiAdmin: STATUS_INVALID, qingyangAdmin: STATUS_INVALID },
  ),
  step(
    'POST /api/cooperation/pairings/:id/approve',
    '/approve',
    'Jiangbei side already approved: only Qingyang is left',
    'accepted',
    {},
    { ...NOBODY, cqAdmin: SIDE_APPROVED, jiangbeiAdmin: SIDE_APPROVED, qingyangAdmin: T },
    { approvedRegions: ['500105'] },
  ),
  step(
    'POST /api/cooperation/pairings/:id/approve',
    '/approve',
    "Qingyang's side named explicitly (a wrong bureau is refused)",
    'accepted',
    { regionId: '510105' },
    { ...NOBODY, qingyangAdmin: T },
  ),
  step('POST /api/cooperation/pairings/:id/reject', '/reject', 'an accepted pairing', 'accepted', { reason: '材料不全' }, SIDE_BUREAUS),
  step(
    'POST /api/cooperation/pairings/:id/end',
    '/end',
    'an active pairing',
    'active',
    { reason: '结对期满' },
    { ...SIDE_BUREAUS, platformAdmin: T, schoolAdminA: T },
  ),
];
