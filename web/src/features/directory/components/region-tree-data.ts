import type { Region } from '../../../types/api.ts';

export interface RegionNode {
  region: Region;
  children: RegionNode[];
}

/** Regions arrive parents first; a region whose parent is missing becomes a root. */
export function buildRegionTree(regions: readonly Region[]): RegionNode[] {
  const nodes = new Map(regions.map((region) => [region.id, { region, children: [] as RegionNode[] }]));
  const roots: RegionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.region.parentId ? nodes.get(node.region.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The ids of regions that match `text` (either name or the division code) and of all their ancestors. */
export function matchRegions(regions: readonly Region[], text: string): { matches: Set<string>; visible: Set<string> } {
  const needle = text.trim().toLowerCase();
  const byId = new Map(regions.map((r) => [r.id, r]));
  const matches = new Set<string>();
  const visible = new Set<string>();
  if (!needle) return { matches, visible };
  for (const region of regions) {
    const hit = [region.nameZh, region.nameEn, region.divisionCode ?? ''].some((value) => value.toLowerCase().includes(needle));
    if (!hit) continue;
    matches.add(region.id);
    for (let r: Region | undefined = region; r; r = r.parentId ? byId.get(r.parentId) : undefined) visible.add(r.id);
  }
  return { matches, visible };
}
