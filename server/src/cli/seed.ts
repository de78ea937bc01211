import pino from 'pino';
import { parseConfig } from '../config.ts';
import '../module-list.ts';
import { createDb } from '../platform/db/database.ts';
import { prepareDatabase } from '../platform/db/prepare.ts';

// npm run seed: migrates, then adds the demonstration data to an empty database.
const log = pino({ level: 'info' });
const config = parseConfig({ ...process.env, SEED_DEMO: 'true' });
const db = createDb(config);
try {
  const { seededDemo } = await prepareDatabase(db, config, log);
  log.info(seededDemo ? 'demonstration data seeded' : 'the database already has people: demonstration data not added');
} finally {
  await db.destroy();
}
