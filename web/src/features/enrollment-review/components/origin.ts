import type { Region } from '../../../types/api.ts';

/** The prefix that names a region as an origin: 2 digits for a province or municipality, 4 for a city. */
export const originPrefixOf = (region: Pick<Region, 'level' | 'divisionCode'>): string | null =>
  region.divisionCode ? region.divisionCode.slice(0, region.level === 'city' ? 4 : 2) : null;

/**
 * The most precise known region a child's hukou division code lies in (city before province), or null.
 * '510104' → 成都市 when the directory has it, else 四川省.
 */
export function originRegionOf<R extends Pick<Region, 'level' | 'divisionCode'>>(code: string, regions: readonly R[]): R | null {
  const matches = regions.filter((r) => {
    const prefix = originPrefixOf(r);
    return prefix !== null && code.startsWith(prefix);
  });
  return matches.sort((a, b) => (originPrefixOf(b)?.length ?? 0) - (originPrefixOf(a)?.length ?? 0))[0] ?? null;
}
