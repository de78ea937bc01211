import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EXCHANGE_KINDS } from '../../../../../../common/cooperation.ts';
import type { ExchangeListView } from '../../logic/exchange-filter.ts';
import { RegionSelect } from '../region-select.tsx';

interface ExchangeFiltersProps {
  view: ExchangeListView;
  onChange: (change: Partial<ExchangeListView>) => void;
}

export function ExchangeFilters({ view, onChange }: ExchangeFiltersProps) {
  const { t } = useTranslation();
  const field = { flex: '1 1 160px', minWidth: 0 };
  return (
    <Flex gap={8} wrap>
      <Select
        allowClear
        placeholder={t('cooperation.exchanges.kind')}
        aria-label={t('cooperation.exchanges.kind')}
        value={view.kind}
        onChange={(kind) => onChange({ kind })}
        options={EXCHANGE_KINDS.map((kind) => ({ value: kind, label: t(`cooperation.exchangeKinds.${kind}`) }))}
        style={field}
      />
      <DatePicker.RangePicker
        aria-label={t('cooperation.exchanges.period')}
        value={[view.from ? dayjs(view.from) : null, view.to ? dayjs(view.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) => onChange({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        style={{ ...field, flex: '2 1 240px' }}
      />
      <div style={{ ...field, flex: '2 1 200px' }}>
        <RegionSelect value={view.regionId} onChange={(regionId) => onChange({ regionId })} />
      </div>
    </Flex>
  );
}
