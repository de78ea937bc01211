import { randomUUID } from 'node:crypto';
import { nowIso } from '../../../platform/db/database.ts';
import { createDiskFileStore } from '../../../platform/files/file-store.ts';
import { makeJpeg } from '../../../platform/files/files.fixtures.test-support.ts';
import type { ActorKey, AuthzRow, Call, Outcome } from '../../../test/authorization.types.ts';
import { createSchool } from '../../../test/factories.ts';
import { multipartFile } from '../cooperation.fixtures.test-support.ts';
import * as files from '../cooperation-files.repository.ts';
import { insertExchangeFixture } from './exchanges.fixtures.test-support.ts';

// Exchanges in the authorization table. Each call logs its own exchange of Jiangbei school A with a new
// Qingyang school: the participants' staff and the bureaus above them read it; staff of a participant and
// bureau admins above one log and change it; the platform admin reads everything and changes nothing.

const BASE = '/api/cooperation/exchanges';
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
const EDITORS: Record<ActorKey, Outcome> = { ...STAFF, platformAdmin: F, jiangbeiReviewer: F, teacherA: F };

const qingyangSchool = async ({ ctx }: Call) => (await createSchool(ctx.db, '510105')).id;

async function exchangeOf(call: Call, createdBy: string | null = null) {
  return insertExchangeFixture(call.ctx.db, { host: call.world.schoolA, partners: [await qingyangSchool(call)], createdBy });
}

async function withPhoto(call: Call) {
  const id = await exchangeOf(call);
  const store = createDiskFileStore({ dataDir: call.ctx.config.dataDir, dataKey: call.ctx.config.dataKey });
  const bytes = await makeJpeg();
  const stored = await store.put(bytes, { mime: 'image/jpeg' });
  const fileId = randomUUID();
  await files.insertFile(call.ctx.db, {
    id: fileId,
    owner_type: 'exchange',
    owner_id: id,
    kind: 'photo',
    storage_key: stored.storageKey,
    original_name: 'photo.jpg',
    media_type: 'image/jpeg',
    size_bytes: stored.size,
    sha256: stored.sha256,
    uploaded_by: call.world.people.schoolAdminA.id,
    uploaded_at: nowIso(),
  });
  return `${BASE}/${id}/files/${fileId}`;
}

const body = async (call: Call, extra: Record<string, unknown> = {}) => ({
  kind: 'lecture',
  title: '送教讲座',
  occurredOn: '2026-05-12',
  hostOrganizationId: call.world.schoolA,
  partnerOrganizationIds: [await qingyangSchool(call)],
  participantCount: 30,
  ...extra,
});

export const EXCHANGE_AUTHZ_ROWS: AuthzRow[] = [
  { route: 'GET /api/cooperation/exchanges', target: 'exchanges the caller may see', request: () => ({ url: BASE }), expect: STAFF },
  {
    route: 'GET /api/cooperation/exchanges/participants',
    target: 'the staff of school A and a Qingyang school (those who may log an exchange between them)',
    request: async (call) => ({ url: `${BASE}/participants?organizationIds=${call.world.schoolA}&organizationIds=${await qingyangSchool(call)}` }),
    expect: { ...EDITORS, teacherA: T },
  },
  {
    route: 'POST /api/cooperation/exchanges',
    target: 'school A with a new Qingyang school',
    request: async (call) => ({ url: BASE, body: await body(call) }),
    expect: { ...EDITORS, teacherA: T },
  },
  {
    route: 'POST /api/cooperation/exchanges',
    target: 'two schools of Deyang and Qingyang',
    expect: { ...EDITORS, cqAdmin: F, jiangbeiAdmin: F, schoolAdminA: F },
    request: async (call) => ({ url: BASE, body: await body(call, { hostOrganizationId: (await createSchool(call.ctx.db, '510603')).id }) }),
  },
  {
    route: 'GET /api/cooperation/exchanges/:id',
    target: "school A's exchange",
    request: async (call) => ({ url: `${BASE}/${await exchangeOf(call)}` }),
    expect: STAFF,
  },
  {
    route: 'GET /api/cooperation/exchanges/:id',
    target: 'an exchange of Deyang and Qingyang schools',
    expect: { ...STAFF, cqAdmin: HIDDEN, jiangbeiAdmin: HIDDEN, jiangbeiReviewer: HIDDEN, schoolAdminA: HIDDEN, teacherA: HIDDEN },
    request: async ({ ctx }) => ({
      url: `${BASE}/${await insertExchangeFixture(ctx.db, { host: (await createSchool(ctx.db, '510603')).id, partners: [(await createSchool(ctx.db, '510105')).id] })}`,
    }),
  },
  {
    route: 'PUT /api/cooperation/exchanges/:id',
    target: "school A's exchange, logged by someone else",
    request: async (call) => ({ url: `${BASE}/${await exchangeOf(call)}`, body: { ...(await body(call)), version: 1 } }),
    expect: EDITORS,
  },
  {
    route: 'PUT /api/cooperation/exchanges/:id',
    target: "school A's exchange, logged by teacher A",
    expect: { ...EDITORS, teacherA: T },
    request: async (call) => ({ url: `${BASE}/${await exchangeOf(call, call.world.people.teacherA.id)}`, body: { ...(await body(call)), version: 1 } }),
  },
  {
    route: 'DELETE /api/cooperation/exchanges/:id',
    target: "school A's exchange",
    request: async (call) => ({ url: `${BASE}/${await exchangeOf(call)}` }),
    expect: EDITORS,
  },
  {
    route: 'POST /api/cooperation/exchanges/:id/files',
    target: "a photo of school A's exchange",
    expect: EDITORS,
    request: async (call) => ({ url: `${BASE}/${await exchangeOf(call)}/files`, ...multipartFile(await makeJpeg(), 'photo.jpg', 'image/jpeg') }),
  },
  {
    route: 'GET /api/cooperation/exchanges/:id/files/:fileId',
    target: "a photo of school A's exchange",
    request: async (call) => ({ url: await withPhoto(call) }),
    expect: STAFF,
  },
  {
    route: 'DELETE /api/cooperation/exchanges/:id/files/:fileId',
    target: "a photo of school A's exchange",
    request: async (call) => ({ url: await withPhoto(call) }),
    expect: EDITORS,
  },
];
