// Scratch (helper H6): screenshots of the policy and review pages with data. Deleted after use.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createTestContext } from '../server/src/test/test-app.ts';
import { createUser } from '../server/src/test/factories.ts';
import { createApplication, createEnrollmentPlace, createOpenPolicy, multipartUpload } from '../server/src/modules/enrollment/applications/applications.fixtures.ts';
import { policyBody } from '../server/src/modules/enrollment/policies/policies.fixtures.ts';
import { launchBrowser, screenshot } from './support/browser.ts';
import { idNumberCheckCharacter } from '../common/id-number.ts';
import { writeFileSync } from 'node:fs';
import { makeJpeg, makePdf } from '../server/src/platform/files/files.fixtures.ts';

const only = process.argv[2] ?? 'all';
const ctx = await createTestContext('sqlite', { WEB_DIR: '/tmp/h6/web' });
await ctx.app.listen({ port: 0, host: '127.0.0.1' });
const address = ctx.app.server.address();
const baseURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const place = await createEnrollmentPlace(ctx);
const policy = await createOpenPolicy(ctx, place);
const reviewer2 = await createUser(ctx.db, { role: 'bureau_reviewer', organizationId: place.bureauId, displayName: '江北区教委 赵审核' });
await ctx.db.updateTable('users').set({ display_name: '江北区教委 王审核' }).where('id', '=', place.reviewerId).execute();
const submitted = await createApplication(ctx, policy, 'submitted');
await createApplication(ctx, policy, 'submitted', { idPrefix: '511302' });
await createApplication(ctx, policy, 'submitted', { idPrefix: '500101', routeCode: 'non_points' });
await createApplication(ctx, policy, 'submitted', { assistedBy: place.reviewerId, idPrefix: '510704' });
await createApplication(ctx, policy, 'supplement_requested');
await createApplication(ctx, policy, 'approved');
await createApplication(ctx, policy, 'rejected');
const appealed = await createApplication(ctx, policy, 'appealed');
await ctx.db.updateTable('enrollment_applications').set({ submitted_at: new Date(Date.now() - 12 * 86_400_000).toISOString() }).where('id', '=', submitted.id).execute();

// A counter application with a real PDF and a photo: the inline viewers.
const counter = await createApplication(ctx, policy, 'submitted', { assistedBy: place.reviewerId, idPrefix: '511502', withoutDocuments: true });
const reviewerClient = await ctx.clientAs(place.reviewerId);
const pdf = await makePdf();
for (const [material, file] of [['residence_permit', { filename: 'residence-permit.pdf', bytes: pdf, contentType: 'application/pdf' }], ['social_insurance_record', { filename: 'insurance.jpg', bytes: await makeJpeg({ width: 1200, height: 1600 }), contentType: 'image/jpeg' }]] as const) {
  const up = multipartUpload({ material }, file);
  const r = await reviewerClient.request('POST', `/api/enrollment/applications/${counter.id}/documents`, up.body, up.headers);
  if (r.statusCode !== 201) console.log('upload failed', r.statusCode, r.body);
}
const admin = await ctx.clientAs(place.bureauAdminId);
const draftBody = { ...policyBody(place.bureauId, place.schoolIds), routes: [], pointsItems: [] };
const draft = await admin.post('/api/enrollment/policies', draftBody);
if (draft.statusCode !== 201) throw new Error(draft.body);
const draftId = draft.json().id as string;

const browser = await launchBrowser();
const VIEWPORTS = { desktop: { width: 1366, height: 860 }, phone: { width: 390, height: 844 } } as const;

