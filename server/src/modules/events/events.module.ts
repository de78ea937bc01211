import { seedDemoEvents } from '../../db/seed/events-demo.seed.ts';
import type { PlatformModule } from '../../platform/modules/module-contract.ts';
import { eventsAuditActions } from './events.audit.ts';
import { eventsCapabilities } from './events.capabilities.ts';
import { eventsErrors } from './events.errors.ts';
import { eventStatusNames } from './events.names.ts';
import { eventsNotifications } from './events.notifications.ts';
import { eventsPolicy } from './events.policy.ts';
import { eventsRoutes, publicCertificateRoutes } from './events.routes.ts';

/** Events (活动): joint research sessions, forums, seminars, open days — registration with quotas and a waitlist, check-in. */
export const eventsModule: PlatformModule = {
  name: 'events',
  routes: [
    { prefix: '/api/events', plugin: eventsRoutes },
    { prefix: '/api/public/event-certificates', plugin: publicCertificateRoutes },
  ],
  policy: [eventsPolicy],
  capabilities: eventsCapabilities,
  errors: eventsErrors,
  errorParamNames: { eventStatus: eventStatusNames },
  notifications: eventsNotifications,
  demoSeed: ({ db }) => seedDemoEvents(db),
  auditActions: eventsAuditActions,
};
