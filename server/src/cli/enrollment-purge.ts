import { parseArgs } from 'node:util';
import pino from 'pino';
import { parseConfig } from '../config.ts';
import { purgeEnrollmentPersonalData } from '../modules/enrollment/retention/retention.service.ts';
import { createDb } from '../platform/db/database.ts';
import { migrateToLatest } from '../platform/db/migrator.ts';
import { createDiskFileStore } from '../platform/files/file-store.ts';

// npm run enrollment:purge [-- --dry-run]: deletes the documents and personal data of applications whose policy
// closed more than ENROLLMENT_RETENTION_DAYS ago (the hourly housekeeping does the same); --dry-run only counts.
let dryRun = false;
try {
  dryRun = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } }, strict: true }).values['dry-run'] ?? false;
} catch {
  process.stderr.write('Usage: npm run enrollment:purge [-- --dry-run]\n');
  process.exit(2);
}

const log = pino({ level: 'info' });
const config = parseConfig();
const db = createDb(config);
try {
  await migrateToLatest(db);
  const files = createDiskFileStore({ dataDir: config.dataDir, dataKey: config.dataKey });
  const retentionDays = config.enrollmentRetentionDays;
  const result = await purgeEnrollmentPersonalData({ db, files }, { retentionDays, dryRun });
  for (const policy of result.policies)
    log.info({ dryRun, ...policy }, dryRun ? 'would delete personal data of a closed policy' : 'deleted personal data of a closed policy');
  const applications = result.policies.reduce((sum, p) => sum + p.applications, 0);
  const documents = result.policies.reduce((sum, p) => sum + p.documents, 0);
  log.info(
    { dryRun, retentionDays, closedBefore: result.closedBefore, policies: result.policies.length, applications, documents },
    dryRun ? 'dry run: nothing deleted' : 'enrollment retention done',
  );
} catch (err) {
  log.error({ err }, 'enrollment retention failed');
  process.exitCode = 1;
} finally {
  await db.destroy();
}
