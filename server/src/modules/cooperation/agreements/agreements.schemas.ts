import { Type, type Static } from 'typebox';
import { AGREEMENT_STATUSES } from '../../../../../common/cooperation.ts';
import { Id, Nullable, Page, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';
import { ClientKey, CooperationFileView, DateString, FocusAreas, OrganizationSummary, Version } from '../cooperation.schemas.ts';

export const AgreementStatusSchema = Type.Enum(AGREEMENT_STATUSES);
const Title = Type.String({ minLength: 2, maxLength: 200 });
const Scope = Type.String({ minLength: 1, maxLength: 5000 });

export const AgreementPartyView = Type.Object({ ...OrganizationSummary.properties, confirmedAt: Nullable(Type.String()) });

export const AgreementView = Type.Object({
  id: Type.String(),
  title: Type.String(),
  scope: Nullable(Type.String()),
  focusAreas: FocusAreas,
  signedOn: Nullable(Type.String()),
  startsOn: Nullable(Type.String()),
  endsOn: Nullable(Type.String()),
  status: AgreementStatusSchema,
  parties: Type.Array(AgreementPartyView),
  /** The signed text (PDF). */
  document: Nullable(CooperationFileView),
  /** Pairings made under it. */
  pairingCount: Type.Integer(),
  inForceAt: Nullable(Type.String()),
  endedAt: Nullable(Type.String()),
  endReason: Nullable(Type.String()),
  permissions: Type.Object({
    canUpdate: Type.Boolean(),
    canDelete: Type.Boolean(),
    canConfirm: Type.Boolean(),
    canEnd: Type.Boolean(),
    canUploadDocument: Type.Boolean(),
  }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type AgreementView = Static<typeof AgreementView>;
export const AgreementPage = Page(AgreementView);

export const AgreementListQuery = StrictObject({
  ...PageQuery,
  status: Type.Optional(AgreementStatusSchema),
  /** Agreements this organization is a party to. */
  organizationId: Type.Optional(Id),
  /** Agreements with a party in this region or below. */
  regionId: Type.Optional(Id),
});
export type AgreementListQuery = Static<typeof AgreementListQuery>;

const agreementFields = {
  title: Title,
  /** Two or more bureaus, bodies or schools. */
  partyOrganizationIds: Type.Array(Id, { minItems: 2, maxItems: 20, uniqueItems: true }),
  scope: Type.Optional(Nullable(Scope)),
  focusAreas: FocusAreas,
  signedOn: Type.Optional(Nullable(DateString)),
  startsOn: Type.Optional(Nullable(DateString)),
  /** The end of the term; none for an open-ended agreement. */
  endsOn: Type.Optional(Nullable(DateString)),
};

export const CreateAgreementBody = StrictObject({ ...agreementFields, clientKey: Type.Optional(ClientKey) });
export type CreateAgreementBody = Static<typeof CreateAgreementBody>;

/** Drafts only; any change withdraws the parties' confirmations. */
export const UpdateAgreementBody = StrictObject({ ...agreementFields, version: Version });
export type UpdateAgreementBody = Static<typeof UpdateAgreementBody>;
export type AgreementInput = Omit<CreateAgreementBody, 'clientKey'>;

/** Confirming is binding: with no signed PDF attached, the party states that there is none. */
export const ConfirmAgreementBody = StrictObject({
  version: Version,
  /** "This agreement has no signed document": required when no PDF is attached. */
  withoutDocument: Type.Optional(Type.Boolean()),
});
export type ConfirmAgreementBody = Static<typeof ConfirmAgreementBody>;
