import type { Generated } from 'kysely';
import type { Grade } from '../../../../common/directory.ts';
import type { AdmissionBasis, Material, MaterialRequirement, PointsItemKind, PolicyStatus } from '../../../../common/enrollment.ts';
import type {
  AllocationRunKind,
  AppealStatus,
  ApplicationEventKind,
  ApplicationStatus,
  DocumentStatus,
  OfferStatus,
  PlacementKind,
  WorkKind,
} from '../../../../common/enrollment-application.ts';
import type { Locale } from '../../../../common/locales.ts';

// Enrollment's tables (children, policies, applications and everything after them), added to the platform's `Database`.
declare module '../../platform/db/schema.ts' {
  interface Database {
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
  }
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
