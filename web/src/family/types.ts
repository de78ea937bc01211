/**
 * Shapes of the server's answers the family app reads, derived from the route schemas themselves
 * (type-only imports, erased from the bundle), as web/src/types/api.ts does for the staff app.
 */
import type { Static } from 'typebox';
import type { ChildView, ConsentTextView, CreateChildBody, UpdateChildBody } from '../../../server/src/modules/enrollment/children/children.schemas.ts';
import type { PolicySummary, PolicyView } from '../../../server/src/modules/enrollment/policies/policies.schemas.ts';
import type {
  ApplicationSummary,
  ApplicationView,
  CreateApplicationBody,
  DocumentView,
  PointsBreakdown,
  UpdateApplicationBody,
} from '../../../server/src/modules/enrollment/applications/applications.schemas.ts';
import type { AllocationExplanation, OfferOutcome } from '../../../server/src/modules/enrollment/placement/placement.schemas.ts';
import type { PublicNoticeView } from '../../../server/src/modules/enrollment/notices/notices.schemas.ts';
import type { AppealView } from '../../../server/src/modules/enrollment/appeals/appeals.schemas.ts';
import type { PublicListsView } from '../../../server/src/modules/enrollment/public-lists/public-lists.schemas.ts';
import type { NotificationList as NotificationListSchema, NotificationView } from '../../../server/src/modules/notifications/notifications.schemas.ts';

export type { Ok, Page, Session, LoginResult } from '../types/api.ts';

export type Child = ChildView;
export type NewChild = CreateChildBody;
export type ChildChanges = UpdateChildBody;
export type ConsentText = Static<typeof ConsentTextView>;

export type Policy = PolicyView;
export type PolicyListItem = PolicySummary;
export type PolicyRoute = Policy['routes'][number];
export type PolicyMaterial = PolicyRoute['materials'][number];
export type PolicyPointsItem = Policy['pointsItems'][number];

export type ApplicationListItem = ApplicationSummary;
export type Application = ApplicationView;
export type ApplicationStatus = Application['status'];
export type ApplicationAction = Application['allowedActions'][number];
export type ApplicationEvent = Application['events'][number];
export type ApplicationDocument = DocumentView;
export type NewApplication = CreateApplicationBody;
export type ApplicationChanges = UpdateApplicationBody;
export type DeclaredPoints = Application['declaredPoints'];
export type PointsSimulation = PointsBreakdown;
export type Material = PolicyMaterial['material'];
export type WorkKind = NonNullable<Application['workKind']>;
export type Explanation = AllocationExplanation;
export type OfferAnswer = OfferOutcome;
export type PublicNotice = PublicNoticeView;
export type Appeal = AppealView;
export type PublicLists = PublicListsView;
export type FamilyNotification = NotificationView;
export type NotificationList = Static<typeof NotificationListSchema>;
