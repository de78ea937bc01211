import { Select } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../../../../common/directory.ts';
import { useFormat } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useOrganizationSearch } from '../api/search-organizations.ts';

/** An organization already known by name (e.g. from the record being edited), so it shows before any search. */
export interface KnownOrganization {
  id: string;
  nameZh: string;
  nameEn: string;
  regionNameZh: string;
  regionNameEn: string;
}

interface PickerBase {
  kinds?: readonly OrganizationKind[];
  known?: readonly KnownOrganization[];
  /** Never offered (e.g. the host among the partners). */
  exclude?: readonly string[];
  placeholder?: string;
  id?: string;
  disabled?: boolean;
}

type OrganizationPickerProps =
  | (PickerBase & { multiple?: false; value?: string | null; onChange?: (id: string | undefined) => void })
  | (PickerBase & { multiple: true; value?: string[]; onChange?: (ids: string[]) => void });

/** Searchable organization picker: the directory searches, each option shows its region. */
export function OrganizationPicker(props: OrganizationPickerProps) {
  const { kinds, known = [], exclude = [], placeholder, id, disabled } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const options = useOrganizationSearch({ kinds, q });
  // Labels of organizations seen before, so a chosen one keeps its name when a new search replaces the list.
  const labels = useRef(new Map<string, string>());
  const label = (o: KnownOrganization) => [format.name(o.nameZh, o.nameEn), format.name(o.regionNameZh, o.regionNameEn)].filter(Boolean).join(' · ');
  for (const o of known) labels.current.set(o.id, label(o));
  const items = (options.data ?? [])
    .filter((o) => !exclude.includes(o.id))
    .map((o) => {
      labels.current.set(o.id, label(o));
      return { value: o.id, label: label(o) };
    });
  const chosen = props.multiple ? (props.value ?? []) : props.value ? [props.value] : [];
  for (const value of chosen) if (!items.some((item) => item.value === value)) items.unshift({ value, label: labels.current.get(value) ?? value });

  const common = {
    id,
    disabled,
    showSearch: { filterOption: false, onSearch: setSearch },
    loading: options.isFetching,
    options: items,
    placeholder: placeholder ?? t('cooperation.common.chooseOrganization'),
    notFoundContent: options.isFetching ? t('common.loading') : t('common.noMatch'),
    style: { width: '100%' },
    popupMatchSelectWidth: false,
  } as const;
  return props.multiple ? (
    <Select {...common} mode="multiple" value={props.value} onChange={(next: string[]) => props.onChange?.(next)} />
  ) : (
    <Select {...common} allowClear value={props.value ?? undefined} onChange={(next?: string) => props.onChange?.(next ?? undefined)} />
  );
}
