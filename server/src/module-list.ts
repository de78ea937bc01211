import { auditModule } from './modules/audit/audit.module.ts';
import { authModule } from './modules/auth/auth.module.ts';
import { cooperationModule } from './modules/cooperation/cooperation.module.ts';
import { directoryModule } from './modules/directory/directory.module.ts';
import { eventsModule } from './modules/events/events.module.ts';
import { enrollmentModule } from './modules/enrollment/enrollment.module.ts';
import { healthModule } from './modules/health/health.module.ts';
import { notificationsModule } from './modules/notifications/notifications.module.ts';
import { todosModule } from './modules/todos/todos.module.ts';
import { usersModule } from './modules/users/users.module.ts';
import { installModules } from './platform/modules/installed-modules.ts';
import type { PlatformModule } from './platform/modules/module-contract.ts';

/**
 * Every module of the platform, one line each. Adding a module: its folder with a `<name>.module.ts`,
 * one line here, and its migration (docs/architecture.md). Demo seeds run in this order.
 */
export const MODULES: readonly PlatformModule[] = [
  healthModule,
  authModule,
  directoryModule,
  usersModule,
  auditModule,
  notificationsModule,
  todosModule,
  enrollmentModule,
  cooperationModule,
  eventsModule,
];

installModules(MODULES);
