import { Type, type Static } from 'typebox';
import { Id, Nullable, Page, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';
import { DateString, FocusAreas, OrganizationSummary, Version } from '../cooperation.schemas.ts';
import { AllianceRoleSchema, MembershipLists } from '../memberships/memberships.schemas.ts';

const Name = Type.String({ minLength: 2, maxLength: 100 });
const Description = Type.String({ minLength: 1, maxLength: 2000 });

/** An alliance (联盟): a named body of member organizations with roles; run by its chair and vice-chairs. */
export const AllianceView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  focusAreas: FocusAreas,
  foundedOn: Nullable(Type.String()),
  chair: Nullable(OrganizationSummary),
  memberCount: Type.Integer(),
  regionCount: Type.Integer(),
  permissions: Type.Object({ canUpdate: Type.Boolean() }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type AllianceView = Static<typeof AllianceView>;
export const AlliancePage = Page(AllianceView);

export const AllianceDetail = Type.Object({ ...AllianceView.properties, ...MembershipLists });
export type AllianceDetail = Static<typeof AllianceDetail>;

export const AllianceListQuery = StrictObject({
  ...PageQuery,
  q: Type.Optional(Type.String({ maxLength: 60 })),
  regionId: Type.Optional(Id),
  organizationId: Type.Optional(Id),
});
export type AllianceListQuery = Static<typeof AllianceListQuery>;

export const AllianceMemberInput = StrictObject({ organizationId: Id, role: AllianceRoleSchema });
export type AllianceMemberInput = Static<typeof AllianceMemberInput>;

export const AddAllianceMemberBody = StrictObject({ organizationId: Id, role: Type.Enum(['vice_chair', 'standing_member', 'member'] as const) });
export type AddAllianceMemberBody = Static<typeof AddAllianceMemberBody>;

/** Exactly one member is the chair (理事长单位). */
export const CreateAllianceBody = StrictObject({
  name: Name,
  description: Type.Optional(Nullable(Description)),
  focusAreas: FocusAreas,
  foundedOn: Type.Optional(Nullable(DateString)),
  members: Type.Array(AllianceMemberInput, { minItems: 1, maxItems: 200 }),
});
export type CreateAllianceBody = Static<typeof CreateAllianceBody>;

export const UpdateAllianceBody = StrictObject({
  name: Name,
  description: Nullable(Description),
  focusAreas: FocusAreas,
  foundedOn: Nullable(DateString),
  version: Version,
});
export type UpdateAllianceBody = Static<typeof UpdateAllianceBody>;
