// Scratch (helper H9): screenshots of the cooperation pages with data. Deleted after use.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { request as pwRequest, type APIRequestContext, type Page } from 'playwright-core';
import { buildApp } from '../server/src/app.ts';
import { parseConfig } from '../server/src/config.ts';
import { DevSmsSender } from '../server/src/platform/auth/sms-sender.ts';
import { createDb } from '../server/src/platform/db/database.ts';
import { prepareDatabase } from '../server/src/platform/db/prepare.ts';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo.seed.ts';
import { launchBrowser } from './support/browser.ts';

const only = process.argv[2] ?? 'all';
const OUT = '/tmp/h9/shots';
const dataDir = mkdtempSync(join(tmpdir(), 'h9-shots-'));
const config = parseConfig({ DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', SEED_DEMO: 'true', WEB_DIR: '/tmp/h9/web' });
const db = createDb(config);
const app = await buildApp({ config, db, sms: new DevSmsSender(), logger: { level: 'warn' } });
await prepareDatabase(db, config, app.log);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const baseURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

async function as(username: string): Promise<APIRequestContext> {
  const ctx = await pwRequest.newContext({ baseURL });
  const { csrfToken } = (await (await ctx.get('/api/auth/session')).json()) as { csrfToken: string };
  const login = await ctx.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD }, headers: { 'x-csrf-token': csrfToken } });
  const body = (await login.json()) as { csrfToken: string };
  (ctx as unknown as { csrf: string }).csrf = body.csrfToken;
  return ctx;
}
const csrf = (ctx: APIRequestContext) => (ctx as unknown as { csrf: string }).csrf;
async function call<T>(ctx: APIRequestContext, method: 'post' | 'put', url: string, data: unknown): Promise<T> {
  const response = await ctx[method](url, { data, headers: { 'x-csrf-token': csrf(ctx) } });
  if (response.status() >= 300) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

const xincun = await as('xincun.admin');
const paotong = await as('paotong.admin');
const jiangbei = await as('jiangbei.admin');
const qingyang = await as('qingyang.admin');
type P = { id: string; version: number };
let p = await call<P>(xincun, 'post', '/api/cooperation/pairings', { proposerSchoolId: 'school-xincun-shiyan', partnerSchoolIds: ['school-paotongshu'], batch: 2, focusAreas: ['curriculum', 'teaching_research'], startsOn: '2025-03-01', description: '共建课程，联合教研，每学期互访一次。' });
p = await call<P>(paotong, 'post', `/api/cooperation/pairings/${p.id}/accept`, { version: p.version });
p = await call<P>(jiangbei, 'post', `/api/cooperation/pairings/${p.id}/approve`, { version: p.version });
const pending = p;
p = await call<P>(qingyang, 'post', `/api/cooperation/pairings/${p.id}/approve`, { version: p.version });
const activeId = p.id;
// A second proposal left waiting for Paotong.
const proposal = await call<P>(xincun, 'post', '/api/cooperation/pairings', { proposerSchoolId: 'school-xincun-shiyan', partnerSchoolIds: ['school-deyang-shiyan'], batch: 3, focusAreas: ['management'], startsOn: '2026-09-01' });
void pending;
const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 60, g: 130, b: 200 } } }).png().toBuffer();
const kinds = ['visit', 'hosted_delegation', 'joint_research', 'lecture', 'training', 'online_session'];
let exchangeId = '';
for (let i = 0; i < 14; i++) {
  const month = String((i % 12) + 1).padStart(2, '0');
  const e = await call<{ id: string }>(xincun, 'post', '/api/cooperation/exchanges', {
    kind: kinds[i % kinds.length], title: i === 0 ? '赴成都泡桐树小学开展语文联合教研' : `双城交流活动 ${i + 1}`, occurredOn: `${i < 12 ? 2025 : 2026}-${month}-15`,
    hostOrganizationId: i % 2 ? 'school-paotongshu' : 'school-xincun-shiyan', partnerOrganizationIds: [i % 2 ? 'school-xincun-shiyan' : 'school-paotongshu'],
    pairingId: activeId, participantCount: 10 + i * 3, summary: '两校教师围绕大单元教学设计开展同课异构，并就作业设计交换了意见。', clientKey: `shot-exchange-${i}`,
  });
  if (i === 0) exchangeId = e.id;
}
const upload = await xincun.post(`/api/cooperation/exchanges/${exchangeId}/files`, { multipart: { file: { name: '教研现场.png', mimeType: 'image/png', buffer: photo } }, headers: { 'x-csrf-token': csrf(xincun) } });
if (upload.status() !== 200) throw new Error(`upload ${upload.status()} ${await upload.text()}`);
const agreement = await call<P>(jiangbei, 'post', '/api/cooperation/agreements', { title: '重庆市江北区与成都市青羊区教育合作框架协议', partyOrganizationIds: ['bureau-jiangbei', 'bureau-qingyang'], focusAreas: ['management', 'cadre_training', 'curriculum'], signedOn: '2023-04-12', startsOn: '2023-05-01', endsOn: '2028-04-30', scope: '两区在学校管理、干部培训、课程建设和评价改革方面开展合作，组织 8 对学校结对。', clientKey: 'shot-agreement-1' });
await call<P>(jiangbei, 'post', `/api/cooperation/agreements/${agreement.id}/confirm`, { version: agreement.version });
const community = await call<{ id: string }>(xincun, 'post', '/api/cooperation/communities', { name: '两江—天府小学语文发展共同体', leadSchoolId: 'school-xincun-shiyan', memberSchoolIds: ['school-huaxin-shiyan'], description: '小学语文大单元教学研究', foundedOn: '2024-09-01' });
await call(paotong, 'post', `/api/cooperation/communities/${community.id}/join-requests`, { organizationId: 'school-paotongshu', note: '希望加入共同体，参与语文教研。' });
const alliance = await call<{ id: string }>(jiangbei, 'post', '/api/cooperation/alliances', { name: '成渝智慧教育联盟', focusAreas: ['smart_education', 'resource_sharing'], foundedOn: '2024-05-20', members: [{ organizationId: 'bureau-jiangbei', role: 'chair' }, { organizationId: 'school-xincun-shiyan', role: 'member' }] });

