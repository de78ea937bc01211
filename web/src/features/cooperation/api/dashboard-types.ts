/**
 * Shapes of the cooperation dashboard API, derived from the server's route schemas (type-only imports,
 * erased from the bundle).
 */
import type {
  ACTIVITY_LEVELS,
  DashboardDataset as DashboardDatasetSchema,
  DashboardExportQuery,
  DashboardQuery,
  DashboardView,
  MapQuery,
  MapView,
} from '../../../../../server/src/modules/cooperation/dashboard/dashboard.schemas.ts';

export type DashboardData = DashboardView;
export type DashboardFilter = DashboardQuery;
export type DashboardExportFilter = DashboardExportQuery;
export type DashboardDataset = DashboardDatasetSchema;
export type MapData = MapView;
export type MapFilter = MapQuery;
export type MapSchool = MapView['schools'][number];
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];
export type DormantPairing = DashboardView['dormant'][number];
export type SchoolActivity = DashboardView['topSchools'][number];
export type Totals = DashboardView['totals'];
