import { Type, type Static } from 'typebox';
import { PROFILE_TAGS, SUGGESTION_REASONS } from '../../../../../common/cooperation.ts';
import { STAGES } from '../../../../../common/directory.ts';
import { Id, Nullable, StrictObject } from '../../../platform/http/schemas.ts';
import { OrganizationSummary, ProfileTagSchema } from '../cooperation.schemas.ts';

const StageSchema = Type.Enum(STAGES);
const Tags = Type.Array(ProfileTagSchema, { maxItems: PROFILE_TAGS.length, uniqueItems: true });

/** What an organization is good at and looks for (subjects and focus areas), for the partner finder. */
export const ProfileView = Type.Object({ organizationId: Type.String(), strengths: Tags, needs: Tags, canUpdate: Type.Boolean() });
export type ProfileView = Static<typeof ProfileView>;
export const ProfileParams = StrictObject({ organizationId: Id });
export const UpdateProfileBody = StrictObject({ strengths: Tags, needs: Tags });
export type UpdateProfileBody = Static<typeof UpdateProfileBody>;

export const PartnerSearchQuery = StrictObject({
  /** The school looking for partners. */
  schoolId: Id,
  /** Only schools in this region or below (by default: every region but the school's own). */
  regionId: Type.Optional(Id),
  /** Only schools with this stage (by default: schools sharing a stage with the school). */
  stage: Type.Optional(StageSchema),
  minPupils: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
  maxPupils: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
  /** Only schools strong in one of these. */
  strengths: Type.Optional(Tags),
  /** Only schools that need one of these. */
  needs: Type.Optional(Tags),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
});
export type PartnerSearchQuery = Static<typeof PartnerSearchQuery>;

export const SuggestionReason = Type.Object({
  kind: Type.Enum(SUGGESTION_REASONS),
  /** complementary_strength: their strengths the school needs; complementary_need: their needs the school is strong in. */
  tags: Type.Optional(Tags),
  /** same_stage: the stages both have. */
  stages: Type.Optional(Type.Array(StageSchema)),
  /** distance: kilometres as the crow flies. */
  km: Type.Optional(Type.Number()),
});

export const PartnerCandidate = Type.Object({
  ...OrganizationSummary.properties,
  stages: Type.Array(StageSchema),
  pupilCount: Nullable(Type.Integer()),
  strengths: Tags,
  needs: Tags,
  /** Its pairings that are proposed, accepted or active. */
  livePairings: Type.Integer(),
});

export const PartnerSuggestion = Type.Object({
  school: PartnerCandidate,
  score: Type.Number(),
  distanceKm: Nullable(Type.Number()),
  reasons: Type.Array(SuggestionReason),
});
export type PartnerSuggestion = Static<typeof PartnerSuggestion>;

export const PartnerSearchResult = Type.Object({
  school: PartnerCandidate,
  /** Schools that passed the filters (before the limit). */
  considered: Type.Integer(),
  items: Type.Array(PartnerSuggestion),
});
export type PartnerSearchResult = Static<typeof PartnerSearchResult>;
