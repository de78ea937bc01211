// Child process of the SQLite crash test: an app on an SQLite file, listening, with a signed-in guardian.
// Prints one JSON line {port, token, csrfToken} and serves until it is killed (kill -9 by the test).
import { buildApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import { seedRegions } from '../db/seed/reference.seed.ts';
import { createSession } from '../platform/auth/sessions.ts';
import { createDb } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrator.ts';
import { createUser } from './factories.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: sqlite-crash-server.ts <data dir>');
const config = parseConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false', WEB_DIR: '/nonexistent' });
const db = createDb({ databaseUrl: null, dataDir });
await migrateToLatest(db);
await seedRegions(db);
const guardian = await createUser(db, { role: 'guardian' });
const session = await createSession(
  db,
  { userId: guardian.id, stage: 'active', ip: '127.0.0.1', userAgent: 'crash test' },
  { idleMinutes: 30, absoluteHours: 12 },
);
const app = await buildApp({ config, db, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;
process.stdout.write(`${JSON.stringify({ port, ...session })}\n`);
