import type { Generated } from 'kysely';
import type { Grade, OrganizationKind, Ownership, RegionLevel, Stage } from '../../../../common/directory.ts';
import type { AdmissionBasis, Material, MaterialRequirement, PointsItemKind, PolicyStatus } from '../../../../common/enrollment.ts';
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