const browser = await launchBrowser();
const VIEWPORTS = { desktop: { width: 1366, height: 860 }, phone: { width: 390, height: 844 } } as const;
async function shoot(username: string, locale: 'zh-CN' | 'en-US', viewport: keyof typeof VIEWPORTS, path: string, name: string, act?: (page: Page) => Promise<void>) {
  await db.updateTable('users').set({ locale }).where('username', '=', username).execute();
  const context = await browser.newContext({ baseURL, viewport: VIEWPORTS[viewport], locale, deviceScaleFactor: 1 });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log(`[${name}] console error: ${m.text().slice(0, 300)}`); });
  page.on('pageerror', (e) => console.log(`[${name}] pageerror`, e.message));
  page.on('response', (r) => { if (r.status() >= 400) console.log(`[${name}] ${r.status()} ${r.url()}`); });
  try {
    const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
    await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD }, headers: { 'x-csrf-token': csrfToken } });
    await page.goto(path);
    await page.waitForTimeout(1500);
    await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), undefined, { timeout: 20_000 }).catch(() => console.log(`[${name}] still loading`));
    if (act) await act(page);
    await page.waitForTimeout(800);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 0) console.log(`[${name}] OVERFLOW ${overflow}px`);
    await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
  } catch (e) {
    console.log(`[${name}] FAILED`, (e as Error).message.split('\n')[0]);
  } finally {
    await context.close();
  }
}

const pages: [string, string, string][] = [
  ['pairings', 'xincun.admin', '/cooperation/pairings'],
  ['pairing-active', 'xincun.admin', `/cooperation/pairings/${activeId}`],
  ['pairing-proposed', 'xincun.admin', `/cooperation/pairings/${proposal.id}`],
  ['new-pairing', 'xincun.admin', '/cooperation/pairings/new?partner=school-deyang-2'],
  ['exchanges', 'xincun.admin', '/cooperation/exchanges'],
  ['exchange', 'xincun.admin', `/cooperation/exchanges/${exchangeId}`],
  ['new-exchange', 'xincun.admin', `/cooperation/exchanges/new?pairing=${activeId}`],
  ['agreements', 'qingyang.admin', '/cooperation/agreements'],
  ['agreement', 'qingyang.admin', `/cooperation/agreements/${agreement.id}`],
  ['communities', 'xincun.admin', '/cooperation/communities'],
  ['community', 'xincun.admin', `/cooperation/communities/${community.id}`],
  ['alliance', 'jiangbei.admin', `/cooperation/alliances/${alliance.id}`],
  ['dashboard', 'jiangbei.admin', '/cooperation/dashboard'],
  ['finder', 'xincun.admin', '/cooperation/partner-finder'],
  ['import', 'jiangbei.admin', '/cooperation/import'],
];
for (const [name, user, path] of pages) {
  if (only !== 'all' && !only.split(',').includes(name)) continue;
  for (const locale of ['zh-CN', 'en-US'] as const) {
    for (const viewport of ['desktop', 'phone'] as const) await shoot(user, locale, viewport, path, `${name}.${locale}.${viewport}`);
  }
}
await browser.close();
await app.close();
await db.destroy();
console.log('done');
