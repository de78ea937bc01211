import { TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useRegions } from '../api/get-regions.ts';
import { regionOptions } from '../logic/region-options.ts';

interface RegionSelectProps {
  value?: string;
  onChange?: (regionId: string | undefined) => void;
  placeholder?: string;
  id?: string;
  style?: CSSProperties;
}

/** Region picker for the cooperation filters: a tree of provinces, cities and districts, searchable by name. */
export function RegionSelect({ value, onChange, placeholder, id, style }: RegionSelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useRegions();
  // Rebuilt when the data or the language changes (one formatter object per language).
  const treeData = useMemo(() => regionOptions(regions.data ?? [], format.name), [regions.data, format]);
  return (
    <TreeSelect
      id={id}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      loading={regions.isPending}
      value={value}
      onChange={(next?: string) => onChange?.(next ?? undefined)}
      treeData={treeData}
      placeholder={placeholder ?? t('cooperation.common.allRegions')}
      aria-label={placeholder ?? t('cooperation.common.region')}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
