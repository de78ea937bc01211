import type { Locale } from '../../../../common/locales.ts';
import type { RegionRow } from './directory.repository.ts';
import type { Problem } from './school-file.messages.ts';
import { listOf } from './school-file.messages.ts';

export interface RegionRef {
  id: string;
  path: string;
  nameZh: string;
  nameEn: string;
}

/** Finds the region a file cell names, and names a region so that the file reads back to the same one. */
export type RegionMatch = { value: RegionRef } | { problem: Problem };

export interface RegionDirectory {
  find(text: string, locale: Locale): RegionMatch;
  label(regionId: string, locale: Locale): string;
}

const keyOf = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const nameOf = (region: RegionRef, locale: Locale): string => (locale === 'zh-CN' ? region.nameZh : region.nameEn);

/** A cell may hold a region's id, its division code, or its Chinese or English name. */
export function buildRegionDirectory(rows: readonly RegionRow[]): RegionDirectory {
  const byKey = new Map<string, RegionRef[]>();
  const byId = new Map<string, RegionRef>();
  for (const row of rows) {
    const region: RegionRef = { id: row.id, path: row.path, nameZh: row.name_zh, nameEn: row.name_en };
    byId.set(row.id, region);
    for (const key of new Set([row.id, row.division_code, row.name_zh, row.name_en].filter((k): k is string => !!k).map(keyOf))) {
      byKey.set(key, [...(byKey.get(key) ?? []), region]);
    }
  }

  return {
    find(text, locale): RegionMatch {
      const matches = byKey.get(keyOf(text)) ?? [];
      if (matches.length === 1) return { value: matches[0]! };
      if (matches.length === 0) return { problem: { key: 'regionUnknown', params: { value: text } } };
      const candidates = listOf(
        locale,
        matches.map((region) => `${nameOf(region, locale)} ${region.id}`),
      );
      return { problem: { key: 'regionAmbiguous', params: { value: text, candidates } } };
    },
    // The name people read, unless another region shares it: then the id, which never is ambiguous.
    label(regionId, locale) {
      const region = byId.get(regionId);
      if (!region) return regionId;
      const name = nameOf(region, locale);
      return byKey.get(keyOf(name))?.length === 1 ? name : region.id;
    },
  };
}
