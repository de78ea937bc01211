import type { Generated } from 'kysely';
import type { Grade, OrganizationKind, Ownership, RegionLevel, Stage } from '../../../../common/directory.ts';
import type { AdmissionBasis, Material, MaterialRequirement, PointsItemKind, PolicyStatus } from '../../../../common/enrollment.ts';
import type {
  AllocationRunKind, AppealStatus, ApplicationEventKind, ApplicationStatus, DocumentStatus, NotificationKind, OfferStatus, PlacementKind, WorkKind,
} from '../../../../common/enrollment-application.ts';
import type {
  AgreementStatus, BodyType, CooperationFileKind, ExchangeKind, MembershipRole, MembershipStatus, PairingEventKind, PairingStatus, ProfileTag, ProfileTagKind,
} from '../../../../common/cooperation.ts';
import type { Locale } from '../../../../common/locales.ts';
import type { Role } from '../../../../common/roles.ts';

// Row shapes of every table. Nullable columns are `T | null`, never optional.
// Timestamps are ISO-8601 UTC strings on both dialects.

export interface RegionTable {
  id: string;
  division_code: string | null;
  parent_id: string | null;
  level: RegionLevel;
  name_zh: string;
  name_en: string;
  path: string;
  latitude: number | null;
  longitude: number | null;
}

