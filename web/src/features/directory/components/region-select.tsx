import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useRegions } from '../api/get-regions.ts';
import { buildRegionTree, type RegionNode } from './region-tree-data.ts';

interface RegionSelectProps {
  value?: string;
  onChange?: (regionId: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  id?: string;
}

interface RegionOption {
  value: string;
  title: string;
  children?: RegionOption[];
}

/** Region picker for forms and filters (and for the list on phones, where the tree does not fit). */
export function RegionSelect({ value, onChange, placeholder, allowClear = true, id }: RegionSelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useRegions();
  const treeData = useMemo(() => {
    const toOptions = (nodes: RegionNode[]): RegionOption[] =>
      nodes.map((node) => ({
        value: node.region.id,
        title: format.name(node.region.nameZh, node.region.nameEn),
        children: node.children.length > 0 ? toOptions(node.children) : undefined,
      }));
    return toOptions(buildRegionTree(regions.data ?? []));
    // Rebuilt when the data or the language changes (one formatter object per language).
  }, [regions.data, format]);
  const label = placeholder ?? t('directory.allRegions');
  return (
    <TreeSelect
      id={id}
      // In a form the field's label names it (through id); as a filter, its placeholder does.
      aria-label={id ? undefined : label}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear={allowClear}
      loading={regions.isPending}
      value={value}
      onChange={(next?: string) => onChange?.(next ?? undefined)}
      treeData={treeData}
      placeholder={label}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
