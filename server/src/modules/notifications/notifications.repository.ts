import type { Selectable } from 'kysely';
import type { DbOrTx } from '../../platform/db/database.ts';
import type { NotificationTable } from '../../platform/db/schema.ts';

export type NotificationRow = Selectable<NotificationTable>;

export async function findNotifications(db: DbOrTx, userId: string, filter: { unreadOnly: boolean; offset: number; limit: number }) {
  let query = db.selectFrom('notifications').where('user_id', '=', userId);
  if (filter.unreadOnly) query = query.where('read_at', 'is', null);
  const [rows, total, unread] = await Promise.all([
    query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').offset(filter.offset).limit(filter.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n), unread: Number(unread.n) };
}

export function findNotification(db: DbOrTx, userId: string, id: string): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

/** Marks unread notifications of the user read (one, or all when id is null); returns how many changed. */
export async function markRead(db: DbOrTx, userId: string, id: string | null, at: string): Promise<number> {
  let query = db.updateTable('notifications').set({ read_at: at }).where('user_id', '=', userId).where('read_at', 'is', null);
  if (id !== null) query = query.where('id', '=', id);
  return Number((await query.executeTakeFirst()).numUpdatedRows);
}
