import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/databases.ts';
import { createBureau, createSchool, createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import { policyBody, ROUTES, updateBody } from './policies.fixtures.test-support.ts';

const BASE = '/api/enrollment/policies';

describe.each(DIALECTS)('enrollment policies (%s)', (dialect) => {
  let ctx: TestContext;
  let jiangbeiBureau: string;
  let qingyangBureau: string;
  let jbSchools: string[];
  let juniorSchool: string;
  let qySchool: string;
  let jiangbei: TestClient;
  let qingyang: TestClient;
  let reviewer: TestClient;
  let guardian: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    [jiangbeiBureau, qingyangBureau] = [(await createBureau(ctx.db, '500105')).id, (await createBureau(ctx.db, '510105')).id];
    jbSchools = [(await createSchool(ctx.db, '500105', { stages: ['primary'] })).id, (await createSchool(ctx.db, '500105', { stages: ['primary'] })).id];
    juniorSchool = (await createSchool(ctx.db, '500105', { stages: ['junior'] })).id;
    qySchool = (await createSchool(ctx.db, '510105', { stages: ['primary'] })).id;
    jiangbei = await ctx.clientAs((await createUser(ctx.db, { role: 'bureau_admin', organizationId: jiangbeiBureau })).id);
    qingyang = await ctx.clientAs((await createUser(ctx.db, { role: 'bureau_admin', organizationId: qingyangBureau })).id);
    reviewer = await ctx.clientAs((await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: jiangbeiBureau })).id);
    guardian = await ctx.clientAs((await createUser(ctx.db, { role: 'guardian' })).id);
  });
  afterAll(async () => ctx?.close());

  const count = async (table: 'enrollment_policies' | 'enrollment_policy_routes' | 'enrollment_policy_schools' | 'audit_log') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const draft = async (changes: Record<string, unknown> = {}) => {
    const response = await jiangbei.post(BASE, policyBody(jiangbeiBureau, jbSchools, changes));
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  const published = async (changes: Record<string, unknown> = {}) => {
    const policy = await draft(changes);
    const response = await jiangbei.post(`${BASE}/${policy.id}/publish`, { version: policy.version });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const fieldsOf = (response: { json(): { error: { fields?: { field: string }[] } } }) => (response.json().error.fields ?? []).map((f) => f.field).sort();
  const auditActions = async (id: string) =>
    (await ctx.db.selectFrom('audit_log').select('action').where('object_id', '=', id).orderBy('occurred_at').execute()).map((r) => r.action);

  it('drafts, reads, replaces, publishes and closes a policy, auditing each step', async () => {
    const created = await draft();
    expect(created).toMatchObject({
      status: 'draft',
      version: 1,
      rulesHash: null,
      hostRegionId: '500105',
      hostRegionNameZh: '江北区',
      canEdit: true,
      maxPreferences: 2,
    });
    expect(created.routes.map((r: { code: string; materials: unknown[] }) => [r.code, r.materials.length])).toEqual([
      ['points', 3],
      ['non_points', 2],
    ]);
    expect(created.schools.map((s: { schoolId: string; seats: number }) => [s.schoolId, s.seats]).sort()).toEqual(
      [
        [jbSchools[0], 90],
        [jbSchools[1], 45],
      ].sort(),
    );
    expect(created.pointsItems[2].options[1]).toEqual({ value: 'rented', labelZh: '租赁住房', labelEn: 'Rented home', points: 10 });

    const read = await jiangbei.get(`${BASE}/${created.id}`);
    expect(read.json()).toEqual(created);

    const updated = await jiangbei.put(
      `${BASE}/${created.id}`,
      updateBody(created, {
        schools: [
          { schoolId: jbSchools[0], seats: 120 },
          { schoolId: jbSchools[1], seats: 45 },
        ],
        appealDays: 10,
      }),
    );
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, appealDays: 10 });
    expect(updated.json().schools.find((s: { schoolId: string }) => s.schoolId === jbSchools[0]).seats).toBe(120);

    const publish = await jiangbei.post(`${BASE}/${created.id}/publish`, { version: 2 });
    expect(publish.statusCode, publish.body).toBe(200);
    expect(publish.json()).toMatchObject({ status: 'published', version: 3 });
    expect(publish.json().rulesHash).toMatch(/^[0-9a-f]{64}$/);
    expect(publish.json().publishedAt).not.toBeNull();

    const close = await jiangbei.post(`${BASE}/${created.id}/close`, { version: 3 });
    expect(close.statusCode, close.body).toBe(200);
    expect(close.json()).toMatchObject({ status: 'closed', canEdit: false, rulesHash: publish.json().rulesHash });
    expect(close.json().closedAt).not.toBeNull();
    expect(await auditActions(created.id)).toEqual([
      'enrollment_policy.create',
      'enrollment_policy.update',
      'enrollment_policy.publish',
      'enrollment_policy.close',
    ]);
  });

  it('refuses to publish an incomplete draft, listing every problem at once', async () => {
    const policy = await draft({
      routes: [
        {
          ...policyBody(jiangbeiBureau, []).routes[0]!,
          materials: [{ material: 'housing_proof', requirement: 'optional', descriptionZh: '', descriptionEn: '' }],
        },
      ],
      schools: [{ schoolId: jbSchools[0], seats: 0 }],
      pointsItems: [],
      maxPreferences: 3,
      windowOpensAt: '2030-06-01T00:00:00Z',
      windowClosesAt: '2030-05-01T00:00:00Z',
    });
    const response = await jiangbei.post(`${BASE}/${policy.id}/publish`, { version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('enrollment.policy_incomplete');
    expect(fieldsOf(response)).toEqual(['/maxPreferences', '/pointsItems', '/routes/0/materials', '/schools', '/windowClosesAt']);
    expect(response.json().error.fields.every((f: { message: string }) => f.message.length > 0)).toBe(true);
    expect((await jiangbei.get(`${BASE}/${policy.id}`)).json()).toMatchObject({ status: 'draft', version: 1, rulesHash: null });
  });

  it('freezes the rules once published: edits are refused and leave the policy as it was; only a later close time is taken', async () => {
    const policy = await published();
    const before = await ctx.db.selectFrom('enrollment_policy_schools').selectAll().where('policy_id', '=', policy.id).orderBy('school_id').execute();
    const edit = await jiangbei.put(`${BASE}/${policy.id}`, updateBody(policy, { schools: [{ schoolId: jbSchools[0], seats: 1 }] }));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('enrollment.policy_frozen');
    expect(await ctx.db.selectFrom('enrollment_policy_schools').selectAll().where('policy_id', '=', policy.id).orderBy('school_id').execute()).toEqual(before);
    expect((await jiangbei.get(`${BASE}/${policy.id}`)).json()).toEqual(policy);
    expect((await jiangbei.post(`${BASE}/${policy.id}/publish`, { version: policy.version })).json().error.code).toBe('enrollment.policy_not_draft');

    const earlier = new Date(Date.parse(policy.windowClosesAt) - 3600_000).toISOString();
    const shorten = await jiangbei.post(`${BASE}/${policy.id}/extend-window`, { windowClosesAt: earlier, version: policy.version });
    expect([shorten.statusCode, shorten.json().error.code]).toEqual([400, 'enrollment.window_shortened']);
    const later = new Date(Date.parse(policy.windowClosesAt) + 7 * 86400_000).toISOString();
    const extend = await jiangbei.post(`${BASE}/${policy.id}/extend-window`, { windowClosesAt: later, version: policy.version });
    expect(extend.statusCode, extend.body).toBe(200);
    expect(extend.json()).toMatchObject({ windowClosesAt: later, status: 'published', version: policy.version + 1 });
    expect(extend.json().rulesHash).not.toBe(policy.rulesHash);
    expect(await auditActions(policy.id)).toContain('enrollment_policy.extend_window');
  });

  it("says where the window stands by the server's clock: upcoming, open, closed (and closed while a draft)", async () => {
    const upcoming = await published();
    expect(upcoming.windowState).toBe('upcoming');
    const now = Date.now();
    const open = await published({ windowOpensAt: new Date(now - 86_400_000).toISOString(), windowClosesAt: new Date(now + 86_400_000).toISOString() });
    expect(open.windowState).toBe('open');
    expect((await draft()).windowState).toBe('closed');
    const listed = (await jiangbei.get(`${BASE}?status=published`)).json().items.find((p: { id: string }) => p.id === open.id);
    expect(listed.windowState).toBe('open');
  });

  it('needs the date up to which months are counted to publish a route with minimum months, and keeps it', async () => {
    const withoutDate = ROUTES.map((r) => ({ ...r, eligibility: { ...r.eligibility, monthsAsOf: undefined } }));
    const policy = await draft({ routes: withoutDate });
    const publish = await jiangbei.post(`${BASE}/${policy.id}/publish`, { version: policy.version });
    expect([publish.statusCode, publish.json().error.code, fieldsOf(publish)]).toEqual([
      400,
      'enrollment.policy_incomplete',
      ['/routes/0/eligibility/monthsAsOf'],
    ]);
    expect(publish.json().error.fields[0].message).toBe('设有最低月数时，须写明月数计算截止日期');
    const dated = await published();
    expect(dated.routes[0].eligibility.monthsAsOf).toBe('2027-05-31');
  });

  it('keeps the report date and note the notice prints, and needs the date to publish', async () => {
    const policy = await draft({ reportDate: null, reportNoteZh: null, reportNoteEn: null });
    expect(policy).toMatchObject({ reportDate: null, reportNoteZh: null, reportNoteEn: null });
    const publish = await jiangbei.post(`${BASE}/${policy.id}/publish`, { version: policy.version });
    expect([publish.statusCode, publish.json().error.code, fieldsOf(publish)]).toEqual([400, 'enrollment.policy_incomplete', ['/reportDate']]);
    expect(publish.json().error.fields[0].message).toBe('请填写报到日期（印在入学通知书上）');
    const impossible = await jiangbei.put(`${BASE}/${policy.id}`, updateBody(policy, { reportDate: '2027-02-30' }));
    expect([impossible.statusCode, fieldsOf(impossible)]).toEqual([400, ['/reportDate']]);
    const saved = await jiangbei.put(
      `${BASE}/${policy.id}`,
      updateBody(policy, { reportDate: '2027-08-31', reportNoteZh: '到学校报到厅', reportNoteEn: 'At the school hall' }),
    );
    expect(saved.json()).toMatchObject({ reportDate: '2027-08-31', reportNoteZh: '到学校报到厅', reportNoteEn: 'At the school hall' });
    expect((await jiangbei.post(`${BASE}/${policy.id}/publish`, { version: saved.json().version })).json()).toMatchObject({
      status: 'published',
      reportDate: '2027-08-31',
    });
  });

  it('refuses a stale version with 409 and keeps the newer edit', async () => {
    const policy = await draft();
    expect((await jiangbei.put(`${BASE}/${policy.id}`, updateBody(policy, { appealDays: 9 }))).statusCode).toBe(200);
    const stale = await jiangbei.put(`${BASE}/${policy.id}`, updateBody(policy, { appealDays: 3 }));
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, 'resource.conflict']);
    expect((await jiangbei.post(`${BASE}/${policy.id}/publish`, { version: 1 })).json().error.code).toBe('resource.conflict');
    expect((await jiangbei.get(`${BASE}/${policy.id}`)).json()).toMatchObject({ appealDays: 9, version: 2, status: 'draft' });
  });

  it('closes only published policies, and re-checks the schools when publishing', async () => {
    const policy = await draft({ maxPreferences: 1 });
    const close = await jiangbei.post(`${BASE}/${policy.id}/close`, { version: 1 });
    expect([close.statusCode, close.json().error.code]).toEqual([409, 'enrollment.policy_not_published']);
    // A school that stopped offering the entry grade's stage after the draft was saved.
    const school = (await createSchool(ctx.db, '500105', { stages: ['primary'] })).id;
    const saved = (await jiangbei.put(`${BASE}/${policy.id}`, updateBody(policy, { schools: [{ schoolId: school, seats: 40 }] }))).json();
    await ctx.db.deleteFrom('school_stages').where('organization_id', '=', school).execute();
    const publish = await jiangbei.post(`${BASE}/${policy.id}/publish`, { version: saved.version });
    expect([publish.statusCode, publish.json().error.code, fieldsOf(publish)]).toEqual([400, 'enrollment.policy_incomplete', ['/schools/0/schoolId']]);
  });

  it('keeps each bureau to its own district: 403 on writes, drafts of others invisible until published', async () => {
    const policies = await count('enrollment_policies');
    const foreign = await jiangbei.post(BASE, policyBody(qingyangBureau, [qySchool]));
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([403, 'auth.forbidden']);
    expect(await count('enrollment_policies')).toBe(policies);

    const policy = await draft();
    expect((await qingyang.get(`${BASE}/${policy.id}`)).statusCode).toBe(404);
    expect((await qingyang.put(`${BASE}/${policy.id}`, updateBody(policy))).statusCode).toBe(403);
    expect((await qingyang.get(`${BASE}?regionId=500105&pageSize=200`)).json().items.map((p: { id: string }) => p.id)).not.toContain(policy.id);
    expect((await reviewer.get(`${BASE}/${policy.id}`)).json()).toMatchObject({ id: policy.id, canEdit: false });
    expect((await reviewer.put(`${BASE}/${policy.id}`, updateBody(policy))).statusCode).toBe(403);

    await jiangbei.post(`${BASE}/${policy.id}/publish`, { version: 1 });
    expect((await qingyang.get(`${BASE}/${policy.id}`)).json()).toMatchObject({ status: 'published', canEdit: false });
    expect((await qingyang.get(`${BASE}?regionId=500105&pageSize=200`)).json().items.map((p: { id: string }) => p.id)).toContain(policy.id);
  });

  it('shows guardians published policies only, in every region', async () => {
    const hidden = await draft();
    const visible = await published();
    const list = await guardian.get(`${BASE}?pageSize=200`);
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((p: { id: string }) => p.id);
    expect(ids).toContain(visible.id);
    expect(ids).not.toContain(hidden.id);
    expect(list.json().items.every((p: { status: string }) => p.status !== 'draft')).toBe(true);
    expect(list.json().total).toBe(list.json().items.length);
    expect((await guardian.get(`${BASE}?status=draft`)).json()).toEqual({ items: [], total: 0 });
    expect((await guardian.get(`${BASE}/${hidden.id}`)).statusCode).toBe(404);
    expect((await guardian.post(`${BASE}/${visible.id}/close`, { version: visible.version })).statusCode).toBe(403);
    // The admin's own list has the draft, and filters by year and grade.
    const own = await jiangbei.get(`${BASE}?status=draft&schoolYear=2027&entryGrade=g1&pageSize=200`);
    expect(own.json().items.map((p: { id: string }) => p.id)).toContain(hidden.id);
    expect((await jiangbei.get(`${BASE}?schoolYear=2028`)).json().total).toBe(0);
  });

  it('previews points exactly, with caps and hints', async () => {
    const policy = await published();
    const preview = await guardian.post(`${BASE}/${policy.id}/points-preview`, {
      routeCode: 'points',
      declared: { residence_months: 40, social_insurance_months: 80, housing: 'rented' },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({
      total: 66,
      items: [
        { key: 'residence_months', nameZh: '居住证月数', nameEn: 'Months of residence permit', points: 20, cap: 30, capped: false },
        { key: 'social_insurance_months', nameZh: '社保缴费月数', nameEn: 'Months of social insurance', points: 36, cap: 36, capped: true },
        { key: 'housing', nameZh: '住房情况', nameEn: 'Housing', points: 10, cap: 20, capped: false },
      ],
      hints: [
        { key: 'residence_months', messageKey: 'points.more_months', gain: 10, months: 20 },
        { key: 'housing', messageKey: 'points.better_option', gain: 10, option: 'owned' },
      ],
    });
    const nonPoints = await guardian.post(`${BASE}/${policy.id}/points-preview`, { routeCode: 'non_points', declared: {} });
    expect([nonPoints.statusCode, nonPoints.json().error.code]).toEqual([400, 'enrollment.route_not_points']);
    const unknown = await guardian.post(`${BASE}/${policy.id}/points-preview`, { routeCode: 'points', declared: { pets: 2, housing: 'castle' } });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([400, 'enrollment.points_declared_invalid']);
    expect(fieldsOf(unknown)).toEqual(['/declared/housing', '/declared/pets']);
  });

  it('hashes the rules: the same rules give the same hash, a changed seat count another', async () => {
    const first = await published();
    const same = await published({ titleZh: '标题不同但规则相同的政策', windowOpensAt: first.windowOpensAt, windowClosesAt: first.windowClosesAt });
    const seats = await published({
      windowOpensAt: first.windowOpensAt,
      windowClosesAt: first.windowClosesAt,
      schools: [
        { schoolId: jbSchools[0], seats: 91 },
        { schoolId: jbSchools[1], seats: 45 },
      ],
    });
    expect(same.rulesHash).toBe(first.rulesHash);
    expect(seats.rulesHash).not.toBe(first.rulesHash);
  });

  it('refuses bad input with the fields named and writes nothing', async () => {
    const before = await Promise.all([count('enrollment_policies'), count('enrollment_policy_routes'), count('enrollment_policy_schools'), count('audit_log')]);
    const body = policyBody(jiangbeiBureau, jbSchools);
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ ...body, colour: 'red' }, 'request.invalid', ['/colour']],
      [
        { ...body, routes: [{ ...body.routes[0]!, materials: [{ ...body.routes[0]!.materials[0]!, material: 'passport' }] }] },
        'request.invalid',
        ['/routes/0/materials/0/material'],
      ],
      [
        {
          ...body,
          schools: [
            { schoolId: qySchool, seats: 30 },
            { schoolId: juniorSchool, seats: 30 },
            { schoolId: 'no-such-school', seats: 3 },
          ],
        },
        'enrollment.policy_invalid',
        ['/schools/0/schoolId', '/schools/1/schoolId', '/schools/2/schoolId'],
      ],
      [{ ...body, routes: [body.routes[0], body.routes[0]] }, 'enrollment.policy_invalid', ['/routes/1/code']],
      [{ ...body, ageCutoffMonthDay: '02-30' }, 'enrollment.policy_invalid', ['/ageCutoffMonthDay']],
      [{ ...body, bureauId: jbSchools[0] }, 'enrollment.bureau_invalid', ['/bureauId']],
    ];
    for (const [input, code, fields] of cases) {
      const response = await jiangbei.post(BASE, input);
      expect([response.statusCode, response.json().error.code, fieldsOf(response)], JSON.stringify(fields)).toEqual([400, code, fields]);
    }
    expect(
      await Promise.all([count('enrollment_policies'), count('enrollment_policy_routes'), count('enrollment_policy_schools'), count('audit_log')]),
    ).toEqual(before);
  });
});
