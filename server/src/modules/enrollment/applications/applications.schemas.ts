import { Type, type Static } from 'typebox';
import {
  APPEAL_STATUSES,
  APPLICATION_EVENT_KINDS,
  APPLICATION_STATUSES,
  DOCUMENT_STATUSES,
  OFFER_STATUSES,
  WORK_KINDS,
} from '../../../../../common/enrollment-application.ts';
import { ADMISSION_BASES, MATERIAL_REQUIREMENTS, MATERIALS, POINTS_ITEM_KINDS } from '../../../../../common/enrollment.ts';
import { GradeSchema } from '../../directory/directory.schemas.ts';
import { Id, Nullable, StrictObject } from '../../../platform/http/schemas.ts';

const Slug = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z][a-z0-9_]*$' });
const Version = Type.Integer({ minimum: 1 });

/** Months for per-month items, an option value for choice items. */
export const DeclaredPointsSchema = Type.Record(Type.String({ maxLength: 40 }), Type.Union([Type.Number(), Type.String({ maxLength: 40 })]), {
  maxProperties: 30,
});

/** What a family fills in; every field may stay empty in a draft (submitting checks completeness). */
const applicationFields = {
  guardianName: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 50 }))),
  /** In the host district; stored encrypted, shown to the family and the host district's reviewers only. */
  residenceAddress: Type.Optional(Nullable(Type.String({ minLength: 4, maxLength: 200 }))),
  /** The district or street (region id) of the residence, inside the host district. */
  residenceRegionId: Type.Optional(Nullable(Id)),
  employer: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 120 }))),
  workKind: Type.Optional(Nullable(Type.Enum(WORK_KINDS))),
  declaredPoints: Type.Optional(DeclaredPointsSchema),
  /** Designated school ids, most wanted first. */
  preferences: Type.Optional(Type.Array(Id, { maxItems: 10 })),
};

export const CreateApplicationBody = StrictObject({ policyId: Id, childId: Id, routeCode: Slug, ...applicationFields });
export type CreateApplicationBody = Static<typeof CreateApplicationBody>;

/** Fields left out stay as they are. */
export const UpdateApplicationBody = StrictObject({ version: Version, routeCode: Type.Optional(Slug), ...applicationFields });
export type UpdateApplicationBody = Static<typeof UpdateApplicationBody>;

export const ApplicationFields = StrictObject({ routeCode: Slug, ...applicationFields });
export type ApplicationFields = Static<typeof ApplicationFields>;

export const VersionBody = StrictObject({ version: Version });
export type VersionBody = Static<typeof VersionBody>;

export const DocumentParams = StrictObject({ id: Id, documentId: Id });

export const PointsSimulationBody = StrictObject({ policyId: Id, routeCode: Slug, declared: DeclaredPointsSchema });
export type PointsSimulationBody = Static<typeof PointsSimulationBody>;

export const PointsBreakdown = Type.Object({
  total: Type.Number(),
  /** The most the policy's items can give together. */
  maxTotal: Type.Number(),
  items: Type.Array(
    Type.Object({ key: Type.String(), nameZh: Type.String(), nameEn: Type.String(), points: Type.Number(), cap: Type.Number(), capped: Type.Boolean() }),
  ),
  /** What would raise the total, largest gain first. */
  hints: Type.Array(
    Type.Object({
      key: Type.String(),
      messageKey: Type.Enum(['points.more_months', 'points.better_option'] as const),
      gain: Type.Number(),
      months: Type.Optional(Type.Integer()),
      option: Type.Optional(Type.String()),
    }),
  ),
});
export type PointsBreakdown = Static<typeof PointsBreakdown>;

