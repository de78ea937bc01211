import type { Region } from '../../../types/api.ts';

export interface RegionOption {
  value: string;
  title: string;
  children?: RegionOption[];
}

/** Regions arrive parents first; a region whose parent is missing becomes a root. */
export function regionOptions(regions: readonly Region[], name: (zh: string, en: string) => string): RegionOption[] {
  const nodes = new Map(regions.map((r) => [r.id, { value: r.id, title: name(r.nameZh, r.nameEn), children: [] as RegionOption[] }]));
  const roots: RegionOption[] = [];
  for (const region of regions) {
    const node = nodes.get(region.id)!;
    const parent = region.parentId ? nodes.get(region.parentId) : undefined;
    (parent ? parent.children! : roots).push(node);
  }
  const prune = (list: RegionOption[]): RegionOption[] =>
    list.map((node) => (node.children && node.children.length > 0 ? { ...node, children: prune(node.children) } : { value: node.value, title: node.title }));
  return prune(roots);
}
