import { Type, type Static } from 'typebox';
import { APPEAL_STATUSES, APPLICATION_STATUSES } from '../../../../../common/enrollment-application.ts';
import { Id, Nullable, Page, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';

const AppealStatus = Type.Enum(APPEAL_STATUSES);

export const AppealBody = StrictObject({ reason: Type.String({ minLength: 1, maxLength: 1000 }) });
export type AppealBody = Static<typeof AppealBody>;

/** An appeal (复核) as its family and the reviewers see it. */
export const AppealView = Type.Object({
  id: Type.String(),
  applicationId: Type.String(),
  reference: Type.String(),
  status: AppealStatus,
  reason: Type.String(),
  filedAt: Type.String(),
  decidedAt: Nullable(Type.String()),
  decisionReason: Nullable(Type.String()),
  /** Every evidence upload and the decision move it: the reviewer decides on the evidence they saw. */
  version: Type.Integer(),
  applicationStatus: Type.Enum(APPLICATION_STATUSES),
  applicationVersion: Type.Integer(),
  evidence: Type.Array(
    Type.Object({ id: Type.String(), originalName: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer(), uploadedAt: Type.String() }),
  ),
});
export type AppealView = Static<typeof AppealView>;

export const AppealListQuery = StrictObject({
  policyId: Type.Optional(Id),
  status: Type.Optional(AppealStatus),
  ...PageQuery,
});
export type AppealListQuery = Static<typeof AppealListQuery>;

export const AppealListItem = Type.Object({
  id: Type.String(),
  applicationId: Type.String(),
  reference: Type.String(),
  policyId: Type.String(),
  childNameMasked: Type.String(),
  routeCode: Type.String(),
  status: AppealStatus,
  filedAt: Type.String(),
  decidedAt: Nullable(Type.String()),
  evidenceCount: Type.Integer(),
  /** Open, and the caller is a host reviewer other than the one who rejected. */
  canDecide: Type.Boolean(),
  version: Type.Integer(),
});
export const AppealList = Page(AppealListItem);
export type AppealList = Static<typeof AppealList>;

export const AppealDecisionBody = StrictObject({
  version: Type.Integer({ minimum: 1 }),
  /**
   * uphold: the rejection is reversed and the application approved; dismiss: the rejection stands, finally;
   * request_supplement: the appeal is granted but mandatory materials are not accepted yet, so the application
   * goes back to the family for them (a supplement request by `deadline`), to be resubmitted and reviewed again.
   */
  decision: Type.Enum(['uphold', 'dismiss', 'request_supplement'] as const),
  /** Required to dismiss and to request a supplement: the family reads it. */
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
  /** Required to request a supplement. */
  deadline: Type.Optional(Type.String({ format: 'date-time' })),
});
export type AppealDecisionBody = Static<typeof AppealDecisionBody>;