export interface OrganizationTable {
  id: string;
  kind: OrganizationKind;
  code: string | null;
  name_zh: string;
  name_en: string;
  region_id: string;
  region_path: string;
  ownership: Ownership | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  pupil_count: number | null;
  teacher_count: number | null;
  website: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface SchoolStageTable {
  organization_id: string;
  stage: Stage;
}

export interface SchoolGradeSeatTable {
  organization_id: string;
  grade: Grade;
  seats: number;
}

export interface UserTable {
  id: string;
  display_name: string;
  username: string | null;
  mobile: string | null;
  password_hash: string | null;
  totp_secret_enc: string | null;
  totp_enabled_at: string | null;
  locale: Generated<Locale>;
  disabled_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface RoleGrantTable {
  id: string;
  user_id: string;
  role: Role;
  organization_id: string | null;
  region_id: string | null;
  created_at: string;
  granted_by: string | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  stage: 'active' | 'mfa';
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface SmsCodeTable {
  id: string;
  mobile: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  consumed_at: string | null;
  failed_attempts: Generated<number>;
}

export interface ThrottleEventTable {
  id: string;
  bucket: string;
  subject: string;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  occurred_at: string;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  object_type: string;
  object_id: string | null;
  result: 'success' | 'denied' | 'failure';
  request_id: string | null;
  ip: string | null;
  detail: string | null;
}

export interface Database {
  regions: RegionTable;
  organizations: OrganizationTable;
  school_stages: SchoolStageTable;
  school_grade_seats: SchoolGradeSeatTable;
  users: UserTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  sms_codes: SmsCodeTable;
  throttle_events: ThrottleEventTable;
  audit_log: AuditLogTable;
  children: ChildTable;
  child_guardians: ChildGuardianTable;
  consents: ConsentTable;
  enrollment_policies: EnrollmentPolicyTable;
  enrollment_policy_routes: EnrollmentPolicyRouteTable;
  enrollment_policy_materials: EnrollmentPolicyMaterialTable;
  enrollment_policy_schools: EnrollmentPolicySchoolTable;
  enrollment_points_items: EnrollmentPointsItemTable;
  enrollment_applications: EnrollmentApplicationTable;
  enrollment_application_preferences: EnrollmentApplicationPreferenceTable;
  enrollment_supplement_requests: EnrollmentSupplementRequestTable;
  enrollment_appeals: EnrollmentAppealTable;
  enrollment_documents: EnrollmentDocumentTable;
  enrollment_application_events: EnrollmentApplicationEventTable;
  enrollment_public_lists: EnrollmentPublicListTable;
  enrollment_public_list_entries: EnrollmentPublicListEntryTable;
  enrollment_lottery_seeds: EnrollmentLotterySeedTable;
  enrollment_allocation_runs: EnrollmentAllocationRunTable;
  enrollment_offers: EnrollmentOfferTable;
  enrollment_admission_notices: EnrollmentAdmissionNoticeTable;
  notifications: NotificationTable;
  idempotency_keys: IdempotencyKeyTable;
}

/** A migrant child's profile (随迁子女档案): the ID number only sealed, hashed and masked. */
export interface ChildTable {
  id: string;
  name: string;
  sex: 'male' | 'female';
  birth_date: string;
  id_number_enc: string;
  id_number_hash: string;
  id_number_masked: string;
  hukou_division_code: string;
  hukou_address_enc: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ChildGuardianTable {
  child_id: string;
  user_id: string;
  relation: 'father' | 'mother' | 'grandparent' | 'other_relative' | 'legal_guardian';
  created_at: string;
}

export interface ConsentTable {
  id: string;
  child_id: string;
  user_id: string;
  purpose: 'sensitive_personal_information';
  text_version: string;
  locale: Locale;
  given_at: string;
  withdrawn_at: string | null;
  ip: string | null;
}

export interface EnrollmentPolicyTable {
  id: string;
  bureau_id: string;
  host_region_id: string;
  host_region_path: string;
  school_year: number;
  entry_grade: Grade;
  title_zh: string;
  title_en: string;
  status: PolicyStatus;
  window_opens_at: string;
  window_closes_at: string;
  max_preferences: number;
  age_min_years: number | null;
  age_cutoff_month_day: string | null;
  public_notice_days: number;
  appeal_days: number;
  offer_response_days: number;
  /** 'YYYY-MM-DD' families report to school (printed on the notice). */
  report_date: string | null;
  report_note_zh: string | null;
  report_note_en: string | null;
  rules_hash: string | null;
  published_at: string | null;
  closed_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface EnrollmentPolicyRouteTable {
  id: string;
  policy_id: string;
  code: string;
  name_zh: string;
  name_en: string;
  description_zh: string;
  description_en: string;
  admission_basis: AdmissionBasis;
  /** JSON text of the route's eligibility rules. */
  eligibility: string;
  sort_order: number;
}

export interface EnrollmentPolicyMaterialTable {
  id: string;
  policy_id: string;
  route_id: string;
  material: Material;
  requirement: MaterialRequirement;
  description_zh: string;
  description_en: string;
  sort_order: number;
}

export interface EnrollmentPolicySchoolTable {
  policy_id: string;
  school_id: string;
  seats: number;
}

export interface EnrollmentPointsItemTable {
  id: string;
  policy_id: string;
  key: string;
  name_zh: string;
  name_en: string;
  kind: PointsItemKind;
  weight: number;
  cap: number;
  /** JSON text of the options of a choice item; null for per_month. */
  options: string | null;
  sort_order: number;
}

export interface EnrollmentApplicationTable {
  id: string;
  reference: string;
  policy_id: string;
  child_id: string;
  route_id: string;
  guardian_user_id: string;
  status: ApplicationStatus;
  /** '<policy_id>:<child_id>' unless withdrawn: one active application per child and policy. */
  active_key: string | null;
  host_region_path: string;
  origin_division_code: string;
  guardian_name: string | null;
  residence_address_enc: string | null;
  residence_region_id: string | null;
  employer: string | null;
  work_kind: WorkKind | null;
  /** JSON {itemKey: value}. */
  declared_points: string;
  points_declared: number;
  verified_points: string | null;
  points_verified: number | null;
  assisted_by: string | null;
  submitted_at: string | null;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  supplement_deadline: string | null;
  placed_school_id: string | null;
  placement_kind: PlacementKind | null;
  placement_round: number | null;
  arrival_recorded_by: string | null;
  arrival_recorded_at: string | null;
  personal_data_deleted_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface EnrollmentApplicationPreferenceTable {
  application_id: string;
  rank: number;
  school_id: string;
}

export interface EnrollmentSupplementRequestTable {
  id: string;
  application_id: string;
  /** JSON array of Material. */
  materials: string;
  message: string;
  deadline: string;
  requested_by: string;
  requested_at: string;
  fulfilled_at: string | null;
  /** Set by the hourly job when the deadline passed unanswered and the application went back to the reviewers. */
  overdue_at: string | null;
}

export interface EnrollmentAppealTable {
  id: string;
  application_id: string;
  reason: string;
  status: AppealStatus;
  filed_by: string;
  filed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  version: Generated<number>;
}

export interface EnrollmentDocumentTable {
  id: string;
  application_id: string;
  material: Material;
  appeal_id: string | null;
  supplement_request_id: string | null;
  storage_key: string | null;
  original_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  status: DocumentStatus;
  rejection_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  uploaded_by: string;
  uploaded_at: string;
}

export interface EnrollmentApplicationEventTable {
  id: string;
  application_id: string;
  at: string;
  actor_user_id: string | null;
  kind: ApplicationEventKind;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus | null;
  /** JSON the family may read; never personal data. */
  detail: string | null;
}

export interface EnrollmentPublicListTable {
  id: string;
  policy_id: string;
  published_by: string;
  published_at: string;
  ends_at: string;
  entry_count: number;
}

export interface EnrollmentPublicListEntryTable {
  list_id: string;
  seq: number;
  reference: string;
  masked_name: string;
  route_code: string;
  points: number | null;
}

export interface EnrollmentLotterySeedTable {
  policy_id: string;
  round: number;
  seed: string;
  published_by: string;
  published_at: string;
}

export interface EnrollmentAllocationRunTable {
  id: string;
  policy_id: string;
  round: number;
  kind: AllocationRunKind;
  seed: string;
  input_hash: string;
  result_hash: string;
  applicant_count: number;
  placed_count: number;
  /** JSON: per-school seats, placed and cut-off points. */
  summary: string;
  run_by: string;
  run_at: string;
  final_key: string | null;
}

export interface EnrollmentOfferTable {
  id: string;
  application_id: string;
  school_id: string;
  round: number;
  run_id: string | null;
  preference_rank: number | null;
  status: OfferStatus;
  deadline: string;
  decline_reason: string | null;
  responded_at: string | null;
  created_by: string;
  created_at: string;
  /** When the family was reminded that the deadline is near (once per offer). */
  reminded_at: string | null;
}

export interface EnrollmentAdmissionNoticeTable {
  id: string;
  application_id: string;
  offer_id: string;
  verification_code: string;
  school_id: string;
  issued_at: string;
  revoked_at: string | null;
}

export interface NotificationTable {
  id: string;
  user_id: string;
  kind: NotificationKind;
  /** JSON parameters of the localised text. */
  params: string;
  object_type: string | null;
  object_id: string | null;
  created_at: string;
  read_at: string | null;
  sms_status: 'none' | 'pending' | 'sent' | 'failed';
  sms_attempts: Generated<number>;
  sms_sent_at: string | null;
  /** An instance's lease on sending the SMS (see the SMS outbox). */
  sms_claimed_at: string | null;
}

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  scope: string;
  request_hash: string;
  status_code: number;
  response: string;
  created_at: string;
}

// The cooperation network (migration 20261125100000_cooperation). Declared as a second part of `Database`
// (TypeScript merges the two), so that this module's tables stay together at the end of the file.
export interface Database {
  cooperation_organization_tags: CooperationOrganizationTagTable;
  cooperation_files: CooperationFileTable;
  cooperation_agreements: CooperationAgreementTable;
  cooperation_agreement_parties: CooperationAgreementPartyTable;
  cooperation_pairings: CooperationPairingTable;
  cooperation_pairing_schools: CooperationPairingSchoolTable;
  cooperation_pairing_approvals: CooperationPairingApprovalTable;
  cooperation_pairing_events: CooperationPairingEventTable;
  cooperation_communities: CooperationCommunityTable;
  cooperation_alliances: CooperationAllianceTable;
  cooperation_memberships: CooperationMembershipTable;
  cooperation_exchanges: CooperationExchangeTable;
  cooperation_exchange_organizations: CooperationExchangeOrganizationTable;
  cooperation_activity_monthly: CooperationActivityMonthlyTable;
  cooperation_scope_monthly: CooperationScopeMonthlyTable;
  cooperation_exchange_participants: CooperationExchangeParticipantTable;
}

/** A strength or need of an organization (partner finder). */
export interface CooperationOrganizationTagTable {
  organization_id: string;
  kind: ProfileTagKind;
  tag: ProfileTag;
}

export interface CooperationFileTable {
  id: string;
  owner_type: 'agreement' | 'exchange';
  owner_id: string;
  kind: CooperationFileKind;
  storage_key: string;
  original_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

export interface CooperationAgreementTable {
  id: string;
  title: string;
  scope: string | null;
  /** JSON array of FocusArea. */
  focus_areas: string;
  signed_on: string | null;
  starts_on: string | null;
  ends_on: string | null;
  status: AgreementStatus;
  document_file_id: string | null;
  in_force_at: string | null;
  ended_at: string | null;
  ended_by: string | null;
  end_reason: string | null;
  client_key: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface CooperationAgreementPartyTable {
  agreement_id: string;
  organization_id: string;
  region_path: string;
  confirmed_at: string | null;
  confirmed_by: string | null;
}

export interface CooperationPairingTable {
  id: string;
  batch: number | null;
  /** JSON array of FocusArea. */
  focus_areas: string;
  agreement_id: string | null;
  starts_on: string;
  ends_on: string | null;
  description: string | null;
  proposer_school_id: string;
  proposed_by: string | null;
  status: PairingStatus;
  /** Sorted school ids while live (proposed, accepted, active); null after. */
  live_key: string | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  activated_at: string | null;
  ended_at: string | null;
  ended_by: string | null;
  end_reason: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface CooperationPairingSchoolTable {
  pairing_id: string;
  school_id: string;
  region_id: string;
  region_path: string;
  accepted_at: string | null;
  accepted_by: string | null;
}

/** One side's approval: the side is a region of the pairing's schools. */
export interface CooperationPairingApprovalTable {
  pairing_id: string;
  region_id: string;
  bureau_id: string | null;
  approved_by: string | null;
  approved_at: string;
}

export interface CooperationPairingEventTable {
  id: string;
  pairing_id: string;
  at: string;
  actor_user_id: string | null;
  kind: PairingEventKind;
  from_status: PairingStatus | null;
  to_status: PairingStatus | null;
  /** JSON: a school, a side, a reason. */
  detail: string | null;
}

export interface CooperationCommunityTable {
  id: string;
  name: string;
  lead_school_id: string;
  description: string | null;
  founded_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface CooperationAllianceTable {
  id: string;
  name: string;
  description: string | null;
  /** JSON array of FocusArea. */
  focus_areas: string;
  founded_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface CooperationMembershipTable {
  id: string;
  body_type: BodyType;
  body_id: string;
  organization_id: string;
  region_path: string;
  role: MembershipRole;
  status: MembershipStatus;
  live_key: string | null;
  requested_by: string | null;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_reason: string | null;
  joined_on: string | null;
  left_on: string | null;
  left_reason: string | null;
  version: Generated<number>;
}

export interface CooperationExchangeTable {
  id: string;
  kind: ExchangeKind;
  title: string;
  occurred_on: string;
  occurred_month: string;
  host_organization_id: string;
  pairing_id: string | null;
  community_id: string | null;
  alliance_id: string | null;
  participant_count: number;
  summary: string | null;
  client_key: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface CooperationExchangeOrganizationTable {
  exchange_id: string;
  organization_id: string;
  role: 'host' | 'partner';
  region_path: string;
  occurred_month: string;
  participant_count: number;
}

export interface CooperationActivityMonthlyTable {
  organization_id: string;
  month: string;
  region_path: string;
  exchanges: number;
  participants: number;
}

/** Exchanges per region subtree ('/' the whole network) and month. */
export interface CooperationScopeMonthlyTable {
  scope_path: string;
  month: string;
  exchanges: number;
  participants: number;
}

export interface CooperationExchangeParticipantTable {
  exchange_id: string;
  user_id: string;
  organization_id: string;
}
