import type { Generated } from 'kysely';
import type {
  AgreementStatus,
  BodyType,
  CooperationFileKind,
  ExchangeKind,
  MembershipRole,
  MembershipStatus,
  PairingEventKind,
  PairingStatus,
  ProfileTag,
  ProfileTagKind,
} from '../../../../common/cooperation.ts';

// The cooperation network's tables (migration 20261125100000_cooperation), added to the platform's `Database`.
declare module '../../platform/db/schema.ts' {
  interface Database {
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
  /** Its place in its pairing's history, in the order of the writes (1, 2, …). */
  seq: number;
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
