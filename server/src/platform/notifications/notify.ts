import { randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { NotificationKind } from './notification-kinds.ts';
import { insertMany } from '../db/bulk-writes.ts';
import type { DbOrTx } from '../db/database.ts';
import { nowIso } from '../db/database.ts';
import type { NotificationTable } from '../db/schema.ts';

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** Parameters of the localised text (a reference, a school name, a deadline); nothing the recipient does not already know. */
  params: Record<string, string | number>;
  objectType?: string;
  objectId?: string;
  /** Also send it by SMS to the recipient's mobile (queued; the outbox job sends after commit). */
  sms: boolean;
}

const rowOf = (input: NotificationInput, now: string): Insertable<NotificationTable> => ({
  id: randomUUID(),
  user_id: input.userId,
  kind: input.kind,
  params: JSON.stringify(input.params),
  object_type: input.objectType ?? null,
  object_id: input.objectId ?? null,
  created_at: now,
  read_at: null,
  sms_status: input.sms ? 'pending' : 'none',
  sms_sent_at: null,
  sms_claimed_at: null,
});

/**
 * Queues an in-app notification, in the same transaction as the change it reports, so that a change is
 * never told without happening nor happens without being told. SMS leaves through the outbox.
 */
export async function notify(tx: DbOrTx, input: NotificationInput): Promise<void> {
  await tx.insertInto('notifications').values(rowOf(input, nowIso())).execute();
}

/** notify() for many recipients at once (a final run, an hourly job): the same rows, in multi-row inserts. */
export async function notifyAll(tx: DbOrTx, inputs: readonly NotificationInput[]): Promise<void> {
  const now = nowIso();
  await insertMany(
    tx,
    'notifications',
    inputs.map((input) => rowOf(input, now)),
  );
}
