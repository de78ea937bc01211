import { Type, type Static } from 'typebox';
import { EXCHANGE_KINDS } from '../../../../../common/cooperation.ts';
import { Id, Nullable, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';
import { ClientKey, CooperationFileView, DateString, OrganizationSummary, Version } from '../cooperation.schemas.ts';

export const ExchangeKindSchema = Type.Enum(EXCHANGE_KINDS);
const Title = Type.String({ minLength: 2, maxLength: 120 });
const Summary = Type.String({ minLength: 1, maxLength: 5000 });
const ParticipantCount = Type.Integer({ minimum: 0, maximum: 100000 });

/** The pairing, community or alliance an exchange belongs to. */
export const ExchangeLinkView = Type.Object({
  type: Type.Enum(['pairing', 'community', 'alliance'] as const),
  id: Type.String(),
  /** The community's or alliance's name; for a pairing its schools' names joined. */
  nameZh: Type.String(),
  nameEn: Type.String(),
});

export const ParticipantView = Type.Object({
  userId: Type.String(),
  displayName: Type.String(),
  /** The organization the person took part for. */
  organizationId: Type.String(),
});

export const ExchangeView = Type.Object({
  id: Type.String(),
  kind: ExchangeKindSchema,
  title: Type.String(),
  occurredOn: Type.String(),
  host: OrganizationSummary,
  partners: Type.Array(OrganizationSummary),
  belongsTo: Nullable(ExchangeLinkView),
  participantCount: Type.Integer(),
  participants: Type.Array(ParticipantView),
  summary: Nullable(Type.String()),
  files: Type.Array(CooperationFileView),
  permissions: Type.Object({ canUpdate: Type.Boolean(), canDelete: Type.Boolean() }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type ExchangeView = Static<typeof ExchangeView>;
export const ExchangePage = Type.Object({
  items: Type.Array(ExchangeView),
  /** Exchanges that match, counted up to EXCHANGE_COUNT_LIMIT: a province's log runs to hundreds of thousands. */
  total: Type.Integer(),
  /** True when there are more than `total`. */
  totalIsLowerBound: Type.Boolean(),
});

export const ExchangeListQuery = StrictObject({
  ...PageQuery,
  kind: Type.Optional(ExchangeKindSchema),
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
  /** Exchanges this organization hosted or joined. */
  organizationId: Type.Optional(Id),
  /** Exchanges with an organization in this region or below. */
  regionId: Type.Optional(Id),
  pairingId: Type.Optional(Id),
  communityId: Type.Optional(Id),
  allianceId: Type.Optional(Id),
});
export type ExchangeListQuery = Static<typeof ExchangeListQuery>;

const exchangeFields = {
  kind: ExchangeKindSchema,
  title: Title,
  occurredOn: DateString,
  hostOrganizationId: Id,
  partnerOrganizationIds: Type.Array(Id, { minItems: 1, maxItems: 30, uniqueItems: true }),
  /** At most one of the three. */
  pairingId: Type.Optional(Nullable(Id)),
  communityId: Type.Optional(Nullable(Id)),
  allianceId: Type.Optional(Nullable(Id)),
  participantCount: ParticipantCount,
  /** Named participants: staff of the exchange's organizations. */
  participantUserIds: Type.Optional(Type.Array(Id, { maxItems: 200, uniqueItems: true })),
  summary: Type.Optional(Nullable(Summary)),
};

export const CreateExchangeBody = StrictObject({ ...exchangeFields, clientKey: Type.Optional(ClientKey) });
export type CreateExchangeBody = Static<typeof CreateExchangeBody>;

export const UpdateExchangeBody = StrictObject({ ...exchangeFields, version: Version });
export type UpdateExchangeBody = Static<typeof UpdateExchangeBody>;
export type ExchangeInput = Omit<CreateExchangeBody, 'clientKey'>;

/** Whom an exchange among these organizations may name: their staff, by name. */
export const ParticipantSearchQuery = StrictObject({
  organizationIds: Type.Array(Id, { minItems: 1, maxItems: 20, uniqueItems: true }),
  q: Type.Optional(Type.String({ maxLength: 50 })),
});
export type ParticipantSearchQuery = Static<typeof ParticipantSearchQuery>;

export const ParticipantCandidate = Type.Object({
  userId: Type.String(),
  displayName: Type.String(),
  organizationId: Type.String(),
  organizationNameZh: Type.String(),
  organizationNameEn: Nullable(Type.String()),
});
export const ParticipantCandidates = Type.Object({ items: Type.Array(ParticipantCandidate) });
export type ParticipantCandidates = Static<typeof ParticipantCandidates>;
