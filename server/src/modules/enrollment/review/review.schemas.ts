import { Type, type Static } from 'typebox';
import { APPEAL_STATUSES, APPLICATION_EVENT_KINDS, APPLICATION_STATUSES, DOCUMENT_STATUSES, WORK_KINDS } from '../../../../../common/enrollment-application.ts';
import { ADMISSION_BASES, MATERIAL_REQUIREMENTS, MATERIALS, POINTS_ITEM_KINDS } from '../../../../../common/enrollment.ts';
import { GradeSchema } from '../../directory/directory.schemas.ts';
import { Id, Nullable, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';

const Status = Type.Enum(APPLICATION_STATUSES);
const Material = Type.Enum(MATERIALS);
const Version = Type.Integer({ minimum: 1 });
/** A reason the family reads (on the timeline and in the notification). */
const Reason = Type.String({ minLength: 1, maxLength: 500 });
const PointsValue = Type.Union([Type.Number(), Type.String({ maxLength: 40 })]);

/** The statuses a reviewer's inbox can show: everything but drafts, which stay the family's own. */
export const INBOX_STATUSES = APPLICATION_STATUSES.filter((s) => s !== 'draft');

export const InboxQuery = StrictObject({
  policyId: Type.Optional(Id),
  routeCode: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  status: Type.Optional(Type.Enum(INBOX_STATUSES)),
  /** A designated school named in any of the preferences. */
  schoolId: Type.Optional(Id),
  /** The first two digits of the child's hukou division (51: Sichuan). */
  originProvince: Type.Optional(Type.String({ pattern: '^[1-8][0-9]$' })),
  /** The first four digits (5101: Chengdu). */
  originCity: Type.Optional(Type.String({ pattern: '^[1-8][0-9]{3}$' })),
  /** Waiting at least this many days since submission. */
  waitingDaysMin: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
  /** true: only those back from an overdue supplement request; false: none of them. */
  supplementOverdue: Type.Optional(Type.Boolean()),
  ...PageQuery,
});
export type InboxQuery = Static<typeof InboxQuery>;

export const InboxItem = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  policyId: Type.String(),
  /** Masked (张*明) for everyone in the list; the full name only in the reviewer's view of one application. */
  childNameMasked: Type.String(),
  routeCode: Type.String(),
  routeNameZh: Type.String(),
  routeNameEn: Type.String(),
  status: Status,
  originDivisionCode: Type.String(),
  submittedAt: Nullable(Type.String()),
  /** Days since submission while a reviewer owes a decision; null before submission and once decided. */
  waitingDays: Nullable(Type.Integer()),
  pointsDeclared: Type.Number(),
  pointsVerified: Nullable(Type.Number()),
  isAssisted: Type.Boolean(),
  /** Back from a supplement request whose deadline passed without the family's documents: decide on what it has. */
  supplementOverdue: Type.Boolean(),
  version: Type.Integer(),
});
export type InboxItem = Static<typeof InboxItem>;

export const InboxList = Type.Object({
  items: Type.Array(InboxItem),
  total: Type.Integer(),
  /** Per status, under every filter but the status one (the inbox's tabs). */
  counts: Type.Record(Type.String(), Type.Integer()),
});
export type InboxList = Static<typeof InboxList>;

const ReviewDocument = Type.Object({
  id: Type.String(),
  material: Material,
  status: Type.Enum(DOCUMENT_STATUSES),
  rejectionReason: Nullable(Type.String()),
  originalName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  uploadedAt: Type.String(),
  decidedAt: Nullable(Type.String()),
  /** Uploaded in answer to this supplement request. */
  supplementRequestId: Nullable(Type.String()),
  /** Evidence of this appeal rather than a required material. */
  appealId: Nullable(Type.String()),
  /** Deleted by the retention job: the record stays, the file is gone. */
  isErased: Type.Boolean(),
});

const PointsLine = Type.Object({
  key: Type.String(),
  nameZh: Type.String(),
  nameEn: Type.String(),
  kind: Type.Enum(POINTS_ITEM_KINDS),
  cap: Type.Number(),
  declaredValue: Nullable(PointsValue),
  declaredPoints: Type.Number(),
  verifiedValue: Nullable(PointsValue),
  verifiedPoints: Nullable(Type.Number()),
  /** The reviewer's reason when the verified value differs from the declared one. */
  reason: Nullable(Type.String()),
  options: Nullable(Type.Array(Type.Object({ value: Type.String(), labelZh: Type.String(), labelEn: Type.String(), points: Type.Number() }))),
});

/** One rule of the route's eligibility and whether the application meets it (null: judge it on the documents). */
const EligibilityLine = Type.Object({
  rule: Type.Enum(['residence_permit_months', 'social_insurance_months', 'employment', 'material', 'age_minimum', 'age_usual'] as const),
  isMet: Nullable(Type.Boolean()),
  /** Months (the month rules) or years (age_minimum: at least; age_usual: at most, above it the child is flagged). */
  required: Nullable(Type.Integer()),
  declared: Nullable(Type.Integer()),
  material: Nullable(Material),
});

export const ReviewAction = Type.Enum(['decide_documents', 'request_supplement', 'verify_points', 'approve', 'reject', 'decide_appeal'] as const);
export type ReviewAction = Static<typeof ReviewAction>;

