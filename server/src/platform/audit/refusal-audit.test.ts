import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../modules/cooperation/cooperation.fixtures.test-support.ts';
import { DIALECTS } from '../../test/databases.ts';
import { createBureau, createSchool, createUser } from '../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app.ts';
import { lyingZip } from '../files/zip-bomb.fixtures.test-support.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(DIALECTS)('refusals in the audit log (%s)', (dialect) => {
  let ctx: TestContext;
  let teacherId: string;
  let teacher: TestClient;
  let adminId: string;
  let admin: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    const school = await createSchool(ctx.db, '500105');
    teacherId = (await createUser(ctx.db, { role: 'teacher', organizationId: school.id })).id;
    teacher = await ctx.clientAs(teacherId);
    const bureau = await createBureau(ctx.db, '500105');
    adminId = (await createUser(ctx.db, { role: 'bureau_admin', organizationId: bureau.id })).id;
    admin = await ctx.clientAs(adminId);
  });
  afterAll(async () => ctx?.close());

  const entriesOf = (userId: string, action: string) =>
    ctx.db.selectFrom('audit_log').selectAll().where('actor_user_id', '=', userId).where('action', '=', action).orderBy('occurred_at').execute();

  it('records one entry for a request refused with 403: action, route and actor, nothing else', async () => {
    const refused = await teacher.get('/api/users?q=张');
    expect(refused.statusCode).toBe(403);
    const entries = await entriesOf(teacherId, 'access.denied');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ result: 'denied', object_type: 'route', object_id: 'GET /api/users', request_id: expect.any(String) });
    expect(JSON.parse(entries[0]!.detail!)).toEqual({ code: 'auth.forbidden', status: 403 });
    // The query (a searched name) is not kept.
    expect(JSON.stringify(entries[0])).not.toContain('张');

    // The route's pattern is kept, not the ids in the URL.
    expect((await teacher.get(`/api/users/${adminId}`)).statusCode).toBe(403);
    const [, second] = await entriesOf(teacherId, 'access.denied');
    expect(second?.object_id).toBe('GET /api/users/:id');
  });

  it('records refused uploads: too large, and a spreadsheet that is a zip bomb', async () => {
    const big = multipartFile(Buffer.alloc(11 * 1024 * 1024, 1), '学校名单.xlsx', XLSX);
    const tooLarge = await admin.request('POST', '/api/directory/schools/import', big.body, big.headers);
    expect(tooLarge.statusCode).toBe(413);
    const bomb = multipartFile(await lyingZip(), '学校名单.xlsx', XLSX);
    const unreadable = await admin.request('POST', '/api/directory/schools/import', bomb.body, bomb.headers);
    expect(unreadable.statusCode).toBe(400);

    const entries = await entriesOf(adminId, 'upload.refused');
    expect(entries.map((e) => [e.object_id, e.result, JSON.parse(e.detail!)])).toEqual([
      ['POST /api/directory/schools/import', 'denied', { code: 'request.too_large', status: 413 }],
      ['POST /api/directory/schools/import', 'denied', { code: 'directory.import_unreadable', status: 400 }],
    ]);
    // The file's name is personal enough (a school's or a child's): it is not kept.
    expect(JSON.stringify(entries)).not.toContain('学校名单');
  });

  it('does not record ordinary refusals that are neither out of scope nor uploads', async () => {
    const before = await ctx.db.selectFrom('audit_log').select('id').execute();
    expect((await admin.post('/api/directory/organizations', { kind: 'school' })).statusCode).toBe(400);
    expect((await admin.get('/api/nothing-here')).statusCode).toBe(404);
    expect(await ctx.db.selectFrom('audit_log').select('id').execute()).toHaveLength(before.length);
  });
});
