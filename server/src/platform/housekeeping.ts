import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../config.ts';
import { expireAgreements } from '../modules/cooperation/agreements/agreements.service.ts';
import { runEnrollmentDeadlines } from '../modules/enrollment/enrollment.housekeeping.ts';
import { purgeEnrollmentPersonalData } from '../modules/enrollment/retention/retention.service.ts';
import { pruneThrottleEvents } from './auth/throttle.ts';
import type { Db } from './db/database.ts';
import { pruneIdempotencyKeys } from './http/idempotency.ts';
import { createDiskFileStore } from './files/file-store.ts';
import { removeStaleTemporaryFiles } from './files/temporary-files.ts';

export type HousekeepingConfig = Pick<Config, 'dataDir' | 'dataKey' | 'enrollmentRetentionDays'>;

/** Periodic clean-up every instance may run (each step is idempotent, so several instances do no harm). */
export function startHousekeeping(db: Db, log: FastifyBaseLogger, config: HousekeepingConfig, everyMs = 60 * 60_000) {
  const files = createDiskFileStore({ dataDir: config.dataDir, dataKey: config.dataKey });
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
    try {
      // Offers past their deadline expire (seats back to the next round), offers due within a day are
      // reminded once, and supplement requests past their deadline go back to the reviewers.
      const run = await runEnrollmentDeadlines(db);
      if (run.offersExpired + run.offersReminded + run.supplementsOverdue > 0) log.info(run, 'enrollment deadlines handled');
    } catch (err) {
      log.error({ err }, 'enrollment deadlines failed');
    }
    try {
      // Documents and personal data of enrollment cycles closed more than ENROLLMENT_RETENTION_DAYS ago.
      const purged = await purgeEnrollmentPersonalData({ db, files }, { retentionDays: config.enrollmentRetentionDays, dryRun: false });
      for (const policy of purged.policies) log.info(policy, 'enrollment personal data deleted after the retention period');
    } catch (err) {
      log.error({ err }, 'enrollment retention failed');
    }
    try {
      // Cooperation agreements whose term is over.
      const expired = await expireAgreements(db);
      if (expired > 0) log.info({ expired }, 'cooperation agreements expired');
    } catch (err) {
      log.error({ err }, 'agreement expiry failed');
    }
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  void run();
  return { stop: () => clearInterval(timer) };
}
