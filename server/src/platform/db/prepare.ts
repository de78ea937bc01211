import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import { createDataProtector } from '../crypto/data-protection.ts';
import { createDiskFileStore } from '../files/file-store.ts';
import { installedModules } from '../modules/installed-modules.ts';
import type { ModuleContext } from '../modules/module-contract.ts';
import type { Db } from './database.ts';
import { migrateToLatest } from './migrator.ts';

/**
 * Brings a database up to date: migrations, then the reference data every deployment needs (each
 * module's `referenceData`), then — on an empty development database — each module's demonstration
 * data, in the order of the module list.
 */
export async function prepareDatabase(db: Db, config: Config, log: Pick<FastifyBaseLogger, 'info' | 'error'>): Promise<{ seededDemo: boolean }> {
  const applied = await migrateToLatest(db);
  if (applied.length > 0) log.info({ applied }, 'migrations applied');
  const ctx: ModuleContext = {
    db,
    config,
    log,
    protector: createDataProtector(config.dataKey),
    files: createDiskFileStore({ dataDir: config.dataDir, dataKey: config.dataKey }),
  };
  const modules = installedModules();
  for (const m of modules) {
    if (!m.referenceData) continue;
    const rows = await m.referenceData(ctx);
    if (rows > 0) log.info({ module: m.name, rows }, 'reference data seeded');
  }
  if (!config.seedDemo) return { seededDemo: false };
  const hasPeople = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (hasPeople) return { seededDemo: false };
  const seeded: Record<string, number> = {};
  for (const m of modules) if (m.demoSeed) seeded[m.name] = await m.demoSeed(ctx);
  log.info(seeded, 'demonstration data seeded');
  return { seededDemo: true };
}
