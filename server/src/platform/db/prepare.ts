import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import { seedDemoCooperation } from '../../db/seed/cooperation-demo.seed.ts';
import { seedDemoUsers } from '../../db/seed/demo.seed.ts';
import { seedDemoEnrollmentApplications } from '../../db/seed/enrollment-applications-demo.seed.ts';
import { seedDemoEnrollmentPolicy } from '../../db/seed/enrollment-demo.seed.ts';
import { seedOrganizations, seedRegions } from '../../db/seed/reference.seed.ts';
import { createDataProtector } from '../crypto/data-protection.ts';
import { createDiskFileStore } from '../files/file-store.ts';
import type { Db } from './database.ts';
import { migrateToLatest } from './migrator.ts';

/**
 * Brings a database up to date: migrations, then the regions every deployment needs, then — on an
 * empty development database — the demonstration organizations, people, an open enrollment policy and
 * Sichuan families' applications to it in every status.
 */
export async function prepareDatabase(db: Db, config: Config, log: Pick<FastifyBaseLogger, 'info'>): Promise<{ seededDemo: boolean }> {
  const applied = await migrateToLatest(db);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  const regions = await seedRegions(db);
  if (regions > 0) log.info({ regions }, 'regions seeded');
  if (!config.seedDemo) return { seededDemo: false };
  const hasPeople = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (hasPeople) return { seededDemo: false };
  const organizations = await seedOrganizations(db);
  const protector = createDataProtector(config.dataKey);
  const users = await seedDemoUsers(db, protector);
  const policies = await seedDemoEnrollmentPolicy(db);
  const applications = await seedDemoEnrollmentApplications({ db, protector, files: createDiskFileStore({ dataDir: config.dataDir, dataKey: config.dataKey }) });
  const exchanges = await seedDemoCooperation(db);
  log.info({ organizations, users, policies, applications, exchanges }, 'demonstration data seeded');
  return { seededDemo: true };
}
