import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/databases.ts';
import { createBureau, createSchool, createUser } from '../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app.ts';

let codeCounter = 0;
const newCode = () => `51${String(Date.now() % 1e5).padStart(5, '0')}${String(codeCounter++).padStart(3, '0')}`;

const organization = (overrides: Record<string, unknown> = {}) => ({
  kind: 'school',
  code: null,
  nameZh: '目录测试小学',
  nameEn: 'Directory Test Primary School',
  regionId: '510703',
  ownership: 'public',
  stages: ['primary'],
  address: '四川省绵阳市涪城区',
  latitude: 31.46,
  longitude: 104.74,
  pupilCount: 900,
  teacherCount: 70,
  website: 'https://example.edu.cn',
  seats: [],
  ...overrides,
});

/** What a PUT sends back of an organization it read. */
const editable = (view: Record<string, unknown>) => {
  const keys = [
    'code',
    'nameZh',
    'nameEn',
    'regionId',
    'ownership',
    'stages',
    'address',
    'latitude',
    'longitude',
    'pupilCount',
    'teacherCount',
    'website',
    'seats',
    'version',
  ];
  return Object.fromEntries(keys.map((key) => [key, view[key]]));
};

type RegionItem = { id: string; parentId: string | null; level: string; nameZh: string; schoolCount: number };

