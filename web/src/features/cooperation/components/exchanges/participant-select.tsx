import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import { useDebouncedValue } from '../../../../lib/use-debounced-value.ts';
import { useParticipantSearch } from '../../api/search-participants.ts';
import type { ExchangeParticipant } from '../../api/cooperation-types.ts';

interface ParticipantSelectProps {
  value?: string[];
  onChange?: (ids: string[]) => void;
  known?: readonly ExchangeParticipant[];
  /** The exchange's host and partners: whose staff may be named. */
  organizationIds: string[];
  id?: string;
}

/** Named participants: staff of the exchange's organizations, the partners' included (the server checks each one). */
export function ParticipantSelect({ value, onChange, known = [], organizationIds, id }: ParticipantSelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const staff = useParticipantSearch(organizationIds, q);
  const labels = useRef(new Map<string, string>());
  for (const p of known) labels.current.set(p.userId, p.displayName);
  const options = (staff.data?.items ?? []).map((u) => {
    const label = `${u.displayName} · ${format.name(u.organizationNameZh, u.organizationNameEn)}`;
    labels.current.set(u.userId, label);
    return { value: u.userId, label };
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
      disabled={organizationIds.length === 0}
      placeholder={t('cooperation.exchanges.searchPeople')}
      notFoundContent={staff.isFetching ? t('common.loading') : t('common.noMatch')}
      style={{ width: '100%' }}
    />
  );
}
