import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import { buildNetwork, cooperationCounts, type Network } from '../cooperation.fixtures.test-support.ts';

const BASE = '/api/cooperation/alliances';

describe.each(DIALECTS)('alliances (%s)', (dialect) => {
  let ctx: TestContext;
  let net: Network;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    net = await buildNetwork(ctx, ['vocational']);
  });
  afterAll(async () => ctx?.close());

  async function refused(client: TestClient, method: 'POST' | 'PUT', url: string, body: unknown) {
    const before = await cooperationCounts(ctx);
    const response = await client.request(method, url, body);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(await cooperationCounts(ctx)).toEqual(before);
    return response;
  }
  const membership = (detail: { members: { id: string; organization: { id: string }; version: number; role: string }[] }, id: string) =>
    detail.members.find((m) => m.organization.id === id)!;

  it('has one chair, roles that change hands, and bureaus among its members', async () => {
    const body = {
      name: '成渝双城职业院校新能源汽车产教联盟',
      focusAreas: ['vocational_programs'],
      foundedOn: '2023-06-01',
      members: [
        { organizationId: net.schools.jiangbei, role: 'chair' },
        { organizationId: net.schools.qingyang, role: 'vice_chair' },
        { organizationId: net.schools.deyang, role: 'member' },
      ],
    };
    for (const roles of [
      ['member', 'vice_chair', 'member'],
      ['chair', 'chair', 'member'],
    ]) {
      const wrong = { ...body, members: body.members.map((m, i) => ({ ...m, role: roles[i] })) };
      expect((await refused(net.as.jiangbeiSchool, 'POST', BASE, wrong)).json().error.code).toBe('cooperation.chair_required');
    }
    expect((await refused(net.as.qingyangSchool, 'POST', BASE, body)).statusCode).toBe(403); // not the chair's
    const created = await net.as.jiangbeiSchool.post(BASE, body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ chair: { id: net.schools.jiangbei }, memberCount: 3, regionCount: 3, focusAreas: ['vocational_programs'] });

    // A vice-chair runs it too; a plain member does not.
    const qingyang = membership(created.json(), net.schools.qingyang);
    const deyang = membership(created.json(), net.schools.deyang);
    expect(
      (await refused(net.as.deyangSchool, 'PUT', `${BASE}/${id}/memberships/${qingyang.id}/role`, { role: 'member', version: qingyang.version })).statusCode,
    ).toBe(403);
    const promoted = await net.as.qingyangSchool.put(`${BASE}/${id}/memberships/${deyang.id}/role`, { role: 'standing_member', version: deyang.version });
    expect(membership(promoted.json(), net.schools.deyang).role).toBe('standing_member');

    // The chair cannot step down or leave; naming a new chair makes the old one a vice-chair.
    const chair = membership(promoted.json(), net.schools.jiangbei);
    expect(
      (await refused(net.as.jiangbeiSchool, 'PUT', `${BASE}/${id}/memberships/${chair.id}/role`, { role: 'member', version: chair.version })).json().error.code,
    ).toBe('cooperation.chair_required');
    expect((await refused(net.as.jiangbeiSchool, 'POST', `${BASE}/${id}/memberships/${chair.id}/leave`, { version: chair.version })).json().error.code).toBe(
      'cooperation.chair_required',
    );
    const handover = await net.as.jiangbeiSchool.put(`${BASE}/${id}/memberships/${qingyang.id}/role`, { role: 'chair', version: qingyang.version });
    expect(handover.json().chair.id).toBe(net.schools.qingyang);
    expect(membership(handover.json(), net.schools.jiangbei).role).toBe('vice_chair');

    // A bureau asks to join and is admitted by a vice-chair.
    const asked = await net.as.yuzhong.post(`${BASE}/${id}/join-requests`, { organizationId: net.bureaus.yuzhong });
    const request = asked.json().requests[0];
    const admitted = await net.as.jiangbeiSchool.post(`${BASE}/${id}/memberships/${request.id}/approve`, { version: request.version });
    expect(membership(admitted.json(), net.bureaus.yuzhong)).toMatchObject({ role: 'member' });
    expect(
      (await refused(net.as.jiangbeiSchool, 'POST', `${BASE}/${id}/members`, { organizationId: net.schools.yuzhong, role: 'chair' })).json().error.code,
    ).toBe('request.invalid');
    const edited = await net.as.qingyangSchool.put(`${BASE}/${id}`, {
      name: body.name,
      description: '共建专业、共享实训基地。',
      focusAreas: ['vocational_programs', 'resource_sharing'],
      foundedOn: '2023-06-01',
      version: 1,
    });
    expect(edited.json()).toMatchObject({ version: 2, focusAreas: ['vocational_programs', 'resource_sharing'] });
    expect((await net.as.jiangbeiTeacher.get(`${BASE}?organizationId=${net.bureaus.yuzhong}`)).json().items.map((a: { id: string }) => a.id)).toEqual([id]);
  });
});
