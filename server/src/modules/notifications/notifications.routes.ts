import { requireActor } from '../../platform/http/guards.ts';
import { IdParams, errorResponses } from '../../platform/http/schemas.ts';
import type { App, ModuleOptions } from '../../platform/http/types.ts';
import * as notifications from './notifications.service.ts';
import { NotificationList, NotificationListQuery, NotificationView, ReadAllResult } from './notifications.schemas.ts';

const tags = ['notifications'];

/** The signed-in person's in-app notifications (站内消息), newest first, with the unread count. */
export async function notificationsRoutes(app: App, { deps: { db } }: ModuleOptions): Promise<void> {
  app.get('/', { schema: { tags, querystring: NotificationListQuery, response: { 200: NotificationList, ...errorResponses } } }, async (request, reply) => {
    const list = await notifications.listNotifications(db, requireActor(request), request.query);
    return reply.header('cache-control', 'no-store').send(list);
  });

  app.post('/:id/read', { schema: { tags, params: IdParams, response: { 200: NotificationView, ...errorResponses } } }, async (request) =>
    notifications.markNotificationRead(db, requireActor(request), request.params.id),
  );

  app.post('/read-all', { schema: { tags, response: { 200: ReadAllResult, ...errorResponses } } }, async (request) =>
    notifications.markAllNotificationsRead(db, requireActor(request)),
  );
}