/** What a reviewer of the host district sees of one application (every fetch is audited). */
export const ReviewApplicationView = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  status: Status,
  version: Type.Integer(),
  policy: Type.Object({
    id: Type.String(),
    titleZh: Type.String(),
    titleEn: Type.String(),
    schoolYear: Type.Integer(),
    entryGrade: GradeSchema,
    appealDays: Type.Integer(),
  }),
  route: Type.Object({
    code: Type.String(),
    nameZh: Type.String(),
    nameEn: Type.String(),
    admissionBasis: Type.Enum(ADMISSION_BASES),
    /** 'YYYY-MM-DD' up to which the route's months are counted (the policy states it); null when the route sets no months. */
    monthsAsOf: Nullable(Type.String()),
  }),
  child: Type.Object({
    id: Type.String(),
    name: Type.String(),
    sex: Type.Enum(['male', 'female'] as const),
    birthDate: Type.String(),
    /** The full number only through the audited reveal. */
    idNumberMasked: Type.String(),
    hukouDivisionCode: Type.String(),
    hukouAddress: Nullable(Type.String()),
  }),
  guardian: Type.Object({ name: Nullable(Type.String()), mobileMasked: Nullable(Type.String()) }),
  originDivisionCode: Type.String(),
  residenceAddress: Nullable(Type.String()),
  residenceRegionId: Nullable(Type.String()),
  employer: Nullable(Type.String()),
  workKind: Nullable(Type.Enum(WORK_KINDS)),
  isAssisted: Type.Boolean(),
  submittedAt: Nullable(Type.String()),
  /** Days since submission while a reviewer owes a decision; null before submission and once decided. */
  waitingDays: Nullable(Type.Integer()),
  decidedAt: Nullable(Type.String()),
  decisionReason: Nullable(Type.String()),
  supplementDeadline: Nullable(Type.String()),
  preferences: Type.Array(Type.Object({ rank: Type.Integer(), schoolId: Type.String(), schoolNameZh: Type.String(), schoolNameEn: Type.String() })),
  /** The route's materials and whether an accepted document stands for each. */
  materials: Type.Array(
    Type.Object({
      material: Material,
      requirement: Type.Enum(MATERIAL_REQUIREMENTS),
      descriptionZh: Type.String(),
      descriptionEn: Type.String(),
      isAccepted: Type.Boolean(),
    }),
  ),
  documents: Type.Array(ReviewDocument),
  /** Every eligibility rule of the route (months, work, mandatory materials, age), met or not. */
  eligibility: Type.Array(EligibilityLine),
  points: Type.Object({
    /** Whether the route ranks by points (then approval needs verified points). */
    isRequired: Type.Boolean(),
    declaredTotal: Type.Number(),
    verifiedTotal: Nullable(Type.Number()),
    items: Type.Array(PointsLine),
  }),
  supplementRequests: Type.Array(
    Type.Object({
      id: Type.String(),
      materials: Type.Array(Material),
      message: Type.String(),
      deadline: Type.String(),
      requestedAt: Type.String(),
      fulfilledAt: Nullable(Type.String()),
    }),
  ),
  appeal: Nullable(
    Type.Object({
      id: Type.String(),
      status: Type.Enum(APPEAL_STATUSES),
      reason: Type.String(),
      filedAt: Type.String(),
      decidedAt: Nullable(Type.String()),
      decisionReason: Nullable(Type.String()),
      version: Type.Integer(),
    }),
  ),
  events: Type.Array(
    Type.Object({
      at: Type.String(),
      kind: Type.Enum(APPLICATION_EVENT_KINDS),
      fromStatus: Nullable(Status),
      toStatus: Nullable(Status),
      actorName: Nullable(Type.String()),
      detail: Nullable(Type.Record(Type.String(), Type.Unknown())),
    }),
  ),
  /** What the caller may do now (the page shows the buttons). */
  allowedActions: Type.Array(ReviewAction),
});
export type ReviewApplicationView = Static<typeof ReviewApplicationView>;

export const RevealedIdNumber = Type.Object({ idNumber: Type.String() });

export const DocumentParams = StrictObject({ id: Id, documentId: Id });

export const DocumentDecisionBody = StrictObject({
  version: Version,
  decision: Type.Enum(['accept', 'reject'] as const),
  reason: Type.Optional(Reason),
});
export type DocumentDecisionBody = Static<typeof DocumentDecisionBody>;

export const SupplementRequestBody = StrictObject({
  version: Version,
  materials: Type.Array(Material, { minItems: 1, maxItems: 10, uniqueItems: true }),
  message: Type.String({ minLength: 1, maxLength: 500 }),
  deadline: Type.String({ format: 'date-time' }),
});
export type SupplementRequestBody = Static<typeof SupplementRequestBody>;

export const PointsVerificationBody = StrictObject({
  version: Version,
  /** The verified value per points item (months, or an option); an item left out counts 0. */
  verified: Type.Record(Type.String({ maxLength: 40 }), PointsValue, { maxProperties: 30 }),
  /** Why, for each item whose verified value differs from the declared one (required for those; the family reads it). */
  reasons: Type.Optional(Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 500 }), { maxProperties: 30 })),
});
export type PointsVerificationBody = Static<typeof PointsVerificationBody>;

export const DecisionBody = StrictObject({
  version: Version,
  decision: Type.Enum(['approve', 'reject'] as const),
  /** Required to reject: the family reads it and may appeal against it. */
  reason: Type.Optional(Reason),
});
export type DecisionBody = Static<typeof DecisionBody>;

/** The application after a decision: the page refetches the (audited) view for the rest. */
export const ReviewOutcome = Type.Object({ id: Type.String(), reference: Type.String(), status: Status, version: Type.Integer() });
export type ReviewOutcome = Static<typeof ReviewOutcome>;
