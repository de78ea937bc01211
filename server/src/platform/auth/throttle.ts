import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../db/database.ts';
import { AppError } from '../http/errors.ts';

export interface ThrottleRule {
  bucket: string;
  limit: number;
  windowSeconds: number;
}

export const THROTTLE = {
  loginPerAccount: { bucket: 'login:account', limit: 5, windowSeconds: 15 * 60 },
  loginPerIp: { bucket: 'login:ip', limit: 50, windowSeconds: 15 * 60 },
  totpPerUser: { bucket: 'totp:user', limit: 5, windowSeconds: 15 * 60 },
  smsSendPerMobile: { bucket: 'sms:mobile', limit: 1, windowSeconds: 60 },
  smsSendPerMobileHour: { bucket: 'sms:mobile:hour', limit: 5, windowSeconds: 60 * 60 },
  smsSendPerIp: { bucket: 'sms:ip', limit: 30, windowSeconds: 60 * 60 },
  smsVerifyPerMobile: { bucket: 'sms-verify:mobile', limit: 10, windowSeconds: 15 * 60 },
  /** An authenticator code, once accepted, is spent for longer than it stays valid (±30 s around its step). */
  totpUsed: { bucket: 'totp:used', limit: 1, windowSeconds: 120 },
} satisfies Record<string, ThrottleRule>;

/**
 * Refuses with 429 when `subject` already reached the rule's limit within its window.
 * Kept in the database so that all app instances behind the proxy count together.
 */
export async function assertNotThrottled(db: DbOrTx, rule: ThrottleRule, subject: string, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
  const rows = await db
    .selectFrom('throttle_events')
    .select('created_at')
    .where('bucket', '=', rule.bucket)
    .where('subject', '=', subject)
    .where('created_at', '>', since)
    .orderBy('created_at', 'asc')
    .limit(rule.limit)
    .execute();
  if (rows.length >= rule.limit) {
    const oldest = new Date(rows[0]!.created_at).getTime();
    const seconds = Math.max(1, Math.ceil((oldest + rule.windowSeconds * 1000 - now.getTime()) / 1000));
    throw new AppError('request.rate_limited', 429, { seconds });
  }
}

/** Whether `subject` already has an event within the rule's window (e.g. a spent authenticator code). */
export async function hasRecentEvent(db: DbOrTx, rule: ThrottleRule, subject: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - rule.windowSeconds * 1000).toISOString();
  const row = await db
    .selectFrom('throttle_events')
    .select('id')
    .where('bucket', '=', rule.bucket)
    .where('subject', '=', subject)
    .where('created_at', '>', since)
    .executeTakeFirst();
  return row !== undefined;
}

export async function recordThrottleEvent(db: DbOrTx, rule: ThrottleRule, subject: string, now = new Date()): Promise<void> {
  await db.insertInto('throttle_events').values({ id: randomUUID(), bucket: rule.bucket, subject, created_at: now.toISOString() }).execute();
}

export async function clearThrottle(db: DbOrTx, rule: ThrottleRule, subject: string): Promise<void> {
  await db.deleteFrom('throttle_events').where('bucket', '=', rule.bucket).where('subject', '=', subject).execute();
}

/** Old events are dead weight: the hourly housekeeping job removes those past the longest window. */
export async function pruneThrottleEvents(db: DbOrTx, now = new Date()): Promise<void> {
  const longest = Math.max(...Object.values(THROTTLE).map((r) => r.windowSeconds));
  await db
    .deleteFrom('throttle_events')
    .where('created_at', '<', new Date(now.getTime() - longest * 1000).toISOString())
    .execute();
}
