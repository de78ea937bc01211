import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import { buildNetwork, cooperationCounts, type Network } from '../cooperation.fixtures.test-support.ts';
import { insertPairingFixture, pairingVersion } from './pairings.fixtures.test-support.ts';
import * as repo from './pairings.repository.ts';

const BASE = '/api/cooperation/pairings';

describe.each(DIALECTS)('pairings (%s)', (dialect) => {
  let ctx: TestContext;
  let net: Network;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    net = await buildNetwork(ctx);
  });
  afterAll(async () => ctx?.close());

  const proposal = (partners: string[], overrides: Record<string, unknown> = {}) => ({
    proposerSchoolId: net.schools.jiangbei,
    partnerSchoolIds: partners,
    batch: 3,
    focusAreas: ['management', 'cadre_training'],
    startsOn: '2026-09-01',
    ...overrides,
  });
  /** Sends a request that must be refused, and checks that it changed nothing. */
  async function refused(client: TestClient, method: 'POST' | 'PUT', url: string, body: unknown) {
    const before = await cooperationCounts(ctx);
    const response = await client.request(method, url, body);
    expect(await cooperationCounts(ctx)).toEqual(before);
    return response;
  }

  it('keeps a history in the order it was written, even within one millisecond', async () => {
    const id = await insertPairingFixture(ctx.db, { proposer: net.schools.jiangbei2, partners: [net.schools.qingyang], status: 'ended', batch: 9 });
    // Three events at the very same instant, written in an order their ids do not follow: the write order wins.
    const at = '2026-12-07T08:00:00.000Z';
    for (const [eventId, kind] of [
      ['mmmm-written-first', 'proposed'],
      ['zzzz-written-second', 'updated'],
      ['aaaa-written-last', 'withdrawn'],
    ] as const) {
      await repo.insertEvent(ctx.db, { id: eventId, pairing_id: id, at, actor_user_id: null, kind, from_status: null, to_status: null, detail: null });
    }
    const events = await repo.findEvents(ctx.db, id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events.map((e) => e.id)).toEqual(['mmmm-written-first', 'zzzz-written-second', 'aaaa-written-last']);
  });

  it('walks a proposal through acceptance and both bureaus to active, with a timeline', async () => {
    const created = await net.as.jiangbeiSchool.post(BASE, proposal([net.schools.qingyang]));
    expect(created.statusCode, created.body).toBe(201);
    const pairing = created.json();
    expect(pairing).toMatchObject({
      status: 'proposed',
      batch: 3,
      focusAreas: ['management', 'cadre_training'],
      proposerSchoolId: net.schools.jiangbei,
      version: 1,
    });
    expect(pairing.schools.map((s: { id: string; acceptedAt: string | null }) => [s.id, s.acceptedAt !== null])).toEqual([
      [net.schools.jiangbei, true],
      [net.schools.qingyang, false],
    ]);
    expect(pairing.sides.map((s: { regionId: string }) => s.regionId)).toEqual(['500105', '510105']);
    expect(pairing.permissions).toMatchObject({ canUpdate: true, canWithdraw: true, canAccept: false, canApprove: false });

    // The same proposal sent again is the same proposal.
    const retry = await net.as.jiangbeiSchool.post(BASE, proposal([net.schools.qingyang]));
    expect(retry.statusCode).toBe(200);
    expect(retry.json().id).toBe(pairing.id);

    // The partner sees it waiting; bureaus cannot approve before the partner accepted.
    const inbox = await net.as.qingyangSchool.get(`${BASE}?awaitingMe=true`);
    expect(inbox.json().items.map((p: { id: string }) => p.id)).toEqual([pairing.id]);
    const early = await refused(net.as.jiangbei, 'POST', `${BASE}/${pairing.id}/approve`, { version: 1 });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('cooperation.pairing_status_invalid');
    expect(early.json().error.message).toBe('结对当前状态为「待对方接受」，不能进行此操作');

    const accepted = await net.as.qingyangSchool.post(`${BASE}/${pairing.id}/accept`, { version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2 });

    // Jiangbei approves its side; neither it nor the municipality can approve again, nor the platform admin at all.
    const first = await net.as.jiangbei.post(`${BASE}/${pairing.id}/approve`, { version: 2 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'accepted', version: 3 });
    expect(first.json().sides[0]).toMatchObject({ regionId: '500105', approvedByBureau: { id: net.bureaus.jiangbei } });
    expect(first.json().sides[1]).toMatchObject({ regionId: '510105', approvedAt: null });
    for (const [client, code] of [
      [net.as.jiangbei, 'cooperation.pairing_side_approved'],
      [net.as.cq, 'cooperation.pairing_side_approved'],
    ] as const) {
      const again = await refused(client, 'POST', `${BASE}/${pairing.id}/approve`, { version: 3 });
      expect(again.json().error.code).toBe(code);
    }
    const platform = await refused(net.as.platform, 'POST', `${BASE}/${pairing.id}/approve`, { version: 3 });
    expect(platform.statusCode).toBe(403);
    // Jiangbei cannot approve Qingyang's side by naming it.
    const otherSide = await refused(net.as.jiangbei, 'POST', `${BASE}/${pairing.id}/approve`, { version: 3, regionId: '510105' });
    expect(otherSide.statusCode).toBe(403);
    // A bureau with no school in the pairing does not even see the proposal.
    expect((await refused(net.as.deyang, 'POST', `${BASE}/${pairing.id}/approve`, { version: 3 })).statusCode).toBe(404);

    const second = await net.as.qingyang.post(`${BASE}/${pairing.id}/approve`, { version: 3 });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ status: 'active', version: 5 });
    expect(second.json().activatedAt).not.toBeNull();

    const detail = (await net.as.jiangbeiSchool.get(`${BASE}/${pairing.id}`)).json();
    expect(detail.events.map((e: { kind: string }) => e.kind)).toEqual(['proposed', 'accepted', 'approved', 'approved', 'activated']);
    expect(detail.events[2]).toMatchObject({ regionId: '500105', organization: { id: net.bureaus.jiangbei } });
    expect(detail.permissions).toMatchObject({ canEnd: true, canApprove: false, canWithdraw: false });

    // Active pairings are public to staff, never to guardians.
    expect((await net.as.deyangSchool.get(`${BASE}/${pairing.id}`)).statusCode).toBe(200);
    expect((await net.as.guardian.get(`${BASE}/${pairing.id}`)).statusCode).toBe(403);
    expect((await net.as.guardian.get(BASE)).statusCode).toBe(403);

    const ended = await net.as.qingyangSchool.post(`${BASE}/${pairing.id}/end`, { version: 5, reason: '三年结对期满', endsOn: '2029-08-31' });
    expect(ended.json()).toMatchObject({ status: 'ended', endReason: '三年结对期满', endsOn: '2029-08-31' });
    const audit = await ctx.db.selectFrom('audit_log').select('action').where('object_id', '=', pairing.id).orderBy('occurred_at').execute();
    expect(audit.map((a) => a.action)).toEqual(['pairing.create', 'pairing.accept', 'pairing.approve', 'pairing.approve', 'pairing.end']);
  });

  it('needs a different bureau and person for each side, even where one bureau covers both', async () => {
    // Jiangbei and Yuzhong are both below the Chongqing municipal bureau.
    const id = await insertPairingFixture(ctx.db, { proposer: net.schools.jiangbei2, partners: [net.schools.yuzhong], status: 'accepted' });
    const ambiguous = await refused(net.as.cq, 'POST', `${BASE}/${id}/approve`, { version: 1 });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json().error.code).toBe('cooperation.pairing_side_ambiguous');
    const first = await net.as.cq.post(`${BASE}/${id}/approve`, { version: 1, regionId: '500105' });
    expect(first.statusCode, first.body).toBe(200);
    for (const client of [net.as.cq, net.as.cq2]) {
      const second = await refused(client, 'POST', `${BASE}/${id}/approve`, { version: 2, regionId: '500103' });
      expect(second.statusCode).toBe(409);
      expect(second.json().error.code).toBe('cooperation.pairing_same_approver');
    }
    const unknownSide = await refused(net.as.yuzhong, 'POST', `${BASE}/${id}/approve`, { version: 2, regionId: '510105' });
    expect(unknownSide.json().error.code).toBe('cooperation.pairing_side_unknown');
    const yuzhong = await net.as.yuzhong.post(`${BASE}/${id}/approve`, { version: 2 });
    expect(yuzhong.json()).toMatchObject({ status: 'active' });
  });

  it('refuses schools of one region, organizations that are not schools, unknown schools and reversed dates', async () => {
    const sameRegion = await refused(net.as.jiangbeiSchool, 'POST', BASE, proposal([net.schools.jiangbei2]));
    expect(sameRegion.json().error).toMatchObject({ code: 'cooperation.pairing_same_region', message: '结对学校须来自不同地区' });
    const bureau = await refused(net.as.jiangbeiSchool, 'POST', BASE, proposal([net.bureaus.qingyang]));
    expect(bureau.json().error.code).toBe('cooperation.not_a_school');
    const unknown = await refused(net.as.jiangbeiSchool, 'POST', BASE, proposal(['no-such-school']));
    expect(unknown.json().error).toMatchObject({ code: 'cooperation.organization_unknown', fields: [{ field: '/partnerSchoolIds/0' }] });
    const dates = await refused(net.as.jiangbeiSchool, 'POST', BASE, proposal([net.schools.deyang], { endsOn: '2026-08-01' }));
    expect(dates.json().error.code).toBe('cooperation.dates_invalid');
    const areas = await refused(net.as.jiangbeiSchool, 'POST', BASE, proposal([net.schools.deyang], { focusAreas: ['gardening'] }));
    expect(areas.json().error.code).toBe('request.invalid');
    // Only the proposing school's admin proposes: not its teacher, not its bureau, not another school.
    for (const client of [net.as.jiangbeiTeacher, net.as.jiangbei, net.as.jiangbei2School, net.as.platform]) {
      expect((await refused(client, 'POST', BASE, proposal([net.schools.deyang]))).statusCode).toBe(403);
    }
  });

  it('keeps one live pairing per set of schools, and frees the set when a proposal is declined', async () => {
    const created = await net.as.jiangbeiSchool.post(BASE, proposal([net.schools.deyang]));
    expect(created.statusCode).toBe(201);
    // The partner proposing the same pair is told it exists.
    const mirrored = await refused(net.as.deyangSchool, 'POST', BASE, { ...proposal([net.schools.jiangbei]), proposerSchoolId: net.schools.deyang });
    expect(mirrored.json().error.code).toBe('cooperation.pairing_exists');
    const declined = await net.as.deyangSchool.post(`${BASE}/${created.json().id}/decline`, { version: 1, reason: '本学期安排已满' });
    expect(declined.json()).toMatchObject({ status: 'declined', decisionReason: '本学期安排已满' });
    const again = await net.as.deyangSchool.post(BASE, { ...proposal([net.schools.jiangbei]), proposerSchoolId: net.schools.deyang });
    expect(again.statusCode).toBe(201);
    const withdrawn = await net.as.deyangSchool.post(`${BASE}/${again.json().id}/withdraw`, { version: 1 });
    expect(withdrawn.json().status).toBe('withdrawn');
  });

  it('refuses a stale version and a step in the wrong status', async () => {
    const id = await insertPairingFixture(ctx.db, { proposer: net.schools.yuzhong, partners: [net.schools.qingyang] });
    const stale = await refused(net.as.qingyangSchool, 'POST', `${BASE}/${id}/accept`, { version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('resource.conflict');
    const edit = await net.as.yuzhongSchool.put(`${BASE}/${id}`, {
      batch: 2,
      focusAreas: ['curriculum'],
      agreementId: null,
      startsOn: '2026-03-01',
      endsOn: null,
      description: '课程共建',
      version: await pairingVersion(ctx.db, id),
    });
    expect(edit.json()).toMatchObject({ batch: 2, focusAreas: ['curriculum'], description: '课程共建', version: 2 });
    const ending = await refused(net.as.yuzhongSchool, 'POST', `${BASE}/${id}/end`, { version: 2, reason: '测试' });
    expect(ending.json().error.code).toBe('cooperation.pairing_status_invalid');
    // Proposals are visible to the schools and bureaus involved only.
    expect((await net.as.deyangSchool.get(`${BASE}/${id}`)).statusCode).toBe(404);
    expect((await net.as.cq.get(`${BASE}/${id}`)).statusCode).toBe(200);
    expect((await net.as.jiangbei.get(`${BASE}/${id}`)).statusCode).toBe(404);
  });

  it('lists by batch, status and region, showing proposals only to those involved', async () => {
    const active = await insertPairingFixture(ctx.db, { proposer: net.schools.jiangbei2, partners: [net.schools.deyang], status: 'active', batch: 7 });
    const proposed = await insertPairingFixture(ctx.db, { proposer: net.schools.jiangbei2, partners: [net.schools.qingyang], batch: 7 });
    const ids = async (client: TestClient, query: string) =>
      (await client.get(`${BASE}?${query}`))
        .json()
        .items.map((p: { id: string }) => p.id)
        .sort();
    expect(await ids(net.as.jiangbei2School, 'batch=7')).toEqual([active, proposed].sort());
    expect(await ids(net.as.deyangSchool, 'batch=7')).toEqual([active]);
    expect(await ids(net.as.qingyang, 'batch=7')).toEqual([active, proposed].sort());
    expect(await ids(net.as.platform, 'batch=7&status=proposed')).toEqual([proposed]);
    expect(await ids(net.as.platform, 'batch=7&regionId=510603')).toEqual([active]);
    const page = (await net.as.platform.get(`${BASE}?batch=7&pageSize=1`)).json();
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
  });
});
