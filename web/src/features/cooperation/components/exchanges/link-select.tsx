import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import { useAlliances } from '../../api/get-alliances.ts';
import { useCommunities } from '../../api/get-communities.ts';
import { usePairings } from '../../api/get-pairings.ts';
import type { LinkType } from '../../logic/exchange-form-values.ts';

interface LinkSelectProps {
  type: LinkType;
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
}

/** The active pairing, community or alliance an exchange belongs to (those the caller can see). */
export function LinkSelect({ type, value, onChange, id }: LinkSelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pairings = usePairings({ status: 'active', pageSize: 200 }, type === 'pairing');
  const communities = useCommunities({ pageSize: 200 }, type === 'community');
  const alliances = useAlliances({ pageSize: 200 }, type === 'alliance');
  const options =
    type === 'pairing'
      ? (pairings.data?.items ?? []).map((p) => ({ value: p.id, label: p.schools.map((s) => format.name(s.nameZh, s.nameEn)).join(' ⇄ ') }))
      : type === 'community'
        ? (communities.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))
        : (alliances.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }));
  const loading = type === 'pairing' ? pairings.isFetching : type === 'community' ? communities.isFetching : alliances.isFetching;
  return (
    <Select
      id={id}
      value={value}
      onChange={(next?: string) => onChange?.(next)}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={loading}
      options={options}
      placeholder={t(`cooperation.exchanges.choose.${type}`)}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
