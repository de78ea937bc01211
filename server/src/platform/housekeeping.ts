import type { FastifyBaseLogger } from 'fastify';
import { pruneThrottleEvents } from './auth/throttle.ts';
import type { Db } from './db/database.ts';

/** Periodic clean-up every instance may run (each step is idempotent, so several instances do no harm). */
export function startHousekeeping(db: Db, log: FastifyBaseLogger, everyMs = 60 * 60_000) {
  const run = async () => {
    try {
      await pruneThrottleEvents(db);
      const cutoff = new Date(Date.now() - 7 * 24 * 3600_000).toISOString();
      await db.deleteFrom('sms_codes').where('created_at', '<', cutoff).execute();
      await db.deleteFrom('sessions').where('expires_at', '<', cutoff).execute();
    } catch (err) {
      log.error({ err }, 'housekeeping failed');
    }
  };
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  void run();
  return { stop: () => clearInterval(timer) };
}
