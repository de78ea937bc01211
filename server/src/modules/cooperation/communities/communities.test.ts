import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import { buildNetwork, cooperationCounts, type Network } from '../cooperation.fixtures.test-support.ts';

const BASE = '/api/cooperation/communities';

describe.each(DIALECTS)('communities (%s)', (dialect) => {
  let ctx: TestContext;
  let net: Network;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    net = await buildNetwork(ctx);
  });
  afterAll(async () => ctx?.close());

  async function refused(client: TestClient, method: 'POST' | 'PUT', url: string, body: unknown) {
    const before = await cooperationCounts(ctx);
    const response = await client.request(method, url, body);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(await cooperationCounts(ctx)).toEqual(before);
    return response;
  }
  const member = (detail: { members: { id: string; organization: { id: string }; version: number }[] }, schoolId: string) =>
    detail.members.find((m) => m.organization.id === schoolId)!;

  it('is founded by its lead school, takes join requests, and keeps every membership episode', async () => {
    const body = {
      name: '江北—青羊语文教研共同体',
      leadSchoolId: net.schools.jiangbei,
      memberSchoolIds: [net.schools.qingyang],
      foundedOn: '2025-09-01',
      description: '语文学科联合教研。',
    };
    const created = await net.as.jiangbeiSchool.post(BASE, body);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ lead: { id: net.schools.jiangbei }, memberCount: 2, regionCount: 2, permissions: { canUpdate: true } });
    expect(created.json().members.map((m: { role: string; joinedOn: string }) => [m.role, m.joinedOn])).toEqual([
      ['lead', '2025-09-01'],
      ['member', '2025-09-01'],
    ]);
    expect((await net.as.jiangbeiSchool.post(BASE, body)).statusCode).toBe(200);
    expect((await refused(net.as.deyangSchool, 'POST', BASE, { ...body, leadSchoolId: net.schools.deyang })).json().error.code).toBe('cooperation.name_taken');

    // Deyang asks; the request is the lead's and Deyang's business only.
    const asked = await net.as.deyangSchool.post(`${BASE}/${id}/join-requests`, { organizationId: net.schools.deyang, note: '希望加入语文教研' });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json().requests).toHaveLength(1);
    expect((await net.as.qingyangSchool.get(`${BASE}/${id}`)).json().requests).toEqual([]);
    const again = await refused(net.as.deyangSchool, 'POST', `${BASE}/${id}/join-requests`, { organizationId: net.schools.deyang });
    expect(again.json().error.code).toBe('cooperation.membership_exists');
    const request = asked.json().requests[0];
    expect((await refused(net.as.qingyangSchool, 'POST', `${BASE}/${id}/memberships/${request.id}/approve`, { version: 1 })).statusCode).toBe(403);
    const approved = await net.as.jiangbeiSchool.post(`${BASE}/${id}/memberships/${request.id}/approve`, { version: 1 });
    expect(approved.json()).toMatchObject({ memberCount: 3, regionCount: 3, requests: [] });

    // Deyang leaves, asks again, is refused: three episodes in its history.
    const deyang = member(approved.json(), net.schools.deyang);
    const left = await net.as.deyangSchool.post(`${BASE}/${id}/memberships/${deyang.id}/leave`, { version: deyang.version, reason: '学校调整合作方向' });
    expect(left.json().history).toMatchObject([{ organization: { id: net.schools.deyang }, status: 'left', leftReason: '学校调整合作方向' }]);
    const second = (await net.as.deyangSchool.post(`${BASE}/${id}/join-requests`, { organizationId: net.schools.deyang })).json().requests[0];
    const rejected = await net.as.jiangbei.post(`${BASE}/${id}/memberships/${second.id}/reject`, { version: 1, reason: '本学年成员已满' });
    expect(rejected.json().history.map((h: { status: string }) => h.status)).toEqual(['left', 'rejected']);
    expect(rejected.json().joinableOrganizationIds).toEqual([]);
    expect((await net.as.deyangSchool.get(`${BASE}/${id}`)).json().joinableOrganizationIds).toEqual([net.schools.deyang]);

    // The lead stays until another member leads.
    const lead = member(rejected.json(), net.schools.jiangbei);
    expect((await refused(net.as.jiangbeiSchool, 'POST', `${BASE}/${id}/memberships/${lead.id}/leave`, { version: lead.version })).json().error.code).toBe(
      'cooperation.lead_cannot_leave',
    );
    const moved = await net.as.jiangbeiSchool.put(`${BASE}/${id}`, {
      name: body.name,
      leadSchoolId: net.schools.qingyang,
      description: null,
      foundedOn: '2025-09-01',
      version: 1,
    });
    expect(moved.json()).toMatchObject({ lead: { id: net.schools.qingyang }, version: 2 });
    const formerLead = member(moved.json(), net.schools.jiangbei);
    const gone = await net.as.jiangbeiSchool.post(`${BASE}/${id}/memberships/${formerLead.id}/leave`, { version: formerLead.version });
    expect(gone.json().memberCount).toBe(1);

    const listed = (await net.as.deyang.get(`${BASE}?regionId=510105`)).json();
    expect(listed.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await net.as.deyang.get(`${BASE}?regionId=500105`)).json().items.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('takes schools only, and lets only the lead school and the bureaus above it manage', async () => {
    const id = (await net.as.jiangbei.post(BASE, { name: '两区数学共同体', leadSchoolId: net.schools.jiangbei2, memberSchoolIds: [] })).json().id;
    expect((await refused(net.as.jiangbei, 'POST', `${BASE}/${id}/members`, { organizationId: net.bureaus.qingyang })).json().error.code).toBe(
      'cooperation.community_member_not_school',
    );
    expect((await refused(net.as.qingyang, 'POST', `${BASE}/${id}/members`, { organizationId: net.schools.qingyang })).statusCode).toBe(403);
    expect((await refused(net.as.jiangbeiSchool, 'POST', `${BASE}/${id}/join-requests`, { organizationId: net.schools.qingyang })).statusCode).toBe(403);
    const added = await net.as.cq.post(`${BASE}/${id}/members`, { organizationId: net.schools.yuzhong });
    expect(added.json().memberCount).toBe(2);
    expect((await net.as.guardian.get(BASE)).statusCode).toBe(403);
    expect(
      (await refused(net.as.qingyangSchool, 'POST', BASE, { name: '越权共同体', leadSchoolId: net.schools.jiangbei, memberSchoolIds: [] })).statusCode,
    ).toBe(403);
  });
});
