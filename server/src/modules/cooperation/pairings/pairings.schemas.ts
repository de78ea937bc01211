import { Type, type Static } from 'typebox';
import { PAIRING_EVENT_KINDS, PAIRING_STATUSES } from '../../../../../common/cooperation.ts';
import { Id, Nullable, Page, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';
import { DateString, FocusAreas, OrganizationSummary, Reason, Version } from '../cooperation.schemas.ts';

export const PairingStatusSchema = Type.Enum(PAIRING_STATUSES);
const Batch = Type.Integer({ minimum: 1, maximum: 999 });
const Description = Type.String({ minLength: 1, maxLength: 2000 });

/** One school of a pairing; the proposer has accepted from the start. */
export const PairingSchoolView = Type.Object({
  ...OrganizationSummary.properties,
  isProposer: Type.Boolean(),
  acceptedAt: Nullable(Type.String()),
});

/** One side: a region of the pairing's schools, approved by a bureau whose jurisdiction covers it. */
export const PairingSideView = Type.Object({
  regionId: Type.String(),
  regionNameZh: Type.String(),
  regionNameEn: Type.String(),
  approvedAt: Nullable(Type.String()),
  /** The bureau that approved this side. */
  approvedByBureau: Nullable(Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() })),
});

/** What the caller may do now (the web shows these buttons). */
export const PairingPermissions = Type.Object({
  canUpdate: Type.Boolean(),
  canAccept: Type.Boolean(),
  canDecline: Type.Boolean(),
  canWithdraw: Type.Boolean(),
  canApprove: Type.Boolean(),
  canReject: Type.Boolean(),
  canEnd: Type.Boolean(),
});

export const PairingView = Type.Object({
  id: Type.String(),
  batch: Nullable(Type.Integer()),
  focusAreas: FocusAreas,
  agreement: Nullable(Type.Object({ id: Type.String(), title: Type.String() })),
  startsOn: Type.String(),
  endsOn: Nullable(Type.String()),
  description: Nullable(Type.String()),
  status: PairingStatusSchema,
  proposerSchoolId: Type.String(),
  schools: Type.Array(PairingSchoolView),
  sides: Type.Array(PairingSideView),
  /** Why it was declined or rejected. */
  decisionReason: Nullable(Type.String()),
  activatedAt: Nullable(Type.String()),
  endedAt: Nullable(Type.String()),
  endReason: Nullable(Type.String()),
  /** The day of the latest exchange logged for it. */
  lastExchangeOn: Nullable(Type.String()),
  exchangeCount: Type.Integer(),
  /** False for staff outside the pairing: its description, reasons and history are left out (null, empty). */
  detailsVisible: Type.Boolean(),
  permissions: PairingPermissions,
  createdAt: Type.String(),
  updatedAt: Type.String(),
  version: Type.Integer(),
});
export type PairingView = Static<typeof PairingView>;

export const PairingEventView = Type.Object({
  at: Type.String(),
  kind: Type.Enum(PAIRING_EVENT_KINDS),
  fromStatus: Nullable(PairingStatusSchema),
  toStatus: Nullable(PairingStatusSchema),
  /** The school or bureau that acted. */
  organization: Nullable(Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() })),
  /** A region (side) or a reason. */
  regionId: Nullable(Type.String()),
  reason: Nullable(Type.String()),
});

export const PairingDetail = Type.Object({ ...PairingView.properties, events: Type.Array(PairingEventView) });
export type PairingDetail = Static<typeof PairingDetail>;

export const PairingPage = Page(PairingView);

export const PairingListQuery = StrictObject({
  ...PageQuery,
  status: Type.Optional(PairingStatusSchema),
  batch: Type.Optional(Batch),
  /** Pairings with this school. */
  schoolId: Type.Optional(Id),
  /** Pairings with a school in this region or below. */
  regionId: Type.Optional(Id),
  /** Only those waiting for the caller: partner schools to accept, bureaus to approve. */
  awaitingMe: Type.Optional(Type.Boolean()),
});
export type PairingListQuery = Static<typeof PairingListQuery>;

/** A proposal, sent by the proposing school's admin (from the partner finder, for example). */
export const CreatePairingBody = StrictObject({
  proposerSchoolId: Id,
  partnerSchoolIds: Type.Array(Id, { minItems: 1, maxItems: 9, uniqueItems: true }),
  batch: Type.Optional(Nullable(Batch)),
  focusAreas: FocusAreas,
  agreementId: Type.Optional(Nullable(Id)),
  startsOn: DateString,
  endsOn: Type.Optional(Nullable(DateString)),
  description: Type.Optional(Nullable(Description)),
});
export type CreatePairingBody = Static<typeof CreatePairingBody>;

/** The schools cannot change: a different set of schools is a different proposal. */
export const UpdatePairingBody = StrictObject({
  batch: Nullable(Batch),
  focusAreas: FocusAreas,
  agreementId: Nullable(Id),
  startsOn: DateString,
  endsOn: Nullable(DateString),
  description: Nullable(Description),
  version: Version,
});
export type UpdatePairingBody = Static<typeof UpdatePairingBody>;

/** A bureau approves one side; the side may be left out when the caller covers exactly one pending side. */
export const ApprovePairingBody = StrictObject({ regionId: Type.Optional(Id), version: Version });
export type ApprovePairingBody = Static<typeof ApprovePairingBody>;

export const RejectPairingBody = StrictObject({ reason: Reason, version: Version });
export type RejectPairingBody = Static<typeof RejectPairingBody>;

export const WithdrawPairingBody = StrictObject({ reason: Type.Optional(Reason), version: Version });
export type WithdrawPairingBody = Static<typeof WithdrawPairingBody>;

export const EndPairingBody = StrictObject({ reason: Reason, endsOn: Type.Optional(DateString), version: Version });
export type EndPairingBody = Static<typeof EndPairingBody>;
