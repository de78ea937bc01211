import { randomUUID } from 'node:crypto';
import type { InsertObject } from 'kysely';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { nowIso } from '../../../platform/db/database.ts';
import type { Database } from '../../../platform/db/schema.ts';
import type { NotificationInput } from '../../../platform/notifications/notify.ts';

// A final run writes one offer, one timeline event and one notification per applicant: 100 000 families
// must not mean 300 000 round trips, so rows go in multi-row statements inside the caller's transaction.

/** Bound values per statement: SQLite allows 32 766, PostgreSQL 65 535; both stay well below. */
const MAX_BOUND_VALUES = 30_000;
/** Ids per `where id in (…)`. */
export const ID_CHUNK = 5_000;

export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Inserts rows of one table in as few statements as the bound-value limits allow. */
export async function insertMany<T extends keyof Database & string>(tx: DbOrTx, table: T, rows: InsertObject<Database, T>[]): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  for (const chunk of chunked(rows, Math.max(1, Math.floor(MAX_BOUND_VALUES / perRow)))) {
    await tx.insertInto(table).values(chunk).execute();
  }
}

/**
 * The batch form of platform notify(): the same rows, queued in the same transaction as the change they
 * report (in-app now, SMS through the outbox after commit).
 */
export async function notifyAll(tx: DbOrTx, inputs: readonly NotificationInput[]): Promise<void> {
  const now = nowIso();
  await insertMany(tx, 'notifications', inputs.map((input) => ({
    id: randomUUID(), user_id: input.userId, kind: input.kind, params: JSON.stringify(input.params),
    object_type: input.objectType ?? null, object_id: input.objectId ?? null, created_at: now, read_at: null,
    sms_status: input.sms ? 'pending' : 'none', sms_sent_at: null,
  })));
}
