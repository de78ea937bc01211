/**
 * Domain vocabulary of the cooperation network (GLOSSARY.md, Cooperation), shared by server and web:
 * agreements, pairings (结对), communities (共同体), alliances (联盟), exchanges (交流活动).
 */

/** What a partnership works on (结对领域 / 合作领域). */
export const FOCUS_AREAS = [
  'management',
  'cadre_training',
  'curriculum',
  'teaching_research',
  'evaluation_reform',
  'teacher_development',
  'smart_education',
  'family_education',
  'student_exchange',
  'vocational_programs',
  'resource_sharing',
] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

/** Subjects a school is strong in or needs help with (partner finder). */
export const SUBJECTS = [
  'chinese',
  'mathematics',
  'english',
  'physics',
  'chemistry',
  'biology',
  'history',
  'geography',
  'morality_and_law',
  'science',
  'information_technology',
  'arts',
  'music',
  'physical_education',
  'labour_education',
  'mental_health',
  'early_childhood',
  'vocational_skills',
] as const;
export type Subject = (typeof SUBJECTS)[number];

/** A strength or need of an organization: a subject or a focus area. */
export const PROFILE_TAGS = [...SUBJECTS, ...FOCUS_AREAS] as const;
export type ProfileTag = (typeof PROFILE_TAGS)[number];
export const PROFILE_TAG_KINDS = ['strength', 'need'] as const;
export type ProfileTagKind = (typeof PROFILE_TAG_KINDS)[number];

/** An agreement (合作协议) is in force once every party's admin has confirmed it. */
export const AGREEMENT_STATUSES = ['draft', 'in_force', 'expired', 'ended'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/**
 * The life of a pairing (结对): proposed by one school, accepted by every partner school, then approved
 * by the bureau of each side (one approval per region of its schools) before it is active.
 */
export const PAIRING_STATUSES = [
  'proposed', // waiting for the partner schools to accept
  'accepted', // every school accepted; waiting for each side's bureau
  'active', // every side approved
  'declined', // a partner school said no
  'withdrawn', // the proposing school took it back before it was active
  'rejected', // a side's bureau said no
  'ended', // ended with a reason
] as const;
export type PairingStatus = (typeof PAIRING_STATUSES)[number];

const PAIRING_TRANSITIONS: Record<PairingStatus, readonly PairingStatus[]> = {
  proposed: ['accepted', 'declined', 'withdrawn'],
  accepted: ['active', 'rejected', 'withdrawn'],
  active: ['ended'],
  declined: [],
  withdrawn: [],
  rejected: [],
  ended: [],
};
export const canPairingTransition = (from: PairingStatus, to: PairingStatus): boolean => PAIRING_TRANSITIONS[from].includes(to);

/** Statuses in which a pairing holds its schools together: one such pairing per set of schools. */
export const LIVE_PAIRING_STATUSES: readonly PairingStatus[] = ['proposed', 'accepted', 'active'];

export const PAIRING_EVENT_KINDS = [
  'proposed',
  'updated',
  'accepted',
  'declined',
  'withdrawn',
  'approved',
  'rejected',
  'activated',
  'ended',
  'imported',
] as const;
export type PairingEventKind = (typeof PAIRING_EVENT_KINDS)[number];

/** Communities (学校发展共同体) and alliances (联盟) are both membership bodies. */
export const BODY_TYPES = ['community', 'alliance'] as const;
export type BodyType = (typeof BODY_TYPES)[number];

export const COMMUNITY_ROLES = ['lead', 'member'] as const;
export const ALLIANCE_ROLES = ['chair', 'vice_chair', 'standing_member', 'member'] as const;
export type CommunityRole = (typeof COMMUNITY_ROLES)[number];
export type AllianceRole = (typeof ALLIANCE_ROLES)[number];
export type MembershipRole = CommunityRole | AllianceRole;
/** Alliance roles whose organizations run the alliance (approve members, assign roles). */
export const ALLIANCE_MANAGING_ROLES: readonly AllianceRole[] = ['chair', 'vice_chair'];

/** One membership episode; leaving and joining again makes a new one, so history is kept. */
export const MEMBERSHIP_STATUSES = ['requested', 'active', 'rejected', 'left'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const EXCHANGE_KINDS = [
  'visit',
  'hosted_delegation',
  'joint_research',
  'lecture',
  'training',
  'online_session',
  'secondment',
  'outreach_teaching',
] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

export const COOPERATION_FILE_KINDS = ['document', 'photo'] as const;
export type CooperationFileKind = (typeof COOPERATION_FILE_KINDS)[number];

/** Reasons the partner finder gives for a suggestion; the web words them. */
export const SUGGESTION_REASONS = ['complementary_strength', 'complementary_need', 'same_stage', 'not_yet_paired', 'distance', 'similar_size'] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

/** Great-circle distance in kilometres between two points given in degrees. */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
