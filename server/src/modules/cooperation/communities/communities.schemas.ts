import { Type, type Static } from 'typebox';
import { Id, Nullable, Page, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';
import { DateString, OrganizationSummary, Version } from '../cooperation.schemas.ts';
import { MembershipLists } from '../memberships/memberships.schemas.ts';

const Name = Type.String({ minLength: 2, maxLength: 100 });
const Description = Type.String({ minLength: 1, maxLength: 2000 });

/** A school development community (学校发展共同体): a lead school and member schools across regions. */
export const CommunityView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  foundedOn: Nullable(Type.String()),
  lead: OrganizationSummary,
  /** Schools that are members now, the lead school included. */
  memberCount: Type.Integer(),
  /** Regions those schools are in. */
  regionCount: Type.Integer(),
  permissions: Type.Object({ canUpdate: Type.Boolean() }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type CommunityView = Static<typeof CommunityView>;
export const CommunityPage = Page(CommunityView);

export const CommunityDetail = Type.Object({ ...CommunityView.properties, ...MembershipLists });
export type CommunityDetail = Static<typeof CommunityDetail>;

export const CommunityListQuery = StrictObject({
  ...PageQuery,
  /** Part of the name. */
  q: Type.Optional(Type.String({ maxLength: 60 })),
  /** Communities with a member school in this region or below. */
  regionId: Type.Optional(Id),
  /** Communities this school belongs to. */
  schoolId: Type.Optional(Id),
});
export type CommunityListQuery = Static<typeof CommunityListQuery>;

export const CreateCommunityBody = StrictObject({
  name: Name,
  leadSchoolId: Id,
  /** Schools that are members from the start (the lead school need not be named again). */
  memberSchoolIds: Type.Array(Id, { maxItems: 100, uniqueItems: true }),
  description: Type.Optional(Nullable(Description)),
  foundedOn: Type.Optional(Nullable(DateString)),
});
export type CreateCommunityBody = Static<typeof CreateCommunityBody>;

/** A new lead school must be a member already; the old lead stays as a member. */
export const UpdateCommunityBody = StrictObject({
  name: Name,
  leadSchoolId: Id,
  description: Nullable(Description),
  foundedOn: Nullable(DateString),
  version: Version,
});
export type UpdateCommunityBody = Static<typeof UpdateCommunityBody>;

export const AddSchoolBody = StrictObject({ organizationId: Id });
