import { Type, type Static } from 'typebox';
import { ADMISSION_BASES, MATERIAL_REQUIREMENTS, MATERIALS, POINTS_ITEM_KINDS, POLICY_STATUSES } from '../../../../../common/enrollment.ts';
import { GradeSchema } from '../../directory/directory.schemas.ts';
import { Id, Nullable, Page, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';

const Slug = Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z][a-z0-9_]*$' });
const Name = Type.String({ minLength: 1, maxLength: 120 });
const Description = Type.String({ maxLength: 1000 });
const Timestamp = Type.String({ format: 'date-time' });
const Days = Type.Integer({ minimum: 0, maximum: 365 });
const Points = Type.Number({ minimum: 0, maximum: 10000 });

export const PolicyStatusSchema = Type.Enum(POLICY_STATUSES);

export const Eligibility = StrictObject({
  minResidencePermitMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 600 })),
  minSocialInsuranceMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 600 })),
  requiresEmploymentProof: Type.Optional(Type.Boolean()),
  /** 'YYYY-MM-DD' up to which the route's months (residence permit, social insurance) are counted; needed to publish a route with minimum months. */
  monthsAsOf: Type.Optional(Type.String({ format: 'date' })),
  /** The route is for children whose hukou is outside the host district (随迁子女). */
  hukouOutsideHost: Type.Boolean(),
});
export type Eligibility = Static<typeof Eligibility>;

const MaterialInput = StrictObject({
  material: Type.Enum(MATERIALS),
  requirement: Type.Enum(MATERIAL_REQUIREMENTS),
  descriptionZh: Description,
  descriptionEn: Description,
});

const RouteInput = StrictObject({
  code: Slug,
  nameZh: Name,
  nameEn: Name,
  descriptionZh: Description,
  descriptionEn: Description,
  admissionBasis: Type.Enum(ADMISSION_BASES),
  eligibility: Eligibility,
  materials: Type.Array(MaterialInput, { maxItems: 20 }),
});

const SchoolInput = StrictObject({ schoolId: Id, seats: Type.Integer({ minimum: 0, maximum: 10000 }) });

const OptionInput = StrictObject({ value: Slug, labelZh: Name, labelEn: Name, points: Points });

const PointsItemInput = StrictObject({
  key: Slug,
  nameZh: Name,
  nameEn: Name,
  kind: Type.Enum(POINTS_ITEM_KINDS),
  weight: Points,
  cap: Points,
  options: Nullable(Type.Array(OptionInput, { minItems: 1, maxItems: 20 })),
});

/** A draft may be incomplete; publishing checks completeness. */
const policyFields = {
  schoolYear: Type.Integer({ minimum: 2020, maximum: 2100 }),
  entryGrade: GradeSchema,
  titleZh: Type.String({ minLength: 2, maxLength: 120 }),
  titleEn: Type.String({ minLength: 2, maxLength: 200 }),
  windowOpensAt: Timestamp,
  windowClosesAt: Timestamp,
  maxPreferences: Type.Integer({ minimum: 1, maximum: 10 }),
  ageMinYears: Nullable(Type.Integer({ minimum: 2, maximum: 18 })),
  ageCutoffMonthDay: Nullable(Type.String({ pattern: '^[0-9]{2}-[0-9]{2}$' })),
  publicNoticeDays: Days,
  appealDays: Days,
  offerResponseDays: Days,
  /** 'YYYY-MM-DD' families report to school, printed on the admission notice; needed to publish. */
  reportDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
  /** Where and how to report (报到说明), printed on the notice under the date. */
  reportNoteZh: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  reportNoteEn: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  routes: Type.Array(RouteInput, { maxItems: 10 }),
  schools: Type.Array(SchoolInput, { maxItems: 500 }),
  pointsItems: Type.Array(PointsItemInput, { maxItems: 30 }),
};

export const CreatePolicyBody = StrictObject({ bureauId: Id, ...policyFields });
export type CreatePolicyBody = Static<typeof CreatePolicyBody>;
export const UpdatePolicyBody = StrictObject({ ...policyFields, version: Type.Integer({ minimum: 1 }) });
export type UpdatePolicyBody = Static<typeof UpdatePolicyBody>;
export type PolicyRulesInput = Omit<CreatePolicyBody, 'bureauId'>;

export const VersionBody = StrictObject({ version: Type.Integer({ minimum: 1 }) });
export type VersionBody = Static<typeof VersionBody>;
export const ExtendWindowBody = StrictObject({ windowClosesAt: Timestamp, version: Type.Integer({ minimum: 1 }) });
export type ExtendWindowBody = Static<typeof ExtendWindowBody>;

