import { Type, type Static } from 'typebox';
import { ALLOCATION_RUN_KINDS, APPLICATION_STATUSES, OFFER_STATUSES, PLACEMENT_KINDS } from '../../../../../common/enrollment-application.ts';
import { Id, Nullable, PageQuery, StrictObject } from '../../../platform/http/schemas.ts';

/** Allocation rounds: 1 is the main run, later rounds fill seats that were declined or expired. */
export const Round = Type.Integer({ minimum: 1, maximum: 20 });
export const RoundBody = StrictObject({ round: Round });
export type RoundBody = Static<typeof RoundBody>;

export const SeedView = Type.Object({
  round: Type.Integer(),
  /** 64 hex characters drawn by the server when the bureau publishes it; never changes afterwards. */
  seed: Type.String(),
  publishedAt: Type.String(),
});
export type SeedView = Static<typeof SeedView>;

const SchoolName = { schoolId: Type.String(), schoolNameZh: Type.String(), schoolNameEn: Type.String() };

export const SchoolOutcomeView = Type.Object({
  ...SchoolName,
  /** Seats this run could fill (in later rounds: the seats still free). */
  seats: Type.Integer(),
  placed: Type.Integer(),
  /** Points of the last admitted when the school filled; null when a seat stayed free. */
  cutoffPoints: Nullable(Type.Number()),
  /** That applicant's lottery ticket: decides between equal points. */
  cutoffLotteryTicket: Nullable(Type.String()),
});
export type SchoolOutcomeView = Static<typeof SchoolOutcomeView>;

const runFields = {
  id: Type.String(),
  policyId: Type.String(),
  round: Type.Integer(),
  kind: Type.Enum(ALLOCATION_RUN_KINDS),
  seed: Type.String(),
  /** SHA-256 of the canonical input (applicant references, points, preferences, seats, seed). */
  inputHash: Type.String(),
  /** SHA-256 of the canonical result (every applicant's school in priority order). */
  resultHash: Type.String(),
  applicantCount: Type.Integer(),
  placedCount: Type.Integer(),
  unplacedCount: Type.Integer(),
  runByName: Type.String(),
  runAt: Type.String(),
  schools: Type.Array(SchoolOutcomeView),
};
export const RunView = Type.Object(runFields);
export type RunView = Static<typeof RunView>;

export const FinalRunView = Type.Object({ ...runFields, offerDeadline: Type.String() });
export type FinalRunView = Static<typeof FinalRunView>;

export const RunList = Type.Object({ seeds: Type.Array(SeedView), items: Type.Array(RunView) });
export type RunList = Static<typeof RunList>;

/** What anyone may check: the published seeds, the final runs with their hashes and each school's cut-off. */
export const PublicAllocation = Type.Object({
  policyId: Type.String(),
  titleZh: Type.String(),
  titleEn: Type.String(),
  /** How a lottery ticket is computed, so that anyone can recompute theirs. */
  ticketRule: Type.String(),
  seeds: Type.Array(SeedView),
  finalRuns: Type.Array(
    Type.Object({
      round: Type.Integer(),
      seed: Type.String(),
      inputHash: Type.String(),
      resultHash: Type.String(),
      applicantCount: Type.Integer(),
      placedCount: Type.Integer(),
      unplacedCount: Type.Integer(),
      runByName: Type.String(),
      runAt: Type.String(),
      schools: Type.Array(SchoolOutcomeView),
    }),
  ),
});
export type PublicAllocation = Static<typeof PublicAllocation>;

export const UnplacedQuery = StrictObject({ ...PageQuery });
export type UnplacedQuery = Static<typeof UnplacedQuery>;

export const FreeSeatsView = Type.Object({ ...SchoolName, seats: Type.Integer(), taken: Type.Integer(), free: Type.Integer() });

export const UnplacedList = Type.Object({
  items: Type.Array(
    Type.Object({
      applicationId: Type.String(),
      reference: Type.String(),
      childNameMasked: Type.String(),
      routeCode: Type.String(),
      points: Type.Number(),
      preferences: Type.Array(Type.Object({ rank: Type.Integer(), ...SchoolName })),
      version: Type.Integer(),
    }),
  ),
  total: Type.Integer(),
  /** The designated schools and their free seats, for choosing where to place. */
  schools: Type.Array(FreeSeatsView),
});
export type UnplacedList = Static<typeof UnplacedList>;

export const PlacementBody = StrictObject({ schoolId: Id, version: Type.Integer({ minimum: 1 }) });
export type PlacementBody = Static<typeof PlacementBody>;

export const AcceptOfferBody = StrictObject({ version: Type.Integer({ minimum: 1 }) });
export type AcceptOfferBody = Static<typeof AcceptOfferBody>;
export const DeclineOfferBody = StrictObject({ version: Type.Integer({ minimum: 1 }), reason: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }) });
export type DeclineOfferBody = Static<typeof DeclineOfferBody>;

export const OfferView = Type.Object({
  id: Type.String(),
  ...SchoolName,
  round: Type.Integer(),
  /** The preference it fills (1 = first choice); null for a manual placement outside the preferences. */
  preferenceRank: Nullable(Type.Integer()),
  status: Type.Enum(OFFER_STATUSES),
  deadline: Type.String(),
  declineReason: Nullable(Type.String()),
  respondedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type OfferView = Static<typeof OfferView>;

/** The application after a placement or an answer to its offer. */
export const OfferOutcome = Type.Object({
  applicationId: Type.String(),
  status: Type.Enum(APPLICATION_STATUSES),
  version: Type.Integer(),
  placementKind: Nullable(Type.Enum(PLACEMENT_KINDS)),
  offer: OfferView,
});
export type OfferOutcome = Static<typeof OfferOutcome>;

export const AllocationExplanation = Type.Object({
  applicationId: Type.String(),
  reference: Type.String(),
  status: Type.Enum(APPLICATION_STATUSES),
  /** The final run explained: the latest round this application took part in. */
  round: Type.Integer(),
  runAt: Type.String(),
  seed: Type.String(),
  resultHash: Type.String(),
  points: Type.Number(),
  /** SHA-256(seed + ":" + reference): among equal points the smaller ticket is served first. */
  lotteryTicket: Type.String(),
  preferences: Type.Array(
    Type.Object({
      rank: Type.Integer(),
      ...SchoolName,
      seats: Type.Integer(),
      cutoffPoints: Nullable(Type.Number()),
      cutoffLotteryTicket: Nullable(Type.String()),
      /**
       * admitted: the school they got; below_cutoff: filled with applicants of more points;
       * full_tie_lost_lottery: the last seat went to equal points with a smaller ticket;
       * no_seats: no seat to give in this round; not_reached: a school ranked higher admitted them.
       */
      outcome: Type.Enum(['admitted', 'below_cutoff', 'full_tie_lost_lottery', 'no_seats', 'not_reached'] as const),
    }),
  ),
  /** The school the run gave; null when it found no seat among the preferences. */
  allocated: Nullable(Type.Object(SchoolName)),
  /** Where the application stands now (a manual placement may follow an unplaced run). */
  placement: Nullable(Type.Object({ ...SchoolName, kind: Type.Enum(PLACEMENT_KINDS), round: Type.Integer() })),
});
export type AllocationExplanation = Static<typeof AllocationExplanation>;
