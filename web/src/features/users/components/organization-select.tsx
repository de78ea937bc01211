import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useFormat } from '../../../lib/format.ts';
import { useOrganizationOptions, type GrantScope } from '../api/search-organizations.ts';

interface OrganizationSelectProps {
  scope: GrantScope;
  value?: string | null;
  onChange?: (organizationId: string | null) => void;
  id?: string;
}

/** Searchable organization picker for role grants: the server searches, the list shows region and kind. */
export function OrganizationSelect({ scope, value, onChange, id }: OrganizationSelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const options = useOrganizationOptions(scope, q);
  // Labels of organizations seen before, so the chosen one keeps its name when a new search replaces the list.
  const labels = useRef(new Map<string, string>());
  const items = (options.data ?? []).map((o) => {
    const label = `${format.name(o.nameZh, o.nameEn)} · ${format.name(o.regionNameZh, o.regionNameEn)}`;
    labels.current.set(o.id, label);
    return { value: o.id, label };
  });
  if (value && !items.some((item) => item.value === value)) items.unshift({ value, label: labels.current.get(value) ?? value });

  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={options.isFetching}
      options={items}
      placeholder={scope === 'school' ? t('users.chooseSchool') : t('users.chooseBureau')}
      notFoundContent={options.isFetching ? t('common.loading') : t('common.noMatch')}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