export const PointsPreviewBody = StrictObject({
  routeCode: Slug,
  declared: Type.Record(Type.String({ maxLength: 40 }), Type.Union([Type.Number(), Type.String({ maxLength: 40 })]), { maxProperties: 30 }),
});
export type PointsPreviewBody = Static<typeof PointsPreviewBody>;

const summaryFields = {
  id: Type.String(),
  bureauId: Type.String(),
  hostRegionId: Type.String(),
  hostRegionNameZh: Type.String(),
  hostRegionNameEn: Type.String(),
  schoolYear: Type.Integer(),
  entryGrade: GradeSchema,
  titleZh: Type.String(),
  titleEn: Type.String(),
  status: PolicyStatusSchema,
  windowOpensAt: Type.String(),
  windowClosesAt: Type.String(),
  /** Where the window stands by the server's clock (closed also when not published): families see this, not their device's clock. */
  windowState: Type.Enum(['upcoming', 'open', 'closed'] as const),
  /** SHA-256 of the canonical rules, set when published: what applications and allocation runs cite. */
  rulesHash: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
  /** Whether the caller may edit, publish or close it (the page shows or hides the buttons). */
  canEdit: Type.Boolean(),
  updatedAt: Type.String(),
  version: Type.Integer(),
};

export const PolicySummary = Type.Object(summaryFields);
export type PolicySummary = Static<typeof PolicySummary>;
export const PolicyList = Page(PolicySummary);

export const PolicyView = Type.Object({
  ...summaryFields,
  maxPreferences: Type.Integer(),
  ageMinYears: Nullable(Type.Integer()),
  ageCutoffMonthDay: Nullable(Type.String()),
  publicNoticeDays: Type.Integer(),
  appealDays: Type.Integer(),
  offerResponseDays: Type.Integer(),
  reportDate: Nullable(Type.String()),
  reportNoteZh: Nullable(Type.String()),
  reportNoteEn: Nullable(Type.String()),
  routes: Type.Array(
    Type.Object({
      code: Type.String(),
      nameZh: Type.String(),
      nameEn: Type.String(),
      descriptionZh: Type.String(),
      descriptionEn: Type.String(),
      admissionBasis: Type.Enum(ADMISSION_BASES),
      eligibility: Eligibility,
      materials: Type.Array(
        Type.Object({
          material: Type.Enum(MATERIALS),
          requirement: Type.Enum(MATERIAL_REQUIREMENTS),
          descriptionZh: Type.String(),
          descriptionEn: Type.String(),
        }),
      ),
    }),
  ),
  schools: Type.Array(Type.Object({ schoolId: Type.String(), nameZh: Type.String(), nameEn: Type.String(), seats: Type.Integer() })),
  pointsItems: Type.Array(
    Type.Object({
      key: Type.String(),
      nameZh: Type.String(),
      nameEn: Type.String(),
      kind: Type.Enum(POINTS_ITEM_KINDS),
      weight: Type.Number(),
      cap: Type.Number(),
      options: Nullable(Type.Array(Type.Object({ value: Type.String(), labelZh: Type.String(), labelEn: Type.String(), points: Type.Number() }))),
    }),
  ),
});
export type PolicyView = Static<typeof PolicyView>;

export const PolicyListQuery = StrictObject({
  status: Type.Optional(PolicyStatusSchema),
  schoolYear: Type.Optional(Type.Integer({ minimum: 2020, maximum: 2100 })),
  entryGrade: Type.Optional(GradeSchema),
  regionId: Type.Optional(Id),
  ...PageQuery,
});
export type PolicyListQuery = Static<typeof PolicyListQuery>;

export const PointsPreview = Type.Object({
  total: Type.Number(),
  items: Type.Array(
    Type.Object({ key: Type.String(), nameZh: Type.String(), nameEn: Type.String(), points: Type.Number(), cap: Type.Number(), capped: Type.Boolean() }),
  ),
  hints: Type.Array(
    Type.Object({
      key: Type.String(),
      messageKey: Type.Enum(['points.more_months', 'points.better_option'] as const),
      gain: Type.Number(),
      /** points.more_months: whole months more that reach the cap. */
      months: Type.Optional(Type.Integer()),
      /** points.better_option: the option value that would give the most. */
      option: Type.Optional(Type.String()),
    }),
  ),
});
