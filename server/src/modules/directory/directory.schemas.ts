import { Type, type Static } from 'typebox';
import { GRADES, ORGANIZATION_KINDS, OWNERSHIPS, REGION_LEVELS, STAGES } from '../../../../common/directory.ts';
import { Id, Nullable, Page, PageQuery, StrictObject } from '../../platform/http/schemas.ts';

export const StageSchema = Type.Enum(STAGES);
export const GradeSchema = Type.Enum(GRADES);
export const KindSchema = Type.Enum(ORGANIZATION_KINDS);
export const OwnershipSchema = Type.Enum(OWNERSHIPS);

export const RegionView = Type.Object({
  id: Type.String(),
  divisionCode: Nullable(Type.String()),
  parentId: Nullable(Type.String()),
  level: Type.Enum(REGION_LEVELS),
  nameZh: Type.String(),
  nameEn: Type.String(),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  /** Schools in this region and every region below it. */
  schoolCount: Type.Integer(),
});
export type RegionView = Static<typeof RegionView>;
export const RegionList = Type.Object({ items: Type.Array(RegionView) });

export const SeatView = Type.Object({ grade: GradeSchema, seats: Type.Integer() });

export const OrganizationView = Type.Object({
  id: Type.String(),
  kind: KindSchema,
  code: Nullable(Type.String()),
  nameZh: Type.String(),
  nameEn: Type.String(),
  regionId: Type.String(),
  regionNameZh: Type.String(),
  regionNameEn: Type.String(),
  ownership: Nullable(OwnershipSchema),
  stages: Type.Array(StageSchema),
  address: Nullable(Type.String()),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  pupilCount: Nullable(Type.Integer()),
  teacherCount: Nullable(Type.Integer()),
  website: Nullable(Type.String()),
  seats: Type.Array(SeatView),
  /** Whether the caller may edit this record (the page shows or hides the edit button). */
  canEdit: Type.Boolean(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type OrganizationView = Static<typeof OrganizationView>;
export const OrganizationList = Page(OrganizationView);

export const OrganizationListQuery = StrictObject({
  kind: Type.Optional(KindSchema),
  regionId: Type.Optional(Id),
  stage: Type.Optional(StageSchema),
  ownership: Type.Optional(OwnershipSchema),
  q: Type.Optional(Type.String({ maxLength: 60 })),
  ...PageQuery,
});
export type OrganizationListQuery = Static<typeof OrganizationListQuery>;

const organizationFields = {
  code: Nullable(Type.String({ pattern: '^[0-9]{10}$' })),
  nameZh: Type.String({ minLength: 2, maxLength: 80 }),
  nameEn: Type.String({ minLength: 2, maxLength: 160 }),
  regionId: Id,
  ownership: Nullable(OwnershipSchema),
  stages: Type.Array(StageSchema, { maxItems: 5, uniqueItems: true }),
  address: Nullable(Type.String({ maxLength: 200 })),
  latitude: Nullable(Type.Number({ minimum: -90, maximum: 90 })),
  longitude: Nullable(Type.Number({ minimum: -180, maximum: 180 })),
  pupilCount: Nullable(Type.Integer({ minimum: 0, maximum: 100000 })),
  teacherCount: Nullable(Type.Integer({ minimum: 0, maximum: 10000 })),
  website: Nullable(Type.String({ maxLength: 200, pattern: '^https?://' })),
  seats: Type.Array(StrictObject({ grade: GradeSchema, seats: Type.Integer({ minimum: 0, maximum: 10000 }) }), { maxItems: 15 }),
};

export const CreateOrganizationBody = StrictObject({ kind: KindSchema, ...organizationFields });
export type CreateOrganizationBody = Static<typeof CreateOrganizationBody>;

export const UpdateOrganizationBody = StrictObject({ ...organizationFields, version: Type.Integer({ minimum: 1 }) });
export type UpdateOrganizationBody = Static<typeof UpdateOrganizationBody>;

export type OrganizationInput = Omit<CreateOrganizationBody, 'kind'>;
