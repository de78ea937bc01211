import { Card, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import type { Grant } from '../../../types/api.ts';
import { useBureauSearch } from '../api/search-bureaus.ts';

interface BureauFieldProps {
  /** The bureaus the person administers (their bureau_admin grants). */
  grants: readonly Grant[];
  /** A platform admin chooses any bureau. */
  isPlatformAdmin: boolean;
  value: string | undefined;
  onChange: (bureauId: string) => void;
}

/** Whose policy a new draft is: the host district follows from the bureau, and cannot change later. */
export function BureauField({ grants, isPlatformAdmin, value, onChange }: BureauFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const found = useBureauSearch(q, isPlatformAdmin);
  const own = grants.flatMap((g) => (g.organizationId ? [{ value: g.organizationId, label: format.name(g.organizationNameZh, g.organizationNameEn) }] : []));
  const options = isPlatformAdmin ? (found.data?.items ?? []).map((o) => ({ value: o.id, label: format.name(o.nameZh, o.nameEn) })) : own;

  return (
    <Card title={t('enrollmentPolicies.fields.bureau')} size="small">
      {own.length === 1 && !isPlatformAdmin ? (
        <Typography.Text strong>{own[0]!.label}</Typography.Text>
      ) : (
        <Select
          value={value}
          onChange={onChange}
          options={options}
          showSearch={isPlatformAdmin ? { filterOption: false, onSearch: setSearch } : undefined}
          loading={found.isFetching}
          placeholder={t('enrollmentPolicies.chooseBureau')}
          aria-label={t('enrollmentPolicies.fields.bureau')}
          style={{ width: '100%' }}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        {t('enrollmentPolicies.hints.bureau')}
      </Typography.Paragraph>
    </Card>
  );
}
