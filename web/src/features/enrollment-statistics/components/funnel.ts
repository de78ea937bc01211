import type { Grant } from '../../../types/api.ts';
import type { FunnelCounts } from '../api/get-statistics.ts';
import type { StatisticsPolicy } from '../api/get-statistics-policies.ts';

/** applied → verified → placed → enrolled (common/enrollment-application.ts FUNNEL_STAGES). */
export const FUNNEL_STAGES = ['applied', 'verified', 'placed', 'enrolled'] as const satisfies readonly (keyof FunnelCounts)[];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStep {
  stage: FunnelStage;
  count: number;
  /** Share of the applications, 0–1 (the bar's width). */
  ofApplied: number;
  /** Share of the previous stage, 0–1; null for the first stage. */
  ofPrevious: number | null;
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The funnel's steps. The counts are cumulative (a placed application was verified too), so each share is ≤ 1. */
export function funnelSteps(counts: FunnelCounts): FunnelStep[] {
  return FUNNEL_STAGES.map((stage, i) => ({
    stage,
    count: counts[stage],
    ofApplied: ratio(counts[stage], counts.applied),
    ofPrevious: i === 0 ? null : ratio(counts[stage], counts[FUNNEL_STAGES[i - 1]!]),
  }));
}

/** '83%' / '83.3%': whole percent unless that would hide a small share entirely. */
export function formatShare(share: number, locale: string): string {
  const digits = share > 0 && share < 0.01 ? 1 : 0;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/**
 * Policies whose statistics the caller may read: all for a platform admin; otherwise those of a bureau or
 * region the caller holds a bureau role in, and those the server says they may edit (a city bureau above the
 * district). The server answers 403 to anything else.
 */
export function policiesInJurisdiction(policies: readonly StatisticsPolicy[], grants: readonly Grant[]): StatisticsPolicy[] {
  if (grants.some((g) => g.role === 'platform_admin')) return [...policies];
  const bureau = grants.filter((g) => g.role === 'bureau_admin' || g.role === 'bureau_reviewer');
  return policies.filter((p) => p.canEdit || bureau.some((g) => g.organizationId === p.bureauId || g.regionId === p.hostRegionId));
}

/** The school years to filter by, newest first, from the policies on offer. */
export const schoolYearsOf = (policies: readonly StatisticsPolicy[]): number[] => [...new Set(policies.map((p) => p.schoolYear))].sort((a, b) => b - a);
