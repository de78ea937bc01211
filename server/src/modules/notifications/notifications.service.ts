import type { Actor } from '../../platform/access/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { nowIso } from '../../platform/db/database.ts';
import { notFound } from '../../platform/http/errors.ts';
import { renderNotification } from '../../platform/notifications/notification-texts.ts';
import * as repo from './notifications.repository.ts';
import type { NotificationListQuery, NotificationView } from './notifications.schemas.ts';

// Everyone reads only their own notifications: every query is bound to the caller's user id.

function toView(actor: Actor, row: repo.NotificationRow): NotificationView {
  const text = renderNotification(row.kind, JSON.parse(row.params) as Record<string, string | number>, actor.locale);
  return {
    id: row.id,
    kind: row.kind,
    title: text.title,
    body: text.body,
    objectType: row.object_type,
    objectId: row.object_id,
    createdAt: row.created_at,
    readAt: row.read_at,
  };
}

export async function listNotifications(db: Db, actor: Actor, query: NotificationListQuery) {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total, unread } = await repo.findNotifications(db, actor.userId, {
    unreadOnly: query.unreadOnly ?? false,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  });
  return { items: rows.map((row) => toView(actor, row)), total, unread };
}

/** Reading twice keeps the first reading time. Another person's notification does not exist for the caller. */
export async function markNotificationRead(db: Db, actor: Actor, id: string): Promise<NotificationView> {
  if (!(await repo.findNotification(db, actor.userId, id))) throw notFound();
  await repo.markRead(db, actor.userId, id, nowIso());
  return toView(actor, (await repo.findNotification(db, actor.userId, id))!);
}

export async function markAllNotificationsRead(db: Db, actor: Actor): Promise<{ updated: number }> {
  return { updated: await repo.markRead(db, actor.userId, null, nowIso()) };
}
