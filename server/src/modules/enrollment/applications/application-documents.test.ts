import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg, makePdf, makePng, makePngHeader, GPS_EXIF, withJavaScriptOpenAction } from '../../../platform/files/files.fixtures.test-support.ts';
import { DIALECTS } from '../../../test/databases.ts';
import { createUser } from '../../../test/factories.ts';
import { createTestContext, type TestClient, type TestContext } from '../../../test/test-app.ts';
import {
  createApplication,
  createEnrollmentPlace,
  createOpenPolicy,
  multipartUpload,
  testDocumentStore,
  type EnrollmentPlace,
  type PolicyFixture,
} from './applications.fixtures.test-support.ts';

const BASE = '/api/enrollment/applications';

describe.each(DIALECTS)('application documents (%s)', (dialect) => {
  let ctx: TestContext;
  let place: EnrollmentPlace;
  let policy: PolicyFixture;
  beforeAll(async () => {
    ctx = await createTestContext(dialect);
    place = await createEnrollmentPlace(ctx);
    policy = await createOpenPolicy(ctx, place);
  });
  afterAll(async () => ctx?.close());

  const upload = (client: TestClient, id: string, material: string, filename: string, bytes: Buffer) => {
    const { body, headers } = multipartUpload({ material }, { filename, bytes });
    return client.request('POST', `${BASE}/${id}/documents`, body, headers);
  };
  const documents = (id: string) => ctx.db.selectFrom('enrollment_documents').selectAll().where('application_id', '=', id).orderBy('uploaded_at').execute();
  const draftOf = async () => {
    const app = await createApplication(ctx, policy, 'draft', { withoutDocuments: true });
    return { app, client: await ctx.clientAs(app.guardianId) };
  };

  it('accepts a PDF and a photo, re-encodes the photo without its GPS data and stores both encrypted under server names', async () => {
    const { app, client } = await draftOf();
    const photo = await makeJpeg({ width: 120, height: 80, exif: GPS_EXIF });
    const pdf = await upload(client, app.id, 'residence_permit', '居住证 510104201501010011.pdf', await makePdf());
    expect(pdf.statusCode).toBe(201);
    expect(pdf.json()).toMatchObject({
      material: 'residence_permit',
      mediaType: 'application/pdf',
      status: 'pending',
      originalName: 'residence_permit.pdf',
      uploadedByStaff: false,
    });
    const jpeg = await upload(client, app.id, 'social_insurance_record', 'IMG_0001.JPG', photo);
    expect(jpeg.statusCode).toBe(201);
    const [stored] = (await documents(app.id)).filter((d) => d.material === 'social_insurance_record');
    const bytes = await testDocumentStore(ctx).get(stored!.storage_key!);
    expect(bytes.equals(photo)).toBe(false);
    expect(bytes.includes(Buffer.from('FixtureCam'))).toBe(false);
    expect(stored!.storage_key).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{32}$/);
    const view = (await client.get(`${BASE}/${app.id}`)).json();
    expect(view.route.materials.map((m: { material: string; uploaded: boolean }) => [m.material, m.uploaded])).toEqual([
      ['residence_permit', true],
      ['social_insurance_record', true],
      ['housing_proof', false],
    ]);
  });

  it('refuses a script named .jpg, a PDF with JavaScript, a pixel bomb and an oversized file, naming the file and the reason', async () => {
    const { app, client } = await draftOf();
    const php = await upload(client, app.id, 'residence_permit', 'photo.jpg', Buffer.from('<?php system($_GET["c"]); ?>'));
    expect(php.statusCode).toBe(400);
    expect(php.json().error).toMatchObject({
      code: 'files.rejected',
      message: '文件「photo.jpg」未通过检查：只接受 PDF、JPEG 或 PNG 文件（按文件内容判断，与扩展名无关）',
    });
    const script = await upload(client, app.id, 'residence_permit', 'permit.pdf', await makePdf(withJavaScriptOpenAction));
    expect(script.json().error.message).toContain('permit.pdf');
    expect(script.json().error.message).toContain('脚本');
    const bomb = await upload(client, app.id, 'residence_permit', 'bomb.png', makePngHeader(50_000, 50_000));
    expect(bomb.json().error.message).toContain('bomb.png');
    const big = await upload(client, app.id, 'residence_permit', 'huge.png', Buffer.alloc(8 * 1024 * 1024 + 1, 1));
    expect(big.statusCode).toBe(413);
    expect(big.json().error).toMatchObject({ code: 'files.too_large', message: '文件「huge.png」超过 8 MB' });
    const huge = await upload(client, app.id, 'residence_permit', 'enormous.pdf', Buffer.alloc(11 * 1024 * 1024, 1));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toContain('enormous.pdf');
    expect(await documents(app.id)).toEqual([]);
  });

  it('refuses a material the route does not list, a missing material field and a missing file', async () => {
    const { app, client } = await draftOf();
    const png = await makePng(20, 20);
    const other = await upload(client, app.id, 'birth_certificate', 'birth.png', png);
    expect(other.statusCode).toBe(400);
    expect(other.json().error).toMatchObject({ code: 'enrollment.material_not_in_route', message: '该报名途径不需要材料「出生医学证明」' });
    expect((await upload(client, app.id, 'passport', 'x.png', png)).statusCode).toBe(400);
    const noMaterial = multipartUpload({}, { filename: 'x.png', bytes: png });
    const refused = await client.request('POST', `${BASE}/${app.id}/documents`, noMaterial.body, noMaterial.headers);
    expect(refused.json().error.fields).toMatchObject([{ field: '/material' }]);
    const notMultipart = await client.post(`${BASE}/${app.id}/documents`, { material: 'residence_permit' });
    expect(notMultipart.statusCode).toBe(415);
    expect(await documents(app.id)).toEqual([]);
  });

  it('replaces a document in a draft (the old one superseded), deletes one, and locks documents once submitted', async () => {
    const { app, client } = await draftOf();
    const first = await upload(client, app.id, 'residence_permit', 'a.png', await makePng(20, 20));
    const second = await upload(client, app.id, 'residence_permit', 'b.png', await makePng(30, 20));
    expect((await documents(app.id)).map((d) => [d.id, d.status])).toEqual([
      [first.json().id, 'superseded'],
      [second.json().id, 'pending'],
    ]);
    const housing = await upload(client, app.id, 'housing_proof', 'lease.pdf', await makePdf());
    const removed = await client.delete(`${BASE}/${app.id}/documents/${housing.json().id}`);
    expect(removed.json()).toEqual({ ok: true });
    expect((await documents(app.id)).map((d) => d.material)).toEqual(['residence_permit', 'residence_permit']);

    const submitted = await createApplication(ctx, policy, 'submitted');
    const family = await ctx.clientAs(submitted.guardianId);
    const locked = await upload(family, submitted.id, 'residence_permit', 'again.png', await makePng(20, 20));
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('enrollment.application_status_invalid');
    const deleted = await family.delete(`${BASE}/${submitted.id}/documents/${submitted.documentIds.residence_permit}`);
    expect(deleted.statusCode).toBe(409);
  });

  it('serves a document as an attachment with nosniff to the family and the host reviewers (their views on record), to nobody else', async () => {
    const app = await createApplication(ctx, policy, 'submitted');
    const documentId = app.documentIds.residence_permit!;
    const url = `${BASE}/${app.id}/documents/${documentId}/content`;
    const family = await (await ctx.clientAs(app.guardianId)).get(url);
    expect(family.statusCode).toBe(200);
    expect(family.headers).toMatchObject({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
    expect(family.headers['content-disposition']).toBe('attachment; filename="residence_permit.png"');
    expect(family.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    const viewsBefore = await ctx.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'enrollment_document.view')
      .where('object_id', '=', app.id)
      .execute();
    expect(viewsBefore).toHaveLength(0);
    expect((await (await ctx.clientAs(place.reviewerId)).get(url)).statusCode).toBe(200);
    const views = await ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'enrollment_document.view').where('object_id', '=', app.id).execute();
    expect(views).toMatchObject([{ actor_user_id: place.reviewerId }]);
    expect((await (await ctx.clientAs(place.bureauAdminId)).get(url)).statusCode).toBe(403);
    const stranger = await createUser(ctx.db, { role: 'guardian' });
    expect((await (await ctx.clientAs(stranger.id)).get(url)).statusCode).toBe(404);
    const elsewhere = await createEnrollmentPlace(ctx, '510105');
    expect((await (await ctx.clientAs(elsewhere.reviewerId)).get(url)).statusCode).toBe(404);
    expect((await (await ctx.clientAs(app.guardianId)).get(`${BASE}/${app.id}/documents/${app.id}/content`)).statusCode).toBe(404);
  });

  it('lets a reviewer upload only to an application filed at a counter, while submitted', async () => {
    const reviewer = await ctx.clientAs(place.reviewerId);
    const own = await createApplication(ctx, policy, 'submitted');
    const refused = await upload(reviewer, own.id, 'residence_permit', 'scan.png', await makePng(20, 20));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('enrollment.not_assisted');
    const assisted = await createApplication(ctx, policy, 'submitted', { assistedBy: place.reviewerId, withoutDocuments: true });
    const scanned = await upload(reviewer, assisted.id, 'residence_permit', 'scan.png', await makePng(20, 20));
    expect(scanned.statusCode).toBe(201);
    expect(scanned.json()).toMatchObject({ uploadedByStaff: true });
    const family = await ctx.clientAs(assisted.guardianId);
    expect((await upload(family, assisted.id, 'residence_permit', 'mine.png', await makePng(20, 20))).statusCode).toBe(409);
    const admin = await ctx.clientAs(place.bureauAdminId);
    expect((await upload(admin, assisted.id, 'residence_permit', 'scan.png', await makePng(20, 20))).statusCode).toBe(403);
  });
});
