import pino from 'pino';
import { parseConfig } from '../config.ts';
import { createDb } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrator.ts';
import { seedRegions } from '../db/seed/reference.seed.ts';

// npm run migrate: applies pending migrations and the region reference data, nothing else.
const log = pino({ level: 'info' });
const config = parseConfig();
const db = createDb(config);
try {
  const applied = await migrateToLatest(db);
  const regions = await seedRegions(db);
  log.info({ applied, regions }, applied.length > 0 ? 'migrated' : 'already up to date');
} finally {
  await db.destroy();
}
