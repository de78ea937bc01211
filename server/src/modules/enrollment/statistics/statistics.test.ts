import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../../../../../common/enrollment-application.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createOpenPolicy,
  type EnrollmentPlace,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';

// One application per status and origin, so each stage of the funnel has a different count.
const MIX: [ApplicationStatus, string][] = [
  ['draft', '510104'],
  ['withdrawn', '510104'],
  ['submitted', '510104'],
  ['rejected', '511302'],
  ['supplement_requested', '510104'],
  ['approved', '510104'],
  ['unplaced', '511302'],
  ['placed', '510104'],
  ['declined', '500112'],
  ['accepted', '510104'],
  ['no_show', '511302'],
  ['enrolled', '510104'],
  ['enrolled', '500112'],
];

async function readXlsx(file: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: sheet.name, rows };
  });
}

describe.each(DIALECTS)('enrollment statistics (%s)', (dialect) => {
  let ctx: TestContext;
  let jiangbei: EnrollmentPlace;
  let policy: PolicyFixture;
  let reviewer: TestClient;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    jiangbei = await createEnrollmentPlace(ctx, '500105');
    policy = await createOpenPolicy(ctx, jiangbei);
    for (const [status, idPrefix] of MIX) await createApplication(ctx, policy, status, { idPrefix });
    reviewer = await ctx.clientAs(jiangbei.reviewerId);
  });
  afterAll(async () => ctx?.close());

  const statistics = async (client: TestClient, query: string) => {
    const response = await client.get(`/api/enrollment/statistics?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('counts the funnel cumulatively, by host district, origin province and city, school and grade', async () => {
    const stats = await statistics(reviewer, `policyId=${policy.id}`);
    // 11 applied (no draft, no withdrawn); 8 verified (approved on); 6 placed (placed on); 2 enrolled.
    expect(stats.totals).toEqual({ applied: 11, verified: 8, placed: 6, enrolled: 2 });
    expect(stats.hostDistrict).toEqual([{ key: '500105', nameZh: '江北区', nameEn: 'Jiangbei District', applied: 11, verified: 8, placed: 6, enrolled: 2 }]);
    expect(stats.originProvince).toEqual([
      { key: '51', nameZh: '四川省', nameEn: 'Sichuan Province', applied: 9, verified: 6, placed: 4, enrolled: 1 },
      { key: '50', nameZh: '重庆市', nameEn: 'Chongqing Municipality', applied: 2, verified: 2, placed: 2, enrolled: 1 },
    ]);
    expect(stats.originCity).toEqual([
      { key: '5101', nameZh: '成都市', nameEn: 'Chengdu', applied: 6, verified: 4, placed: 3, enrolled: 1 },
      { key: '5113', nameZh: '南充市', nameEn: 'Nanchong', applied: 3, verified: 2, placed: 1, enrolled: 0 },
      // Chongqing's districts sit under no city of the region table: shown by code.
      { key: '5001', nameZh: null, nameEn: null, applied: 2, verified: 2, placed: 2, enrolled: 1 },
    ]);
    const [placedAt] = policy.schoolIds;
    expect(stats.school).toEqual([
      { key: placedAt, nameZh: expect.stringMatching(/^测试小学/), nameEn: expect.stringMatching(/^Test /), applied: 6, verified: 6, placed: 6, enrolled: 2 },
      { key: null, nameZh: null, nameEn: null, applied: 5, verified: 2, placed: 0, enrolled: 0 },
    ]);
    expect(stats.grade).toEqual([{ key: 'g1', nameZh: '一年级', nameEn: 'Grade 1', applied: 11, verified: 8, placed: 6, enrolled: 2 }]);
  });

  it("counts only within the caller's jurisdiction, and refuses filters outside it", async () => {
    const qingyang = await createEnrollmentPlace(ctx, '510105');
    const qingyangPolicy = await createOpenPolicy(ctx, qingyang);
    await createApplication(ctx, qingyangPolicy, 'enrolled', { idPrefix: '500105' });
    const qingyangAdmin = await ctx.clientAs(qingyang.bureauAdminId);
    expect((await statistics(qingyangAdmin, '')).totals).toEqual({ applied: 1, verified: 1, placed: 1, enrolled: 1 });
    expect((await qingyangAdmin.get(`/api/enrollment/statistics?policyId=${policy.id}`)).json().error.code).toBe('auth.forbidden');
    expect((await qingyangAdmin.get('/api/enrollment/statistics?regionId=500105')).json().error.code).toBe('auth.forbidden');
    expect((await qingyangAdmin.get(`/api/enrollment/statistics.xlsx?policyId=${policy.id}`)).statusCode).toBe(403);

    const own = await statistics(reviewer, '');
    expect(own.hostDistrict.map((r: { key: string }) => r.key)).toEqual(['500105']);
    expect(own.originProvince.find((r: { key: string }) => r.key === '50')).toMatchObject({ applied: 2 });

    const platform = await statistics(await ctx.clientAs(jiangbei.platformAdminId), 'schoolYear=2027');
    expect(platform.hostDistrict.map((r: { key: string }) => r.key).sort()).toEqual(['500105', '510105']);
    expect((await statistics(await ctx.clientAs(jiangbei.platformAdminId), 'schoolYear=2031')).totals).toEqual({
      applied: 0,
      verified: 0,
      placed: 0,
      enrolled: 0,
    });

    for (const role of ['school_admin', 'teacher', 'guardian'] as const) {
      const user = await createUser(ctx.db, { role, organizationId: role === 'guardian' ? null : policy.schoolIds[0] });
      expect((await (await ctx.clientAs(user.id)).get('/api/enrollment/statistics')).json().error.code, role).toBe('auth.forbidden');
    }
    expect((await (await ctx.anonymous()).get('/api/enrollment/statistics')).statusCode).toBe(401);
    expect((await reviewer.get('/api/enrollment/statistics?policyId=no-such-policy')).statusCode).toBe(404);
    expect((await reviewer.get('/api/enrollment/statistics?regionId=999999')).json().error.code).toBe('directory.region_unknown');
  });

  it("exports the same numbers as .xlsx with headers in the caller's language, and audits the export", async () => {
    const response = await reviewer.get(`/api/enrollment/statistics.xlsx?policyId=${policy.id}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="enrollment-statistics-\d{8}\.xlsx"$/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const sheets = await readXlsx(response.rawPayload);
    expect(sheets.map((s) => s.name)).toEqual(['汇总', '按就读区县', '按户籍省份', '按户籍城市', '按学校', '按年级']);
    expect(sheets[0]!.rows.slice(0, 5)).toEqual([
      ['环节', '人数'],
      ['已申请', 11],
      ['资格审核通过', 8],
      ['已派位', 6],
      ['已报到', 2],
    ]);
    expect(sheets[3]!.rows).toEqual([
      ['户籍城市', '代码', '已申请', '资格审核通过', '已派位', '已报到'],
      ['成都市', '5101', 6, 4, 3, 1],
      ['南充市', '5113', 3, 2, 1, 0],
      ['5001', '5001', 2, 2, 2, 1],
    ]);
    expect(sheets[4]!.rows).toContainEqual(['未派位', undefined, 5, 2, 0, 0]);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['detail', 'actor_user_id'])
      .where('action', '=', 'enrollment_statistics.export')
      .executeTakeFirstOrThrow();
    expect(audit.actor_user_id).toBe(jiangbei.reviewerId);
    expect(JSON.parse(audit.detail!)).toMatchObject({ format: 'xlsx', policyId: policy.id, applied: 11 });

    await ctx.db.updateTable('users').set({ locale: 'en-US' }).where('id', '=', jiangbei.bureauAdminId).execute();
    const english = await readXlsx(
      (await (await ctx.clientAs(jiangbei.bureauAdminId)).get(`/api/enrollment/statistics.xlsx?policyId=${policy.id}`)).rawPayload,
    );
    expect(english.map((s) => s.name)).toEqual(['Summary', 'By host district', 'By origin province', 'By origin city', 'By school', 'By grade']);
    expect(english[2]!.rows[0]).toEqual(['Origin province', 'Code', 'Applied', 'Verified', 'Placed', 'Enrolled']);
    expect(english[2]!.rows[1]).toEqual(['Sichuan Province', '51', 9, 6, 4, 1]);
  });
});
