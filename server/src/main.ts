import { buildApp } from './app.ts';
import { ConfigError, parseConfig } from './config.ts';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD, demoAccounts } from './db/seed/demo.seed.ts';
import { startHousekeeping } from './platform/housekeeping.ts';
import { createDb } from './platform/db/database.ts';
import { prepareDatabase } from './platform/db/prepare.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const db = createDb(config);
  const app = await buildApp({ config, db, backgroundJobs: true });
  await prepareDatabase(db, config, app.log);
  const housekeeping = startHousekeeping(db, app.log, config);

  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    housekeeping.stop();
    await app.close();
    await db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void close('SIGTERM'));
  process.on('SIGINT', () => void close('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (config.seedDemo) printDemoAccounts(config.port);
}

function printDemoAccounts(port: number): void {
  const lines = [
    '',
    `  双城教育协同平台 Shuangcheng is running: http://localhost:${port}`,
    '',
    `  Demo accounts (password ${DEMO_PASSWORD}):`,
    ...demoAccounts.map((a) => `    ${(a.username ?? `mobile ${a.mobile}`).padEnd(22)} ${a.role.padEnd(16)} ${a.descriptionZh}`),
    '',
    `  admin needs an authenticator code: add the secret ${DEMO_ADMIN_TOTP_SECRET} to an authenticator app.`,
    '  Guardians sign in with an SMS code: in development the code is written to this log.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`Failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
