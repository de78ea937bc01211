import { Type, type Static } from 'typebox';
import { Id, Nullable, StrictObject } from '../../../platform/http/schemas.ts';

export const StatisticsQuery = StrictObject({
  policyId: Type.Optional(Id),
  schoolYear: Type.Optional(Type.Integer({ minimum: 2020, maximum: 2100 })),
  /** A host region inside the caller's jurisdiction (a municipality looking at one district). */
  regionId: Type.Optional(Id),
});
export type StatisticsQuery = Static<typeof StatisticsQuery>;

/** Cumulative: verified counts those placed and enrolled too, placed those enrolled. */
export const FunnelCounts = Type.Object({ applied: Type.Integer(), verified: Type.Integer(), placed: Type.Integer(), enrolled: Type.Integer() });
export type FunnelCounts = Static<typeof FunnelCounts>;

export const FunnelRow = Type.Object({
  /** Region id, GB/T 2260 prefix (2 digits for a province, 4 for a city), school id or grade; null: not placed (schools). */
  key: Nullable(Type.String()),
  /** From the regions or the directory; null where the platform does not know the place. */
  nameZh: Nullable(Type.String()),
  nameEn: Nullable(Type.String()),
  ...FunnelCounts.properties,
});
export type FunnelRow = Static<typeof FunnelRow>;

export const STATISTICS_GROUPS = ['hostDistrict', 'originProvince', 'originCity', 'school', 'grade'] as const;
export type StatisticsGroup = (typeof STATISTICS_GROUPS)[number];

export const Statistics = Type.Object({
  totals: FunnelCounts,
  hostDistrict: Type.Array(FunnelRow),
  originProvince: Type.Array(FunnelRow),
  originCity: Type.Array(FunnelRow),
  school: Type.Array(FunnelRow),
  grade: Type.Array(FunnelRow),
});
export type Statistics = Static<typeof Statistics>;

/** The .xlsx download, for the OpenAPI document. */
export const xlsxResponse = {
  description: 'The statistics as an .xlsx attachment',
  content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } } },
};
