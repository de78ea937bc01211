import { Type, type Static } from 'typebox';
import { Id, Nullable, StrictObject } from '../../../platform/http/schemas.ts';
import { MonthString, OrganizationSummary } from '../cooperation.schemas.ts';

/** Whose dashboard: a region (a bureau's jurisdiction) or, with no regionId, the caller's own scope. */
export const DashboardQuery = StrictObject({
  regionId: Type.Optional(Id),
  /** First and last month counted; the last 36 months by default. */
  from: Type.Optional(MonthString),
  to: Type.Optional(MonthString),
  /** A pairing without an exchange for this many months is dormant. */
  dormantMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, default: 6 })),
  /** How many schools the most and least active lists hold. */
  top: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
});
export type DashboardQuery = Static<typeof DashboardQuery>;

export const DashboardScope = Type.Object({
  /** null: the whole network (platform admins and coordination bodies). */
  regionId: Nullable(Type.String()),
  nameZh: Type.String(),
  nameEn: Type.String(),
});

const SchoolRef = Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String() });

export const DashboardTotals = Type.Object({
  agreementsInForce: Type.Integer(),
  /** Signed agreements of any status but draft. */
  agreements: Type.Integer(),
  pairingsActive: Type.Integer(),
  pairingsEnded: Type.Integer(),
  communities: Type.Integer(),
  alliances: Type.Integer(),
  /** Schools of the scope in an active pairing, community or alliance, or with an exchange in the period. */
  schoolsInvolved: Type.Integer(),
  /** In the period. */
  exchanges: Type.Integer(),
  participants: Type.Integer(),
});

export const PeriodCounts = {
  exchanges: Type.Integer(),
  participants: Type.Integer(),
  /** Pairings that started (by their start date). */
  newPairings: Type.Integer(),
  /** Agreements signed. */
  newAgreements: Type.Integer(),
};
export const MonthCounts = Type.Object({ month: Type.String(), ...PeriodCounts });
export const YearCounts = Type.Object({ year: Type.Integer(), ...PeriodCounts });

export const BatchCounts = Type.Object({ batch: Nullable(Type.Integer()), active: Type.Integer(), ended: Type.Integer() });

export const DormantPairing = Type.Object({
  pairingId: Type.String(),
  batch: Nullable(Type.Integer()),
  schools: Type.Array(SchoolRef),
  startsOn: Type.String(),
  /** null: no exchange logged yet. */
  lastExchangeOn: Nullable(Type.String()),
});

export const SchoolActivity = Type.Object({ school: OrganizationSummary, exchanges: Type.Integer(), participants: Type.Integer() });

export const DashboardView = Type.Object({
  scope: DashboardScope,
  period: Type.Object({ from: Type.String(), to: Type.String() }),
  totals: DashboardTotals,
  pairingsByBatch: Type.Array(BatchCounts),
  monthly: Type.Array(MonthCounts),
  yearly: Type.Array(YearCounts),
  dormantMonths: Type.Integer(),
  /** Active pairings without an exchange for dormantMonths months. */
  dormantCount: Type.Integer(),
  /** The longest quiet of them, at most 100. */
  dormant: Type.Array(DormantPairing),
  topSchools: Type.Array(SchoolActivity),
  leastActiveSchools: Type.Array(SchoolActivity),
});
export type DashboardView = Static<typeof DashboardView>;

export const MapQuery = StrictObject({
  regionId: Type.Optional(Id),
  /** Activity is counted over this many months up to now. */
  months: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, default: 12 })),
  dormantMonths: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, default: 6 })),
});
export type MapQuery = Static<typeof MapQuery>;

export const ACTIVITY_LEVELS = ['none', 'low', 'medium', 'high'] as const;

export const MapSchool = Type.Object({
  ...OrganizationSummary.properties,
  /** In the dashboard's scope; partners outside it are shown without their activity. */
  inScope: Type.Boolean(),
  exchanges: Nullable(Type.Integer()),
  activity: Nullable(Type.Enum(ACTIVITY_LEVELS)),
});

export const MapPairing = Type.Object({
  id: Type.String(),
  batch: Nullable(Type.Integer()),
  schoolIds: Type.Array(Type.String()),
  dormant: Type.Boolean(),
});

export const MapView = Type.Object({
  scope: DashboardScope,
  months: Type.Integer(),
  schools: Type.Array(MapSchool),
  pairings: Type.Array(MapPairing),
  /** Online tile layers configured (MAP_TILE_URLS), served at ./tiles/:layer/:z/:x/:y; 0: the offline outlines only. */
  tileLayers: Type.Integer(),
});
export type MapView = Static<typeof MapView>;
/** The map's figures, whatever the tiles under them. */
export type MapFigures = Omit<MapView, 'tileLayers'>;

/** A lon/lat tile (the world 2^z tiles wide and 2^(z-1) high, as Tianditu's "c" tile matrix set). */
export const TileParams = StrictObject({
  layer: Type.Integer({ minimum: 0, maximum: 7 }),
  z: Type.Integer({ minimum: 1, maximum: 18 }),
  x: Type.Integer({ minimum: 0, maximum: 2 ** 18 - 1 }),
  y: Type.Integer({ minimum: 0, maximum: 2 ** 17 - 1 }),
});

export const DASHBOARD_DATASETS = [
  'totals',
  'batches',
  'monthly',
  'yearly',
  'dormant',
  'top_schools',
  'least_active_schools',
  'map_schools',
  'map_pairings',
] as const;
export type DashboardDataset = (typeof DASHBOARD_DATASETS)[number];

/** One dataset, or every one (a sheet each). */
export const DashboardExportQuery = StrictObject({
  ...DashboardQuery.properties,
  dataset: Type.Optional(Type.Enum(DASHBOARD_DATASETS)),
  months: Type.Optional(Type.Integer({ minimum: 1, maximum: 36, default: 12 })),
});
export type DashboardExportQuery = Static<typeof DashboardExportQuery>;
