/**
 * Shapes of the review API, derived from the server's route schemas (type-only imports, erased from the
 * bundle), as web/src/types/api.ts does for the platform's own modules.
 */
import type { AppealList, AppealListQuery, AppealView as AppealViewSchema } from '../../../../../server/src/modules/enrollment/appeals/appeals.schemas.ts';
import type { AssistedApplicationBody, ApplicationView } from '../../../../../server/src/modules/enrollment/applications/applications.schemas.ts';
import type { PolicySummary as PolicySummarySchema, PolicyView } from '../../../../../server/src/modules/enrollment/policies/policies.schemas.ts';
import type {
  InboxList,
  InboxQuery,
  ReviewAction as ReviewActionSchema,
  ReviewApplicationView,
  ReviewOutcome as ReviewOutcomeSchema,
} from '../../../../../server/src/modules/enrollment/review/review.schemas.ts';

export type Inbox = InboxList;
export type InboxItem = InboxList['items'][number];
export type InboxFilter = InboxQuery;
export type ReviewApplication = ReviewApplicationView;
export type ReviewDocument = ReviewApplication['documents'][number];
export type PointsLine = ReviewApplication['points']['items'][number];
export type EligibilityLine = ReviewApplication['eligibility'][number];
export type TimelineEvent = ReviewApplication['events'][number];
export type ReviewAction = ReviewActionSchema;
export type ReviewOutcome = ReviewOutcomeSchema;
export type AppealItem = AppealList['items'][number];
export type AppealFilter = AppealListQuery;
export type Appeal = AppealViewSchema;
export type { AppealList };
export type AssistedApplicationInput = AssistedApplicationBody;
export type FiledApplication = ApplicationView;
export type PolicyOption = PolicySummarySchema;
export type PolicyDetail = PolicyView;
