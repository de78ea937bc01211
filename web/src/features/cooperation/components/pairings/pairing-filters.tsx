import { Checkbox, Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { PAIRING_STATUSES } from '../../../../../../common/cooperation.ts';
import type { PairingListView } from '../../logic/pairing-filter.ts';
import { RegionSelect } from '../region-select.tsx';

interface PairingFiltersProps {
  view: PairingListView;
  onChange: (change: Partial<PairingListView>) => void;
}

export function PairingFilters({ view, onChange }: PairingFiltersProps) {
  const { t } = useTranslation();
  const field = { flex: '1 1 160px', minWidth: 0 };
  return (
    <Flex gap={8} wrap align="center">
      <Select
        allowClear
        placeholder={t('cooperation.pairings.status')}
        aria-label={t('cooperation.pairings.status')}
        value={view.status}
        onChange={(status) => onChange({ status })}
        options={PAIRING_STATUSES.map((status) => ({ value: status, label: t(`cooperation.pairingStatuses.${status}`) }))}
        style={field}
      />
      <InputNumber
        min={1}
        max={999}
        precision={0}
        placeholder={t('cooperation.pairings.batch')}
        aria-label={t('cooperation.pairings.batch')}
        value={view.batch ?? null}
        onChange={(batch) => onChange({ batch: typeof batch === 'number' ? batch : undefined })}
        style={field}
      />
      <div style={{ ...field, flex: '2 1 220px' }}>
        <RegionSelect value={view.regionId} onChange={(regionId) => onChange({ regionId })} />
      </div>
      <Checkbox checked={view.awaitingMe ?? false} onChange={(e) => onChange({ awaitingMe: e.target.checked || undefined })}>
        {t('cooperation.pairings.awaitingMe')}
      </Checkbox>
    </Flex>
  );
}
