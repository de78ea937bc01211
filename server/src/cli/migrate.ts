import pino from 'pino';
import { parseConfig } from '../config.ts';
import '../module-list.ts';
import { createDb } from '../platform/db/database.ts';
import { grantAppRole } from '../platform/db/app-role.ts';
import { prepareDatabase } from '../platform/db/prepare.ts';

// npm run migrate: applies pending migrations and the modules' reference data (regions), nothing else. On
// PostgreSQL run it as the tables' owner; with APP_DB_ROLE it then grants that role what the app needs.
const log = pino({ level: 'info' });
const config = parseConfig();
const db = createDb(config);
try {
  await prepareDatabase(db, { ...config, seedDemo: false }, log);
  // Least privilege: the app's own role may read and write rows, nothing more (platform/db/app-role.ts).
  if (config.appDbRole) {
    await grantAppRole(db, config.appDbRole);
    log.info({ role: config.appDbRole }, 'rights of the app role granted');
  }
  log.info('database up to date');
} finally {
  await db.destroy();
}
