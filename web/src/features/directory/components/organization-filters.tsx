import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS, OWNERSHIPS, STAGES } from '../../../../../common/directory.ts';
import type { OrganizationFilter } from '../api/get-organizations.ts';
import { RegionSelect } from './region-select.tsx';

interface OrganizationFiltersProps {
  filter: OrganizationFilter;
  onChange: (change: Partial<OrganizationFilter>) => void;
  /** On phones the region tree does not fit beside the list; a region picker takes its place. */
  showRegion: boolean;
}

export function OrganizationFilters({ filter, onChange, showRegion }: OrganizationFiltersProps) {
  const { t } = useTranslation();
  const field = { flex: '1 1 140px', minWidth: 0 };
  return (
    <Flex gap={8} wrap>
      {showRegion && (
        <div style={{ flex: '1 1 100%' }}>
          <RegionSelect value={filter.regionId} onChange={(regionId) => onChange({ regionId })} />
        </div>
      )}
      <Input.Search
        key={filter.q ?? ''}
        defaultValue={filter.q}
        allowClear
        placeholder={t('directory.searchOrganization')}
        aria-label={t('directory.searchOrganization')}
        onSearch={(q) => onChange({ q: q.trim() || undefined })}
        style={{ flex: '1 1 100%', minWidth: 0 }}
      />
      <Select
        allowClear
        placeholder={t('directory.kind')}
        aria-label={t('directory.kind')}
        value={filter.kind}
        onChange={(kind) => onChange({ kind })}
        options={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        style={field}
      />
      <Select
        allowClear
        placeholder={t('directory.stage')}
        aria-label={t('directory.stage')}
        value={filter.stage}
        onChange={(stage) => onChange({ stage })}
        options={STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) }))}
        style={field}
      />
      <Select
        allowClear
        placeholder={t('directory.ownership')}
        aria-label={t('directory.ownership')}
        value={filter.ownership}
        onChange={(ownership) => onChange({ ownership })}
        options={OWNERSHIPS.map((ownership) => ({ value: ownership, label: t(`ownership.${ownership}`) }))}
        style={field}
      />
    </Flex>
  );
}
