import type { PlatformModule } from '../../platform/modules/module-contract.ts';
import { notificationsRoutes } from './notifications.routes.ts';

/** Each person's in-app notifications (every module writes them through platform/notifications/notify.ts). */
export const notificationsModule: PlatformModule = {
  name: 'notifications',
  routes: [{ prefix: '/api/notifications', plugin: notificationsRoutes }],
};