describe.each(DIALECTS)('directory (%s)', (dialect) => {
  let ctx: TestContext;
  /** Bureau admin of Sichuan province: reaches every Sichuan region. */
  let sichuan: TestClient;
  let sichuanAdminId: string;
  let teacher: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const bureau = await createBureau(ctx.db, '510000');
    sichuanAdminId = (await createUser(ctx.db, { role: 'bureau_admin', organizationId: bureau.id })).id;
    sichuan = await ctx.clientAs(sichuanAdminId);
    const school = await createSchool(ctx.db, '500105');
    teacher = await ctx.clientAs((await createUser(ctx.db, { role: 'teacher', organizationId: school.id })).id);
  });
  afterAll(async () => ctx?.close());

  const create = async (body: Record<string, unknown>) => {
    const response = await sichuan.post('/api/directory/organizations', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };

  it('lists regions with the number of schools in each subtree', async () => {
    const counts = async () => new Map(((await teacher.get('/api/directory/regions')).json().items as RegionItem[]).map((r) => [r.id, r.schoolCount]));
    const before = await counts();
    await createSchool(ctx.db, '510603');
    await createSchool(ctx.db, '510603');
    await createSchool(ctx.db, '510604');
    await createBureau(ctx.db, '510603'); // not a school
    const after = await counts();
    const delta = (id: string) => after.get(id)! - before.get(id)!;
    expect([delta('510603'), delta('510604'), delta('510600'), delta('510000'), delta('500000'), delta('510700')]).toEqual([2, 1, 3, 3, 0, 0]);

    const regions = (await teacher.get('/api/directory/regions')).json().items as RegionItem[];
    expect(regions.find((r) => r.id === '500105')).toMatchObject({ parentId: '500000', level: 'district', nameZh: '江北区' });
    expect(regions.find((r) => r.id === '500000')).toMatchObject({ parentId: null, level: 'municipality' });
    // Every parent's count is at least the sum of its children's.
    for (const region of regions.filter((r) => r.parentId === null)) {
      const children = regions.filter((r) => r.parentId === region.id);
      expect(region.schoolCount).toBeGreaterThanOrEqual(children.reduce((sum, c) => sum + c.schoolCount, 0));
    }
  });

  it('filters organizations by kind, region subtree, stage, ownership and text, with page totals', async () => {
    const code = newCode();
    const a = await create(organization({ code, nameZh: '绵阳实验小学', nameEn: 'Mianyang Experimental Primary School', stages: ['primary', 'junior'] }));
    const b = await create(
      organization({ nameZh: '游仙民办中学', nameEn: 'Youxian Private Middle School', regionId: '510704', stages: ['senior'], ownership: 'private' }),
    );
    const c = await create(organization({ kind: 'bureau', nameZh: '涪城区教育局', nameEn: 'Fucheng Education Bureau', ownership: null, stages: [] }));
    const d = await create(
      organization({
        kind: 'research_institute',
        nameZh: '绵阳市教科所',
        nameEn: 'Mianyang Institute of Education Research',
        regionId: '510700',
        ownership: null,
        stages: [],
      }),
    );
    const ids = async (query: string) => {
      const page = (await teacher.get(`/api/directory/organizations?${query}&pageSize=200`)).json() as { items: { id: string }[]; total: number };
      expect(page.total).toBe(page.items.length);
      return page.items.map((o) => o.id).sort();
    };
    const sorted = (...list: { id: string }[]) => list.map((o) => o.id).sort();
    expect(await ids('regionId=510700')).toEqual(sorted(a, b, c, d));
    expect(await ids('regionId=510703')).toEqual(sorted(a, c));
    expect(await ids('regionId=510700&kind=school')).toEqual(sorted(a, b));
    expect(await ids('regionId=510700&kind=research_institute')).toEqual(sorted(d));
    expect(await ids('regionId=510700&stage=junior')).toEqual(sorted(a));
    expect(await ids('regionId=510700&stage=senior&kind=school')).toEqual(sorted(b));
    expect(await ids('regionId=510700&ownership=private')).toEqual(sorted(b));
    expect(await ids(`regionId=510700&q=${encodeURIComponent('实验')}`)).toEqual(sorted(a));
    expect(await ids('regionId=510700&q=EXPERIMENTAL')).toEqual(sorted(a));
    expect(await ids('regionId=510700&q=education')).toEqual(sorted(c, d));
    expect(await ids(`q=${code}`)).toEqual(sorted(a));
    expect(await ids(`q=${encodeURIComponent('游仙')}&kind=bureau`)).toEqual([]);

    // Pages: one at a time, ordered by region then name; the total is the whole match.
    const pages = [];
    for (let page = 1; page <= 5; page++) pages.push((await teacher.get(`/api/directory/organizations?regionId=510700&pageSize=1&page=${page}`)).json());
    expect(pages.map((p) => p.total)).toEqual([4, 4, 4, 4, 4]);
    expect(pages.map((p) => p.items.length)).toEqual([1, 1, 1, 1, 0]);
    expect(pages[0].items[0].id).toBe(d.id); // the city-level institute sorts before its districts
    expect(new Set(pages.slice(0, 4).map((p) => p.items[0].id)).size).toBe(4);

    const unknown = await teacher.get('/api/directory/organizations?regionId=999999');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('directory.region_unknown');
  });

  it('shows one organization, with whether the caller may edit it', async () => {
    const created = await create(organization({ stages: ['primary', 'junior'], seats: [{ grade: 'g1', seats: 45 }] }));
    const mine = (await sichuan.get(`/api/directory/organizations/${created.id}`)).json();
    expect(mine).toMatchObject({
      id: created.id,
      kind: 'school',
      regionId: '510703',
      regionNameZh: '涪城区',
      regionNameEn: 'Fucheng District',
      canEdit: true,
      version: 1,
    });
    expect(mine.stages.sort()).toEqual(['junior', 'primary']);
    expect(mine.seats).toEqual([{ grade: 'g1', seats: 45 }]);
    expect((await teacher.get(`/api/directory/organizations/${created.id}`)).json().canEdit).toBe(false);
    const missing = await teacher.get('/api/directory/organizations/no-such-organization');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('resource.not_found');
  });

  it('creates a school with stages and seats; a bureau carries neither', async () => {
    const seats = [
      { grade: 'g1', seats: 45 },
      { grade: 'g7', seats: 50 },
    ];
    const school = await create(organization({ code: newCode(), stages: ['primary', 'junior'], seats }));
    expect(school).toMatchObject({ kind: 'school', ownership: 'public', pupilCount: 900, teacherCount: 70, website: 'https://example.edu.cn', version: 1 });
    expect(school.stages.sort()).toEqual(['junior', 'primary']);
    expect([...school.seats].sort((x: { grade: string }, y: { grade: string }) => x.grade.localeCompare(y.grade))).toEqual(seats);

    const bureau = await create(organization({ kind: 'bureau', nameZh: '测试教育局', stages: ['primary'], seats, ownership: 'public', pupilCount: 100 }));
    expect(bureau).toMatchObject({ kind: 'bureau', stages: [], seats: [], ownership: null, pupilCount: null, teacherCount: 70 });
    const stored = await ctx.db.selectFrom('school_stages').select('stage').where('organization_id', '=', bureau.id).execute();
    expect(stored).toEqual([]);
  });

  it('updates with the version it read, and refuses a stale one', async () => {
    const created = await create(organization({ stages: ['primary'], seats: [{ grade: 'g1', seats: 40 }] }));
    const url = `/api/directory/organizations/${created.id}`;
    const updated = await sichuan.put(url, { ...editable(created), nameZh: '改名后的小学', stages: ['junior'], seats: [] });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ nameZh: '改名后的小学', stages: ['junior'], seats: [], version: 2 });
    const stale = await sichuan.put(url, { ...editable(created), nameZh: '过期的名字' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('resource.conflict');
    expect((await teacher.get(url)).json()).toMatchObject({ nameZh: '改名后的小学', version: 2, stages: ['junior'] });
  });

  it('refuses a school code that another organization holds', async () => {
    const code = newCode();
    const first = await create(organization({ code }));
    const before = await ctx.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const duplicate = await sichuan.post('/api/directory/organizations', organization({ code, nameZh: '重复标识码小学' }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toContain(code);
    // The field carries the localised explanation, not the bare value.
    expect(duplicate.json().error).toMatchObject({
      code: 'directory.school_code_taken',
      fields: [{ field: '/code', message: duplicate.json().error.message }],
    });
    const after = await ctx.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));

    const second = await create(organization());
    const taken = await sichuan.put(`/api/directory/organizations/${second.id}`, { ...editable(second), code });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('directory.school_code_taken');
    // Keeping one's own code is no conflict.
    expect((await sichuan.put(`/api/directory/organizations/${first.id}`, { ...editable(first), teacherCount: 71 })).statusCode).toBe(200);
  });

  it('refuses an unknown region and writes nothing', async () => {
    const response = await sichuan.post('/api/directory/organizations', organization({ regionId: '999999', nameZh: '不存在地区的小学' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'directory.region_unknown', fields: [{ field: '/regionId' }] });
    const rows = await ctx.db.selectFrom('organizations').select('id').where('name_zh', '=', '不存在地区的小学').execute();
    expect(rows).toEqual([]);
  });

  it('records who created and changed an organization, through which request', async () => {
    const created = await create(organization());
    expect((await sichuan.put(`/api/directory/organizations/${created.id}`, { ...editable(created), teacherCount: 80 })).statusCode).toBe(200);
    const entries = await ctx.db.selectFrom('audit_log').selectAll().where('object_id', '=', created.id).orderBy('occurred_at').execute();
    expect(entries.map((e) => [e.action, e.object_type, e.result, e.actor_user_id])).toEqual([
      ['organization.create', 'organization', 'success', sichuanAdminId],
      ['organization.update', 'organization', 'success', sichuanAdminId],
    ]);
    expect(entries.every((e) => typeof e.request_id === 'string' && e.request_id.length > 10)).toBe(true);
    expect(entries[0]!.request_id).not.toBe(entries[1]!.request_id);
  });
});