/** What the caller may do next: the web shows exactly these buttons. */
export const APPLICATION_ACTIONS = ['edit', 'upload_documents', 'submit', 'withdraw', 'appeal', 'respond_offer', 'download_notice', 'review'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

const SchoolRef = { schoolId: Type.String(), schoolNameZh: Type.String(), schoolNameEn: Type.String() };

export const DocumentView = Type.Object({
  id: Type.String(),
  material: Type.Enum(MATERIALS),
  originalName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  status: Type.Enum(DOCUMENT_STATUSES),
  /**
   * Handed in and waiting for a reviewer (status pending on a submitted application). False for a file in a
   * draft, or uploaded for an open supplement request and not resubmitted yet: nobody reviews it before that.
   */
  isAwaitingReview: Type.Boolean(),
  rejectionReason: Nullable(Type.String()),
  /** Uploaded in answer to this supplement request. */
  supplementRequestId: Nullable(Type.String()),
  /** Scanned at a counter by staff (assisted filing). */
  uploadedByStaff: Type.Boolean(),
  uploadedAt: Type.String(),
});
export type DocumentView = Static<typeof DocumentView>;

export const ApplicationSummary = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  status: Type.Enum(APPLICATION_STATUSES),
  policyId: Type.String(),
  policyTitleZh: Type.String(),
  policyTitleEn: Type.String(),
  schoolYear: Type.Integer(),
  childId: Type.String(),
  childName: Type.String(),
  routeCode: Type.String(),
  pointsDeclared: Type.Number(),
  submittedAt: Nullable(Type.String()),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type ApplicationSummary = Static<typeof ApplicationSummary>;

export const ApplicationList = Type.Object({ items: Type.Array(ApplicationSummary) });

export const ApplicationView = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  status: Type.Enum(APPLICATION_STATUSES),
  version: Type.Integer(),
  policy: Type.Object({
    id: Type.String(),
    titleZh: Type.String(),
    titleEn: Type.String(),
    schoolYear: Type.Integer(),
    entryGrade: GradeSchema,
    hostRegionNameZh: Type.String(),
    hostRegionNameEn: Type.String(),
    windowOpensAt: Type.String(),
    windowClosesAt: Type.String(),
    maxPreferences: Type.Integer(),
    appealDays: Type.Integer(),
    isWindowOpen: Type.Boolean(),
  }),
  /** The name is masked for everyone but the child's guardians; the ID number always. */
  child: Type.Object({
    id: Type.String(),
    name: Type.String(),
    sex: Type.Enum(['male', 'female'] as const),
    birthDate: Type.String(),
    idNumberMasked: Type.String(),
    hukouDivisionCode: Type.String(),
    hasConsent: Type.Boolean(),
  }),
  route: Type.Object({
    code: Type.String(),
    nameZh: Type.String(),
    nameEn: Type.String(),
    admissionBasis: Type.Enum(ADMISSION_BASES),
    materials: Type.Array(
      Type.Object({
        material: Type.Enum(MATERIALS),
        requirement: Type.Enum(MATERIAL_REQUIREMENTS),
        descriptionZh: Type.String(),
        descriptionEn: Type.String(),
        /** A live (not superseded) document of this material is on file. */
        uploaded: Type.Boolean(),
      }),
    ),
  }),
  guardianName: Nullable(Type.String()),
  /** The family and the host district's reviewers only; null for everyone else. */
  residenceAddress: Nullable(Type.String()),
  residenceRegionId: Nullable(Type.String()),
  employer: Nullable(Type.String()),
  workKind: Nullable(Type.Enum(WORK_KINDS)),
  declaredPoints: DeclaredPointsSchema,
  pointsDeclared: Type.Number(),
  /** The declared points item by item (null on a route without points). */
  pointsBreakdown: Nullable(PointsBreakdown),
  verifiedPoints: Nullable(DeclaredPointsSchema),
  pointsVerified: Nullable(Type.Number()),
  /** Once verified: declared against verified, item by item, with the reviewer's reason where they differ. */
  pointsReview: Nullable(
    Type.Array(
      Type.Object({
        key: Type.String(),
        nameZh: Type.String(),
        nameEn: Type.String(),
        kind: Type.Enum(POINTS_ITEM_KINDS),
        cap: Type.Number(),
        declaredValue: Nullable(Type.Union([Type.Number(), Type.String()])),
        declaredPoints: Type.Number(),
        verifiedValue: Nullable(Type.Union([Type.Number(), Type.String()])),
        verifiedPoints: Nullable(Type.Number()),
        reason: Nullable(Type.String()),
        options: Nullable(Type.Array(Type.Object({ value: Type.String(), labelZh: Type.String(), labelEn: Type.String(), points: Type.Number() }))),
      }),
    ),
  ),
  preferences: Type.Array(Type.Object({ rank: Type.Integer(), ...SchoolRef })),
  documents: Type.Array(DocumentView),
  supplementRequest: Nullable(
    Type.Object({
      id: Type.String(),
      materials: Type.Array(Type.Enum(MATERIALS)),
      message: Type.String(),
      deadline: Type.String(),
      requestedAt: Type.String(),
    }),
  ),
  events: Type.Array(
    Type.Object({
      at: Type.String(),
      kind: Type.Enum(APPLICATION_EVENT_KINDS),
      fromStatus: Nullable(Type.Enum(APPLICATION_STATUSES)),
      toStatus: Nullable(Type.Enum(APPLICATION_STATUSES)),
      /** What the family may read: a reason, a deadline, a school id, materials. */
      detail: Nullable(Type.Record(Type.String(), Type.Unknown())),
    }),
  ),
  offer: Nullable(
    Type.Object({
      id: Type.String(),
      ...SchoolRef,
      round: Type.Integer(),
      preferenceRank: Nullable(Type.Integer()),
      status: Type.Enum(OFFER_STATUSES),
      deadline: Type.String(),
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
    }),
  ),
  placedSchool: Nullable(Type.Object(SchoolRef)),
  admissionNoticeCode: Nullable(Type.String()),
  decisionReason: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  /** Filed at a service counter by a reviewer on the family's behalf. */
  assisted: Type.Boolean(),
  submittedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  allowedActions: Type.Array(Type.Enum(APPLICATION_ACTIONS)),
});
export type ApplicationView = Static<typeof ApplicationView>;

/** A reviewer at a counter: the guardian's mobile, the child as the children service takes it, the application. */
export const AssistedApplicationBody = StrictObject({
  guardianMobile: Type.String({ minLength: 11, maxLength: 20 }),
  child: StrictObject({
    name: Type.String({ minLength: 1, maxLength: 50 }),
    sex: Type.Enum(['male', 'female'] as const),
    birthDate: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    idNumber: Type.String({ minLength: 1, maxLength: 40 }),
    hukouDivisionCode: Type.Optional(Type.String({ pattern: '^[1-8]\\d{5}$' })),
    hukouAddress: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
    relation: Type.Enum(['father', 'mother', 'grandparent', 'other_relative', 'legal_guardian'] as const),
  }),
  /** The guardian consented on paper at the counter, to this text version. */
  consentTextVersion: Type.String({ minLength: 1, maxLength: 40 }),
  application: StrictObject({ policyId: Id, routeCode: Slug, ...applicationFields }),
});
export type AssistedApplicationBody = Static<typeof AssistedApplicationBody>;
