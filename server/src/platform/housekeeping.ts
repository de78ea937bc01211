import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import { pruneThrottleEvents } from './auth/throttle.ts';
import { createDataProtector } from './crypto/data-protection.ts';
import type { Db } from './db/database.ts';
import { pruneIdempotencyKeys } from './http/idempotency.ts';
import { createDiskFileStore } from './files/file-store.ts';
import { removeStaleTemporaryFiles } from './files/temporary-files.ts';
import { installedModules } from './modules/installed-modules.ts';
import type { ModuleContext } from './modules/module-contract.ts';
import { jobRuns } from './metrics/metrics.ts';

export type HousekeepingConfig = Pick<Config, 'dataDir' | 'dataKey' | 'enrollmentRetentionDays'>;

/**
 * Periodic work every instance may run: the platform's own clean-up, then each module's jobs (expiry,
 * reminders, retention). Each step is idempotent, so several instances do no harm; one failing job does
 * not stop the others.
 */
export function startHousekeeping(db: Db, log: FastifyBaseLogger, config: HousekeepingConfig, everyMs = 60 * 60_000) {
  const ctx: ModuleContext = {
    db,
    config: config as Config,
    files: createDiskFileStore({ dataDir: config.dataDir, dataKey: config.dataKey }),
    protector: createDataProtector(config.dataKey),
    log,
  };
  const run = async () => {
    try {
      // Interrupted uploads: at start (void run() below) and every hour.
      const removed = await removeStaleTemporaryFiles(join(config.dataDir, 'files'));
      if (removed > 0) log.info({ removed }, 'temporary files of interrupted uploads removed');
    } catch (err) {
      log.error({ err }, 'temporary file clean-up failed');
    }
    try {
      await pruneThrottleEvents(db);
      const cutoff = new Date(Date.now() - 7 * 24 * 3600_000).toISOString();
      await db.deleteFrom('sms_codes').where('created_at', '<', cutoff).execute();
      await db.deleteFrom('sessions').where('expires_at', '<', cutoff).execute();
      await pruneIdempotencyKeys(db);
    } catch (err) {
      log.error({ err }, 'housekeeping failed');
    }
    for (const module of installedModules()) {
      for (const job of module.jobs ?? []) {
        try {
          const counts = await job.run(ctx);
          jobRuns.inc({ job: `${module.name}.${job.name}`, result: 'done' });
          if (counts && Object.values(counts).some((n) => n > 0)) log.info({ job: `${module.name}.${job.name}`, ...counts }, 'job done');
        } catch (err) {
          jobRuns.inc({ job: `${module.name}.${job.name}`, result: 'failed' });
          log.error({ err, job: `${module.name}.${job.name}` }, 'job failed');
        }
      }
    }
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  void run();
  return { stop: () => clearInterval(timer) };
}
