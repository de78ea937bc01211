import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../app.ts';
import { parseConfig } from '../../../config.ts';
import { createSession } from '../../../platform/auth/sessions.ts';
import { DevSmsSender } from '../../../platform/auth/sms-sender.ts';
import { makePng } from '../../../platform/files/files.fixtures.test-support.ts';
import type { App } from '../../../platform/http/types.ts';
import { SESSION_COOKIE } from '../../../platform/http/request-context.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/databases.ts';
import { TestClient, type TestContext } from '../../../test/test-app.ts';
import { CONSENT_TEXT_VERSION } from '../../../../../common/consent.ts';
import { childBody, makeIdNumber } from '../children/children.fixtures.test-support.ts';
import { createEnrollmentPlace, createFamily, createOpenPolicy, multipartUpload } from './applications.fixtures.test-support.ts';

const ADDRESS = '重庆市江北区观音桥街道建新北路 77 号';
const MOBILE = '13712345678';

// Applications carry a residence address, ID numbers (assisted filing) and a guardian's mobile number;
// this checks that nothing logged at the most verbose level, on success or failure, carries any of them.
describe.each(DIALECTS)('applications keep personal data out of the logs (%s)', (dialect) => {
  let database: TestDatabase;
  let app: App;
  let ctx: TestContext;
  const lines: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const config = parseConfig({ DATA_DIR: '/tmp/shuangcheng-test-data', LOG_LEVEL: 'trace', SEED_DEMO: 'false', WEB_DIR: '/nonexistent' });
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    app = await buildApp({ config, db: database.db, sms: new DevSmsSender(), logger: { level: 'trace', stream } });
    await app.ready();
    const clientAs = async (userId: string) => {
      const { token, csrfToken } = await createSession(
        database.db,
        { userId, stage: 'active', ip: '127.0.0.1', userAgent: 'test' },
        { idleMinutes: 60, absoluteHours: 12 },
      );
      return new TestClient(app, { [SESSION_COOKIE]: token }, csrfToken);
    };
    // The fixtures need only the database, the app's config and signed-in clients.
    ctx = { ...database, app, config, sms: new DevSmsSender(), clientAs, anonymous: async () => new TestClient(app, {}, null), close: async () => undefined };
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
  });

  it('logs drafts, uploads, submissions and a counter filing without the address, ID numbers or the mobile number', async () => {
    const place = await createEnrollmentPlace(ctx);
    const policy = await createOpenPolicy(ctx, place);
    const family = await createFamily(ctx);
    const client = await ctx.clientAs(family.guardianId);
    const body = {
      policyId: policy.id,
      childId: family.childId,
      routeCode: 'points',
      guardianName: '张建国',
      residenceAddress: ADDRESS,
      workKind: 'flexible',
      declaredPoints: { residence_months: 10, social_insurance_months: 10 },
      preferences: [policy.schoolIds[0]],
    };
    const created = await client.post('/api/enrollment/applications', body);
    expect(created.statusCode).toBe(201);
    expect((await client.post('/api/enrollment/applications', body)).statusCode).toBe(409);
    expect((await client.post('/api/enrollment/applications', { ...body, unexpected: ADDRESS })).statusCode).toBe(400);
    const id = created.json().id;
    for (const material of policy.routes.points!.mandatory) {
      const upload = multipartUpload({ material }, { filename: `${family.idNumber}.png`, bytes: await makePng(20, 20) });
      expect((await client.request('POST', `/api/enrollment/applications/${id}/documents`, upload.body, upload.headers)).statusCode).toBe(201);
    }
    const bad = multipartUpload({ material: 'residence_permit' }, { filename: `${family.idNumber}.jpg`, bytes: Buffer.from('<?php ?>') });
    expect((await client.request('POST', `/api/enrollment/applications/${id}/documents`, bad.body, bad.headers)).statusCode).toBe(400);
    expect((await client.post(`/api/enrollment/applications/${id}/submit`, { version: 1 })).statusCode).toBe(200);

    const number = makeIdNumber();
    const { name, sex, birthDate, idNumber, relation } = childBody(number);
    const reviewer = await ctx.clientAs(place.reviewerId);
    const filing = {
      guardianMobile: MOBILE,
      child: { name, sex, birthDate, idNumber, relation },
      consentTextVersion: CONSENT_TEXT_VERSION,
      application: {
        policyId: policy.id,
        routeCode: 'non_points',
        guardianName: '李桂芳',
        residenceAddress: ADDRESS,
        workKind: 'flexible',
        preferences: [policy.schoolIds[0]],
      },
    };
    expect((await reviewer.post('/api/enrollment/review/assisted-applications', filing)).statusCode).toBe(201);
    expect(
      (await reviewer.post('/api/enrollment/review/assisted-applications', { ...filing, child: { ...filing.child, sex: sex === 'male' ? 'female' : 'male' } }))
        .statusCode,
    ).toBe(400);

    const log = lines.join('');
    expect(log).toContain(`/api/enrollment/applications/${id}/submit`);
    expect(lines.filter((l) => l.includes('"incoming request"')).length).toBeGreaterThanOrEqual(8);
    for (const secret of [ADDRESS, '建新北路', family.idNumber, number.idNumber, MOBILE]) expect(log).not.toContain(secret);
  });
});
