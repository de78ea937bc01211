// Scratch (helper H6): screenshots of the policy and review pages with data. Deleted after use.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createTestContext } from '../server/src/test/test-app.ts';
import { createUser } from '../server/src/test/factories.ts';
import { createApplication, createEnrollmentPlace, createOpenPolicy, multipartUpload } from '../server/src/modules/enrollment/applications/applications.fixtures.ts';
import { policyBody } from '../server/src/modules/enrollment/policies/policies.fixtures.ts';
import { launchBrowser, screenshot } from './support/browser.ts';
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
  page.on('response', (r) => { if (r.status() >= 400) console.log(`[${viewport} ${locale}] ${r.status()} ${r.request().method()} ${r.url()}`); });
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
await browser.close();
await ctx.close();
console.log('done');
