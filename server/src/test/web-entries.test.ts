import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import type { App } from '../platform/http/types.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';

// The built web app has two entries: the staff app (index.html, with antd) and the families' light phone
// app (family.html). Each is the fallback of its own client-side paths. The database plays no part here,
// so one dialect is enough.
describe('the web entries', () => {
  let database: TestDatabase;
  let app: App;
  let webDir: string;

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'shuangcheng-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>staff</title>');
    writeFileSync(join(webDir, 'family.html'), '<!doctype html><title>family</title>');
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'assets', 'family-abc.js'), 'export {};');
    database = await createTestDatabase('sqlite');
    app = await buildApp({ config: parseConfig({ LOG_LEVEL: 'silent', SEED_DEMO: 'false', WEB_DIR: webDir }), db: database.db, logger: false });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.destroy();
    rmSync(webDir, { recursive: true, force: true });
  });

  const page = async (url: string) => {
    const response = await app.inject({ url, headers: { accept: 'text/html' } });
    return { status: response.statusCode, title: /<title>(\w+)<\/title>/.exec(response.body)?.[1], cache: response.headers['cache-control'] };
  };

  it("sends family.html for the families' pages and the notice check a QR code opens", async () => {
    for (const url of [
      '/family',
      '/family/',
      '/family/login?next=%2Ffamily%2Fme',
      '/family/applications/abc/edit/points',
      '/verify/ABCD-EFGH-JKLM-NPQR',
      '/verify',
    ]) {
      expect(await page(url), url).toEqual({ status: 200, title: 'family', cache: 'no-cache' });
    }
  });

  it('sends index.html for everything else, including look-alikes of the family paths', async () => {
    for (const url of ['/', '/login', '/directory/organizations/x', '/familyhistory', '/verifying', '/profile?family=1']) {
      expect(await page(url), url).toEqual({ status: 200, title: 'staff', cache: 'no-cache' });
    }
  });

  it('serves the bundles as files and leaves unknown API paths to the API', async () => {
    expect((await app.inject({ url: '/assets/family-abc.js' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/api/no-such-route' })).statusCode).toBe(404);
  });
});
