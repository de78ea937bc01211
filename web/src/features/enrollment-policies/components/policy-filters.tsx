import { Flex, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRADES } from '../../../../../common/directory.ts';
import { POLICY_STATUSES } from '../../../../../common/enrollment.ts';
import type { PolicyFilter } from '../api/policy-types.ts';

interface PolicyFiltersProps {
  filter: PolicyFilter;
  onChange: (change: Partial<PolicyFilter>) => void;
}

export function PolicyFilters({ filter, onChange }: PolicyFiltersProps) {
  const { t } = useTranslation();
  const field = { flex: '1 1 140px', minWidth: 0 };
  return (
    <Flex gap={8} wrap>
      <InputNumber
        key={filter.schoolYear ?? 'any'}
        defaultValue={filter.schoolYear}
        min={2020}
        max={2100}
        precision={0}
        placeholder={t('enrollmentPolicies.fields.schoolYear')}
        aria-label={t('enrollmentPolicies.fields.schoolYear')}
        onBlur={(e) => {
          const year = Number(e.target.value);
          onChange({ schoolYear: e.target.value && year >= 2020 && year <= 2100 ? year : undefined });
        }}
        onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
        style={field}
      />
      <Select
        allowClear
        placeholder={t('enrollmentPolicies.fields.entryGrade')}
        aria-label={t('enrollmentPolicies.fields.entryGrade')}
        value={filter.entryGrade}
        onChange={(entryGrade) => onChange({ entryGrade })}
        options={GRADES.map((g) => ({ value: g, label: t(`grades.${g}`) }))}
        style={field}
      />
      <Select
        allowClear
        placeholder={t('enrollmentPolicies.fields.status')}
        aria-label={t('enrollmentPolicies.fields.status')}
        value={filter.status}
        onChange={(status) => onChange({ status })}
        options={POLICY_STATUSES.map((s) => ({ value: s, label: t(`enrollmentPolicies.statuses.${s}`) }))}
        style={field}
      />
    </Flex>
  );
}
