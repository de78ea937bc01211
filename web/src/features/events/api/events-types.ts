/**
 * Shapes of the events API, derived from the server's route schemas (type-only imports, erased from the bundle).
 */
import type { Static } from 'typebox';
import type {
  CheckInResult as CheckInResultSchema,
  EventInput as EventInputSchema,
  EventListQuery,
  EventView,
  MyEventsResponse,
  RegistrationListQuery,
  RegistrationView,
} from '../../../../../server/src/modules/events/events.schemas.ts';

export type EventItem = EventView;
export type EventPermissions = EventView['permissions'];
export type EventSession = EventView['sessions'][number];
export type EventFilter = EventListQuery;
export type EventForm = EventInputSchema;
export type Registration = RegistrationView;
export type RegistrationFilter = RegistrationListQuery;
export type MyEvent = Static<typeof MyEventsResponse>['items'][number];
export type CheckInResult = Static<typeof CheckInResultSchema>;
