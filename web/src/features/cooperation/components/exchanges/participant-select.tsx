import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import { useDebouncedValue } from '../../../../lib/use-debounced-value.ts';
import { useStaffSearch } from '../../api/search-staff.ts';
import type { ExchangeParticipant } from '../../api/cooperation-types.ts';

interface ParticipantSelectProps {
  value?: string[];
  onChange?: (ids: string[]) => void;
  known?: readonly ExchangeParticipant[];
  id?: string;
}

/** Named participants: staff the caller manages (the server checks each works at one of the exchange's organizations). */
export function ParticipantSelect({ value, onChange, known = [], id }: ParticipantSelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const staff = useStaffSearch(q, true);
  const labels = useRef(new Map<string, string>());
  for (const p of known) labels.current.set(p.userId, p.displayName);
  const options = (staff.data?.items ?? []).map((u) => {
    const grant = u.grants.find((g) => g.organizationNameZh);
    const place = grant ? format.name(grant.organizationNameZh, grant.organizationNameEn) : null;
    const label = place ? `${u.displayName} · ${place}` : u.displayName;
    labels.current.set(u.id, label);
    return { value: u.id, label };
  });
  for (const v of value ?? []) if (!options.some((o) => o.value === v)) options.unshift({ value: v, label: labels.current.get(v) ?? v });
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={(next: string[]) => onChange?.(next)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={staff.isFetching}
      options={options}
      placeholder={t('cooperation.exchanges.searchPeople')}
      notFoundContent={staff.isFetching ? t('common.loading') : t('common.noMatch')}
      style={{ width: '100%' }}
    />
  );
}
