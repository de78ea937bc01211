import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../../server/src/app.ts';
import { parseConfig } from '../../server/src/config.ts';
import { DevSmsSender } from '../../server/src/platform/auth/sms-sender.ts';
import { createDb, type Db } from '../../server/src/platform/db/database.ts';
import { prepareDatabase } from '../../server/src/platform/db/prepare.ts';
import type { App } from '../../server/src/platform/http/types.ts';

export interface RunningPlatform {
  baseUrl: string;
  app: App;
  db: Db;
  sms: DevSmsSender;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * The real platform as `npm start` runs it — built web app, migrated SQLite database with the demo
 * data — on a free port of this machine, with the development SMS sender whose outbox tests read.
 */
export async function startPlatform(): Promise<RunningPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shuangcheng-e2e-'));
  const config = parseConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    PASSWORD_SCRYPT_N: '1024',
    WEB_DIR: resolve(process.env.E2E_WEB_DIR ?? 'dist/web'),
  });
  const db = createDb(config);
  const sms = new DevSmsSender();
  const app = await buildApp({ config, db, sms, logger: { level: 'warn' } });
  await prepareDatabase(db, config, app.log);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    db,
    sms,
    dataDir,
    async stop() {
      await app.close();
      await db.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
