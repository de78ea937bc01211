/**
 * Shapes of the cooperation API, derived from the server's route schemas (type-only imports, erased from
 * the bundle), as web/src/types/api.ts does for the platform's own modules.
 */
import type { Static } from 'typebox';
import type {
  AgreementListQuery,
  AgreementView,
  CreateAgreementBody,
  UpdateAgreementBody,
} from '../../../../../server/src/modules/cooperation/agreements/agreements.schemas.ts';
import type {
  AddAllianceMemberBody,
  AllianceDetail as AllianceDetailSchema,
  AllianceListQuery,
  AllianceView,
  CreateAllianceBody,
  UpdateAllianceBody,
} from '../../../../../server/src/modules/cooperation/alliances/alliances.schemas.ts';
import type {
  CommunityDetail as CommunityDetailSchema,
  CommunityListQuery,
  CommunityView,
  CreateCommunityBody,
  UpdateCommunityBody,
} from '../../../../../server/src/modules/cooperation/communities/communities.schemas.ts';
import type {
  CooperationFileView,
  OrganizationSummary as OrganizationSummarySchema,
} from '../../../../../server/src/modules/cooperation/cooperation.schemas.ts';
import type {
  CreateExchangeBody,
  ExchangeListQuery,
  ExchangePage as ExchangePageSchema,
  ExchangeView,
  UpdateExchangeBody,
} from '../../../../../server/src/modules/cooperation/exchanges/exchanges.schemas.ts';
import type { JoinRequestBody, LeaveBody, MembershipView } from '../../../../../server/src/modules/cooperation/memberships/memberships.schemas.ts';
import type {
  CreatePairingBody,
  EndPairingBody,
  PairingDetail as PairingDetailSchema,
  PairingEventView,
  PairingListQuery,
  PairingView,
  UpdatePairingBody,
} from '../../../../../server/src/modules/cooperation/pairings/pairings.schemas.ts';

export type OrganizationSummary = OrganizationSummarySchema;
export type CooperationFile = CooperationFileView;

export type Pairing = PairingView;
export type PairingDetail = PairingDetailSchema;
export type PairingSchool = Pairing['schools'][number];
export type PairingSide = Pairing['sides'][number];
export type PairingPermissions = Pairing['permissions'];
export type PairingEvent = Static<typeof PairingEventView>;
export type PairingFilter = PairingListQuery;
export type PairingProposal = CreatePairingBody;
export type PairingChanges = UpdatePairingBody;
export type PairingEnd = EndPairingBody;

export type Exchange = ExchangeView;
/** A page of the exchange log: its total is counted only so far (`totalIsLowerBound`). */
export type ExchangePage = Static<typeof ExchangePageSchema>;
export type ExchangeLink = NonNullable<Exchange['belongsTo']>;
export type ExchangeParticipant = Exchange['participants'][number];
export type ExchangeFilter = ExchangeListQuery;
export type ExchangeInput = Omit<CreateExchangeBody, 'clientKey'>;
export type NewExchange = CreateExchangeBody;
export type ExchangeChanges = UpdateExchangeBody;

export type Agreement = AgreementView;
export type AgreementParty = Agreement['parties'][number];
export type AgreementFilter = AgreementListQuery;
export type NewAgreement = CreateAgreementBody;
export type AgreementChanges = UpdateAgreementBody;

export type Community = CommunityView;
export type CommunityDetail = CommunityDetailSchema;
export type CommunityFilter = CommunityListQuery;
export type NewCommunity = CreateCommunityBody;
export type CommunityChanges = UpdateCommunityBody;

export type Alliance = AllianceView;
export type AllianceDetail = AllianceDetailSchema;
export type AllianceFilter = AllianceListQuery;
export type NewAlliance = CreateAllianceBody;
export type AllianceChanges = UpdateAllianceBody;
export type NewAllianceMember = AddAllianceMemberBody;

export type Membership = MembershipView;
export type JoinRequest = JoinRequestBody;
export type Leaving = LeaveBody;

export type {
  PartnerSearchQuery as PartnerFilter,
  PartnerSearchResult as PartnerResults,
  PartnerSuggestion,
  ProfileView as Profile,
  UpdateProfileBody as ProfileChanges,
} from '../../../../../server/src/modules/cooperation/partner-finder/partner-finder.schemas.ts';
export type { ImportResult } from '../../../../../server/src/modules/cooperation/import/import.schemas.ts';
export type { ImportKindName as ImportKind } from '../../../../../server/src/modules/cooperation/import/import.kind.ts';
