import pino from 'pino';
import { parseConfig } from '../config.ts';
import '../module-list.ts';
import { createDb } from '../platform/db/database.ts';
import { prepareDatabase } from '../platform/db/prepare.ts';

// npm run migrate: applies pending migrations and the modules' reference data (regions), nothing else.
const log = pino({ level: 'info' });
const config = parseConfig();
const db = createDb(config);
try {
  await prepareDatabase(db, { ...config, seedDemo: false }, log);
  log.info('database up to date');
} finally {
  await db.destroy();
}
