import type { FastifyBaseLogger } from 'fastify';
import type { SmsSender } from '../auth/sms-sender.ts';
import type { Db } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import { renderNotification } from './notification-texts.ts';

export interface SmsOutboxOptions {
  /** Rows looked at per run. */
  batchSize?: number;
  /** Attempts before an SMS is given up as 'failed'. */
  maxAttempts?: number;
  /** How long a claim keeps other instances off a row; after a failure, the wait before the next attempt. */
  leaseMs?: number;
}

export interface SmsOutboxRun {
  sent: number;
  failed: number;
  retrying: number;
}

/**
 * Sends the pending notification SMS (notify() queued them in the transaction of the change). Safe with
 * several instances: each row is claimed by a conditional update (the attempt count it saw, no live lease),
 * so exactly one instance sends it; a crash after the claim leaves it to be retried once the lease expires.
 * The text is rendered in the recipient's language. Mobile numbers never reach the log.
 */
export async function sendPendingSms(db: Db, sms: SmsSender, log: Pick<FastifyBaseLogger, 'warn'>, options: SmsOutboxOptions = {}): Promise<SmsOutboxRun> {
  const { batchSize = 20, maxAttempts = 5, leaseMs = 60_000 } = options;
  const run: SmsOutboxRun = { sent: 0, failed: 0, retrying: 0 };
  const leaseExpired = new Date(Date.now() - leaseMs).toISOString();
  const candidates = await db
    .selectFrom('notifications')
    .innerJoin('users', 'users.id', 'notifications.user_id')
    .select(['notifications.id', 'notifications.kind', 'notifications.params', 'notifications.sms_attempts', 'users.mobile', 'users.locale'])
    .where('notifications.sms_status', '=', 'pending')
    .where((eb) => eb.or([eb('notifications.sms_claimed_at', 'is', null), eb('notifications.sms_claimed_at', '<=', leaseExpired)]))
    .orderBy('notifications.created_at')
    .limit(batchSize)
    .execute();

  for (const row of candidates) {
    const attempt = row.sms_attempts + 1;
    const claim = await db
      .updateTable('notifications')
      .set({ sms_claimed_at: nowIso(), sms_attempts: attempt })
      .where('id', '=', row.id)
      .where('sms_status', '=', 'pending')
      .where('sms_attempts', '=', row.sms_attempts)
      .where((eb) => eb.or([eb('sms_claimed_at', 'is', null), eb('sms_claimed_at', '<=', leaseExpired)]))
      .executeTakeFirst();
    if (Number(claim.numUpdatedRows) !== 1) continue; // another instance has it
    if (!row.mobile) {
      await db.updateTable('notifications').set({ sms_status: 'failed' }).where('id', '=', row.id).execute();
      run.failed += 1;
      continue;
    }
    const params = JSON.parse(row.params) as Record<string, string | number>;
    const text = renderNotification(row.kind, params, row.locale).body;
    try {
      await sms.sendNotification(row.mobile, { kind: row.kind, params, text }, row.locale);
      await db.updateTable('notifications').set({ sms_status: 'sent', sms_sent_at: nowIso() }).where('id', '=', row.id).execute();
      run.sent += 1;
    } catch (err) {
      const givenUp = attempt >= maxAttempts;
      if (givenUp) await db.updateTable('notifications').set({ sms_status: 'failed' }).where('id', '=', row.id).execute();
      log.warn({ notificationId: row.id, attempt, givenUp, err: err instanceof Error ? err.message : String(err) }, 'notification SMS not sent');
      if (givenUp) run.failed += 1;
      else run.retrying += 1;
    }
  }
  return run;
}

/** Runs the outbox every few seconds on this instance (others may run it too); runs never overlap. */
export function startSmsOutbox(db: Db, sms: SmsSender, log: FastifyBaseLogger, everyMs = 5_000, options: SmsOutboxOptions = {}) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sendPendingSms(db, sms, log, options);
    } catch (err) {
      log.error({ err }, 'SMS outbox run failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
