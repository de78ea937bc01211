import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../config.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestContext } from '../../../test/test-app.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createFamily,
  createOpenPolicy,
  type PolicyFixture,
} from '../applications/applications.fixtures.test-support.ts';
import { renderAdmissionNotice } from './notice-pdf.ts';
import { readPdf } from './notice-pdf.fixtures.test-support.ts';
import { normalizeVerificationCode } from '../../../platform/crypto/verification-code.ts';

const noticeUrl = (id: string) => `/api/enrollment/applications/${id}/admission-notice.pdf`;

describe.each(DIALECTS)('admission notices (%s)', (dialect) => {
  let ctx: TestContext;
  let policy: PolicyFixture;
  let schoolName: string;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    policy = await createOpenPolicy(ctx, await createEnrollmentPlace(ctx));
    await ctx.db.updateTable('organizations').set({ address: '重庆市江北区建新北路二支路 6 号' }).where('id', '=', policy.schoolIds[0]!).execute();
    schoolName = (await ctx.db.selectFrom('organizations').select('name_zh').where('id', '=', policy.schoolIds[0]!).executeTakeFirstOrThrow()).name_zh;
  });
  afterAll(async () => ctx?.close());

  const notices = (applicationId: string) =>
    ctx.db.selectFrom('enrollment_admission_notices').selectAll().where('application_id', '=', applicationId).execute();
  const downloads = async (applicationId: string) =>
    (
      await ctx.db
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'enrollment_admission_notice.download')
        .where('object_id', '=', applicationId)
        .orderBy('occurred_at')
        .execute()
    ).map((row) => JSON.parse(row.detail!));

  it('gives the guardian a Chinese PDF with the pupil, school, report date, materials and a QR code of the verification page', async () => {
    const family = await createFamily(ctx, { name: '李雨桐' });
    const app = await createApplication(ctx, policy, 'accepted', { family });
    const guardian = await ctx.clientAs(app.guardianId);

    const response = await guardian.get(noticeUrl(app.id));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="admission-notice-${app.reference}.pdf"`);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const [notice] = await notices(app.id);
    expect(notice).toMatchObject({ offer_id: app.offerId, school_id: policy.schoolIds[0], revoked_at: null });
    expect(notice!.verification_code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);

    const pdf = await readPdf(response.rawPayload);
    expect(pdf.pages).toBe(1);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const expected of [
      '入学通知书',
      '李雨桐',
      schoolName,
      '一年级',
      '2027年8月30日',
      '建新北路二支路 6 号',
      '上午 8:30 至 11:30',
      app.reference,
      '居住证',
      '社保缴费证明',
    ]) {
      expect(text).toContain(expected);
    }
    // The same term as the verify page (核验码), never the SMS sign-in word 验证码.
    expect(text).toContain(`核验码：${notice!.verification_code.match(/.{4}/g)!.join('-')}`);
    expect(text).not.toContain('验证码');
    expect(pdf.qr).toBe(`http://localhost:80/verify/${notice!.verification_code}`);
  });

  it('issues the notice once: every download carries the same code, and each one is audited', async () => {
    const app = await createApplication(ctx, policy, 'accepted');
    const guardian = await ctx.clientAs(app.guardianId);
    const [first, second] = await Promise.all([guardian.get(noticeUrl(app.id)), guardian.get(noticeUrl(app.id))]);
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    const third = await guardian.get(noticeUrl(app.id));
    const rows = await notices(app.id);
    expect(rows).toHaveLength(1);
    const code = rows[0]!.verification_code;
    for (const response of [first, second, third]) expect((await readPdf(response.rawPayload)).qr).toBe(`http://localhost:80/verify/${code}`);
    const audited = await downloads(app.id);
    expect(audited).toHaveLength(3);
    expect(audited.every((d) => d.noticeId === rows[0]!.id)).toBe(true);
    expect(audited.filter((d) => d.issued)).toHaveLength(1);
  });

  it('stays downloadable after the pupil reported, and is refused before the offer is accepted', async () => {
    const enrolled = await createApplication(ctx, policy, 'enrolled');
    expect((await (await ctx.clientAs(enrolled.guardianId)).get(noticeUrl(enrolled.id))).statusCode).toBe(200);
    for (const status of ['approved', 'placed', 'declined', 'no_show'] as const) {
      const app = await createApplication(ctx, policy, status);
      const response = await (await ctx.clientAs(app.guardianId)).get(noticeUrl(app.id));
      expect([response.statusCode, response.json().error.code], status).toEqual([409, 'enrollment.application_status_invalid']);
      expect(await notices(app.id)).toEqual([]);
    }
  });

  it("is the guardian's alone: staff who may read the application get 403, strangers 404, nobody a notice", async () => {
    const app = await createApplication(ctx, policy, 'accepted');
    const schoolAdmin = await createUser(ctx.db, { role: 'school_admin', organizationId: policy.schoolIds[0] });
    const otherGuardian = await createUser(ctx.db, { role: 'guardian' });
    const { reviewerId, bureauAdminId, platformAdminId } = policy.place;
    for (const [userId, status] of [
      [schoolAdmin.id, 403],
      [reviewerId, 403],
      [bureauAdminId, 403],
      [platformAdminId, 403],
      [otherGuardian.id, 404],
    ] as const) {
      expect((await (await ctx.clientAs(userId)).get(noticeUrl(app.id))).statusCode).toBe(status);
    }
    expect((await (await ctx.anonymous()).get(noticeUrl(app.id))).statusCode).toBe(401);
    expect((await (await ctx.clientAs(app.guardianId)).get(noticeUrl('00000000-0000-0000-0000-000000000000'))).statusCode).toBe(404);
    expect(await notices(app.id)).toEqual([]);
  });

  it('confirms a notice publicly with masked details only, however the code is typed', async () => {
    const family = await createFamily(ctx, { name: '王小红' });
    const app = await createApplication(ctx, policy, 'accepted', { family });
    await (await ctx.clientAs(app.guardianId)).get(noticeUrl(app.id));
    const [notice] = await notices(app.id);
    const code = notice!.verification_code;
    const anonymous = await ctx.anonymous();

    const response = await anonymous.get(`/api/public/admission-notices/${code}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      code,
      maskedName: '王*红',
      schoolNameZh: schoolName,
      schoolNameEn: `Test ${schoolName}`,
      grade: 'g1',
      schoolYear: 2027,
      issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      status: 'valid',
      revokedOn: null,
    });
    expect(response.body).not.toContain('王小红');
    expect(response.body).not.toContain(app.family.idNumber);

    const typed = code.toLowerCase().match(/.{4}/g)!.join('-');
    expect((await anonymous.get(`/api/public/admission-notices/${typed}`)).json().code).toBe(code);
    const unknown = code.startsWith('0') ? `1${code.slice(1)}` : `0${code.slice(1)}`;
    expect((await anonymous.get(`/api/public/admission-notices/${unknown}`)).statusCode).toBe(404);
    expect((await anonymous.get('/api/public/admission-notices/not-a-code!')).statusCode).toBe(400);
    expect((await anonymous.get('/api/public/admission-notices/UUUUUUUUUUUUUUUU')).statusCode).toBe(404);

    await ctx.db.updateTable('enrollment_admission_notices').set({ revoked_at: '2027-09-02T02:00:00.000Z' }).where('id', '=', notice!.id).execute();
    expect((await anonymous.get(`/api/public/admission-notices/${code}`)).json()).toMatchObject({ status: 'revoked', revokedOn: '2027-09-02' });
  });
});

describe('the notice document', () => {
  it('flows a long list of materials onto a second page, keeping every line and the QR code', async () => {
    const materials = Array.from({ length: 14 }, (_, i) => ({
      name: `材料${i + 1}`,
      description: `第 ${i + 1} 项材料的说明，较长的一段文字，用来检查换行与分页。`,
    }));
    const pdf = await readPdf(
      await renderAdmissionNotice({
        childName: '欧阳晓燚',
        schoolName: '重庆市江北区观音桥小学',
        schoolAddress: null,
        bureauName: '重庆市江北区教育委员会',
        gradeName: '一年级',
        schoolYear: 2027,
        reportDate: null,
        reportNote: null,
        materials,
        reference: 'YD2027-ABCDEFGH',
        verificationCode: 'ABCDEFGHJKMNPQRS',
        verifyUrl: 'https://shuangcheng.example.gov.cn/verify/ABCDEFGHJKMNPQRS',
        issuedOn: '2027-07-20',
      }),
    );
    expect(pdf.pages).toBe(2);
    const text = pdf.text.replace(/\s+/g, '');
    for (let i = 1; i <= 14; i++) expect(text).toContain(`材料${i}：第${i}项材料的说明`);
    expect(text).toContain('欧阳晓燚');
    expect(text).toContain('请留意学校通知');
    expect(text).toContain('2027年7月20日');
    expect(pdf.qr).toBe('https://shuangcheng.example.gov.cn/verify/ABCDEFGHJKMNPQRS');
  });
});

describe('verification codes', () => {
  it('reads typed codes leniently and refuses what cannot be one', () => {
    expect(normalizeVerificationCode('abcd-efgh-jkmn-pqrs')).toBe('ABCDEFGHJKMNPQRS');
    expect(normalizeVerificationCode('O1LI 0000 0000 0000')).toBe('0111000000000000');
    expect(normalizeVerificationCode('ABCDEFGHJKMNPQRU')).toBeNull();
    expect(normalizeVerificationCode('ABC')).toBeNull();
  });
});

describe.each(DIALECTS)('the notice link with PUBLIC_URL (%s)', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(dialect, { PUBLIC_URL: 'https://jiaoyu.example.cn/ruxue/' });
  });
  afterAll(async () => ctx?.close());

  it('points the QR code at the configured public address, not the host of the request', async () => {
    const app = await createApplication(ctx, await createOpenPolicy(ctx, await createEnrollmentPlace(ctx)), 'accepted');
    const response = await (await ctx.clientAs(app.guardianId)).get(noticeUrl(app.id));
    expect(response.statusCode, response.body).toBe(200);
    const [notice] = await ctx.db.selectFrom('enrollment_admission_notices').select('verification_code').where('application_id', '=', app.id).execute();
    const pdf = await readPdf(response.rawPayload);
    expect(pdf.qr).toBe(`https://jiaoyu.example.cn/ruxue/verify/${notice!.verification_code}`);
    expect(pdf.text.replace(/\s+/g, '')).toContain(`https://jiaoyu.example.cn/ruxue/verify/${notice!.verification_code}`);
  });
});

describe('PUBLIC_URL', () => {
  it('is optional, kept without a trailing slash, and must be an http(s) URL', () => {
    expect(parseConfig({}).publicUrl).toBeNull();
    expect(parseConfig({ PUBLIC_URL: 'https://jiaoyu.example.cn/' }).publicUrl).toBe('https://jiaoyu.example.cn');
    expect(parseConfig({ PUBLIC_URL: 'http://10.0.0.5:8080' }).publicUrl).toBe('http://10.0.0.5:8080');
    for (const bad of [
      'jiaoyu.example.cn',
      'ftp://jiaoyu.example.cn',
      'https://jiaoyu.example.cn/?a=1',
      'https://user:pw@jiaoyu.example.cn',
      'javascript:alert(1)',
    ]) {
      expect(() => parseConfig({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL/);
    }
  });
});
