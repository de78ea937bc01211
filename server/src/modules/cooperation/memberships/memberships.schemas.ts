import { Type, type Static } from 'typebox';
import { ALLIANCE_ROLES, COMMUNITY_ROLES, MEMBERSHIP_STATUSES } from '../../../../../common/cooperation.ts';
import { Id, Nullable, StrictObject } from '../../../platform/http/schemas.ts';
import { DateString, OrganizationSummary, Reason, Version } from '../cooperation.schemas.ts';

// Memberships of communities and alliances: one record per episode (asked → member → left), so the
// history of who belonged when is kept.

export const MembershipRoleSchema = Type.Enum([...COMMUNITY_ROLES, 'chair', 'vice_chair', 'standing_member'] as const);
export const AllianceRoleSchema = Type.Enum(ALLIANCE_ROLES);

export const MembershipView = Type.Object({
  id: Type.String(),
  organization: OrganizationSummary,
  role: MembershipRoleSchema,
  status: Type.Enum(MEMBERSHIP_STATUSES),
  requestedAt: Type.String(),
  /** Why the organization asked to join (requests), or why the request was refused. */
  decisionReason: Nullable(Type.String()),
  joinedOn: Nullable(Type.String()),
  leftOn: Nullable(Type.String()),
  leftReason: Nullable(Type.String()),
  permissions: Type.Object({ canApprove: Type.Boolean(), canReject: Type.Boolean(), canLeave: Type.Boolean(), canChangeRole: Type.Boolean() }),
  version: Type.Integer(),
});
export type MembershipView = Static<typeof MembershipView>;

/** Members now, requests waiting (for the body's managers and the asking organization), and past episodes. */
export const MembershipLists = {
  members: Type.Array(MembershipView),
  requests: Type.Array(MembershipView),
  history: Type.Array(MembershipView),
  /** Organizations the caller runs that may ask to join now. */
  joinableOrganizationIds: Type.Array(Type.String()),
};

export const MembershipParams = StrictObject({ id: Id, membershipId: Id });

export const JoinRequestBody = StrictObject({ organizationId: Id, note: Type.Optional(Nullable(Reason)) });
export type JoinRequestBody = Static<typeof JoinRequestBody>;

export const LeaveBody = StrictObject({ reason: Type.Optional(Nullable(Reason)), leftOn: Type.Optional(DateString), version: Version });
export type LeaveBody = Static<typeof LeaveBody>;

export const RoleBody = StrictObject({ role: AllianceRoleSchema, version: Version });
export type RoleBody = Static<typeof RoleBody>;