async function as(userId: string, locale: 'zh-CN' | 'en-US', viewport: keyof typeof VIEWPORTS, use: (page: Page) => Promise<void>) {
  await ctx.db.updateTable('users').set({ locale }).where('id', '=', userId).execute();
  const client = await ctx.clientAs(userId);
  const context = await browser.newContext({ baseURL, viewport: VIEWPORTS[viewport], locale, deviceScaleFactor: 1 });
  context.setDefaultTimeout(15_000);
  await context.addCookies(Object.entries(client.cookies).map(([name, value]) => ({ name, value, url: baseURL })));
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${viewport} ${locale}] console ${m.type()}: ${m.text().slice(0, 300)}`); });
  page.on('response', (r) => { if (r.status() >= 400) void r.text().then((b) => console.log(`[${viewport} ${locale}] ${r.status()} ${r.request().method()} ${r.url()} ${b.slice(0, 400)}`)); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  try {
    await use(page);
  } finally {
    await context.close();
  }
}

const settle = (page: Page) => page.waitForTimeout(600);
const tryWait = async (p: Promise<unknown>) => { try { await p; } catch (e) { console.log('WAIT FAILED', (e as Error).message.split('\n')[0]); } };
for (const locale of ['zh-CN', 'en-US'] as const) {
  for (const viewport of ['desktop', 'phone'] as const) {
    const tag = `${locale}.${viewport}`;
    if (only === 'all' || only === 'policies') {
      await as(place.bureauAdminId, locale, viewport, async (page) => {
        await page.goto('/enrollment/policies');
        await page.getByRole('link', { name: /2027/ }).first().waitFor();
        await settle(page);
        await screenshot(page, `h6-policies.${tag}`);
        await page.goto(`/enrollment/policies/${policy.id}`);
        await page.getByText(/SHA-256/).waitFor();
        await settle(page);
        await screenshot(page, `h6-policy.${tag}`);
        await page.goto(`/enrollment/policies/${draftId}/edit`);
        await page.locator('#policy-section-basics').waitFor();
        await settle(page);
        await screenshot(page, `h6-policy-edit.${tag}`);
        await page.getByRole('button', { name: /保存并发布|Save and publish/ }).click();
        await page.getByRole('button', { name: /^(发 布|发布|Publish)$/ }).click();
        await page.getByRole('alert').first().waitFor();
        await settle(page);
        await screenshot(page, `h6-policy-problems.${tag}`, { fullPage: false });
      });
    }
    if (only === 'all' || only === 'review') {
      await as(place.reviewerId, locale, viewport, async (page) => {
        await page.goto('/enrollment/review');
        await tryWait(page.getByRole('link', { name: submitted.reference }).waitFor());
        await settle(page);
        await screenshot(page, `h6-inbox.${tag}`);
        await page.goto(`/enrollment/review/applications/${submitted.id}`);
        await tryWait(page.getByRole('img', { name: /record/ }).first().waitFor());
        await settle(page);
        await screenshot(page, `h6-application.${tag}`);
        await page.goto(`/enrollment/review/applications/${counter.id}`);
        await tryWait(page.locator('iframe').waitFor());
        await page.waitForTimeout(2500);
        await screenshot(page, `h6-application-pdf.${tag}`, { fullPage: false });
        await page.getByRole('button', { name: /^(查 ?看|View)$/ }).nth(1).click();
        await tryWait(page.getByRole('img', { name: /insurance/ }).waitFor());
        await page.getByRole('button', { name: /向右旋转|Rotate right/ }).click();
        await page.waitForTimeout(500);
        await screenshot(page, `h6-application-image.${tag}`, { fullPage: false });
        await page.goto('/enrollment/review/appeals');
        await settle(page);
        await screenshot(page, `h6-appeals.${tag}`);
        await page.goto('/enrollment/review/assisted-filing');
        await settle(page);
        await screenshot(page, `h6-assisted.${tag}`);
      });
      await as(reviewer2.id, locale, viewport, async (page) => {
        await page.goto(`/enrollment/review/applications/${appealed.id}/appeal`);
        await settle(page);
        await page.waitForTimeout(800);
        await screenshot(page, `h6-appeal.${tag}`);
      });
    }
  }
}
if (only === 'actions') {
  const other = await createApplication(ctx, policy, 'submitted', { idPrefix: '510106' });
  const third = await createApplication(ctx, policy, 'submitted', { idPrefix: '510107' });
  await as(place.reviewerId, 'zh-CN', 'desktop', async (page) => {
    const loose = (s: string) => new RegExp(`^\\s*${[...s].join('\\s*')}\\s*$`);
    // Accept both documents, verify points, approve.
    await page.goto(`/enrollment/review/applications/${submitted.id}`);
    await page.getByRole('button', { name: loose('通过') }).first().waitFor();
    for (let i = 0; i < 2; i += 1) {
      await page.getByRole('button', { name: loose('通过') }).nth(i).click();
      await page.waitForTimeout(1500);
    }
    await page.getByRole('button', { name: loose('保存核定结果') }).click();
    await page.waitForTimeout(1200);
    await page.getByRole('button', { name: loose('审核通过') }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: loose('审核通过') }).click();
    await page.waitForTimeout(1500);
    await screenshot(page, 'h6-act-approved');
    // Reveal the ID number.
    await page.getByRole('button', { name: loose('查看完整号码') }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: loose('查看并记录') }).click();
    await page.waitForTimeout(1000);
    await screenshot(page, 'h6-act-revealed', { fullPage: false });
    const audits = await ctx.db.selectFrom('audit_log').select(['action']).where('action', '=', 'enrollment_application.id_number.view').execute();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'h6-act-revealed-top', { fullPage: false });
    console.log('reveal audits', audits.length);

    // A stale page: someone else decides a document first.
    await page.goto(`/enrollment/review/applications/${other.id}`);
    await page.getByRole('button', { name: loose('通过') }).first().waitFor();
    const fresh = await reviewerClient.request('GET', `/api/enrollment/review/applications/${other.id}`);
    const view = fresh.json() as { version: number; documents: { id: string }[] };
    const first = await reviewerClient.request('POST', `/api/enrollment/review/applications/${other.id}/documents/${view.documents[0]!.id}/decision`, { version: view.version, decision: 'accept' });
    console.log('other reviewer decided', first.statusCode);
    await page.getByRole('button', { name: loose('审核通过') }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: loose('审核通过') }).click();
    await page.waitForTimeout(1500);
    await screenshot(page, 'h6-act-stale', { fullPage: false });

    // Reject a document with a reason, then ask for a supplement.
    await page.goto(`/enrollment/review/applications/${third.id}`);
    await page.getByRole('button', { name: loose('退回') }).first().click();
    await page.getByLabel('理由').fill('居住证已过期，请上传有效期内的居住证');
    await page.locator('.ant-modal').getByRole('button', { name: loose('退回') }).click();
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: loose('要求补充材料') }).click();
    await page.getByLabel('给家长的说明').fill('请上传有效期内的居住证');
    await page.waitForTimeout(400);
    await screenshot(page, 'h6-act-supplement-modal', { fullPage: false });
    await page.locator('.ant-modal').getByRole('button', { name: loose('发送要求') }).click();
    await page.waitForTimeout(1500);
    await screenshot(page, 'h6-act-supplement-sent');
    const row = await ctx.db.selectFrom('enrollment_applications').select(['status']).where('id', '=', third.id).executeTakeFirstOrThrow();
    console.log('third status', row.status);

    // Assisted filing.
    await page.goto('/enrollment/review/assisted-filing');
    const pick = async (label: string, option: RegExp) => {
      await page.getByLabel(label, { exact: true }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
    };
    await pick('招生政策', /招生政策0/);
    await page.waitForTimeout(800);
    await pick('报名途径', /^积分入学$/);
    await page.getByLabel('家长手机号').fill('13912345678');
    await page.getByLabel('监护人姓名').fill('李秀英');
    await page.getByLabel('姓名', { exact: true }).fill('李小雨');
    await page.getByLabel('身份证号').fill('510104202003150021'.slice(0, 17) + 'X');
    await page.getByLabel('身份证号').blur();
    await page.waitForTimeout(300);
    await screenshot(page, 'h6-act-assisted-idcheck', { fullPage: false });
    const first17 = '51010420200315002';
    await page.getByLabel('身份证号').fill(first17 + idNumberCheckCharacter(first17));
    await page.getByLabel('身份证号').blur();
    await page.waitForTimeout(300);
    await pick('第 1 志愿', /测试小学/);
    await pick('就业类型', /灵活就业/);
    await page.getByLabel('本区居住地址').fill('重庆市江北区观音桥街道建新东路 3 号');
    await page.getByLabel('居住证月数').fill('18');
    await pick('住房情况', /租赁/);
    await page.getByRole('checkbox', { name: /纸质同意书/ }).check();
    await screenshot(page, 'h6-act-assisted-filled');
    await page.getByRole('button', { name: loose('代为提交申请') }).click();
    await page.getByText(/已提交申请/).waitFor();
    writeFileSync('/tmp/h6/scan.pdf', await makePdf());
    await page.locator('input[type="file"]').first().setInputFiles('/tmp/h6/scan.pdf');
    await page.waitForTimeout(2000);
    await screenshot(page, 'h6-act-assisted-filed');
    console.log('done assisted');
  });
  await as(reviewer2.id, 'zh-CN', 'desktop', async (page) => {
    const loose = (s: string) => new RegExp(`^\\s*${[...s].join('\\s*')}\\s*$`);
    await page.goto('/enrollment/review/appeals');
    await page.getByRole('link', { name: '处理复核' }).first().click();
    await page.getByRole('radio', { name: /维持原决定/ }).check();
    await page.getByRole('button', { name: loose('提交复核决定') }).click();
    await page.waitForTimeout(500);
    await screenshot(page, 'h6-act-appeal-needs-reason', { fullPage: false });
    await page.getByRole('radio', { name: /复核成立/ }).check();
    await page.getByRole('button', { name: loose('提交复核决定') }).click();
    await page.waitForURL((u) => u.pathname === '/enrollment/review/appeals');
    await page.waitForTimeout(800);
    await screenshot(page, 'h6-act-appeal-done', { fullPage: false });
    const row = await ctx.db.selectFrom('enrollment_applications').select(['status']).where('id', '=', appealed.id).executeTakeFirstOrThrow();
    console.log('appealed now', row.status);
  });
}
await browser.close();
await ctx.close();
console.log('done');
