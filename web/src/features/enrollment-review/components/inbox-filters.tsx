import { Checkbox, Flex, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { useOriginRegions } from '../api/get-origin-regions.ts';
import { useReviewPolicies } from '../api/get-review-policies.ts';
import { useReviewPolicy } from '../api/get-review-policy.ts';
import { useSchool } from '../api/get-school.ts';
import { originPrefixOf } from './origin.ts';
import { needsSchoolLookup, schoolOptions } from './school-options.ts';
import type { InboxView } from './use-inbox-filter.ts';

interface InboxFiltersProps {
  view: InboxView;
  onChange: (change: Partial<InboxView>) => void;
}

/** Policy, then its routes and designated schools; the applicant's origin; how long they have waited; a missed supplement deadline. */
export function InboxFilters({ view, onChange }: InboxFiltersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const policies = useReviewPolicies();
  const policy = useReviewPolicy(view.policyId);
  const regions = useOriginRegions();
  const designated = policy.data?.schools;
  const school = useSchool(
    needsSchoolLookup(
      view.schoolId,
      view.policyId,
      designated?.map((s) => s.schoolId),
    )
      ? view.schoolId
      : undefined,
  );
  const [originSearch, setOriginSearch] = useState('');
  const field = { flex: '1 1 160px', minWidth: 0 };

  const originOptions = (regions.data ?? []).flatMap((r) => {
    const prefix = originPrefixOf(r);
    return prefix ? [{ value: prefix, label: `${format.name(r.nameZh, r.nameEn)} (${prefix})` }] : [];
  });
  // Families come from everywhere: a province or city the directory does not know is given by its code.
  const typed = originSearch.trim();
  if (/^[1-8]\d(\d\d)?$/.test(typed) && !originOptions.some((o) => o.value === typed)) {
    originOptions.unshift({ value: typed, label: t('enrollmentReview.originCode', { code: typed }) });
  }
  if (view.origin && !originOptions.some((o) => o.value === view.origin)) originOptions.unshift({ value: view.origin, label: view.origin });

  return (
    <Flex gap={8} wrap>
      <Select
        allowClear
        placeholder={t('enrollmentReview.filters.policy')}
        aria-label={t('enrollmentReview.filters.policy')}
        value={view.policyId}
        onChange={(policyId?: string) => onChange({ policyId })}
        loading={policies.isPending}
        options={(policies.data ?? []).map((p) => ({ value: p.id, label: format.name(p.titleZh, p.titleEn) }))}
        style={{ flex: '2 1 260px', minWidth: 0 }}
        popupMatchSelectWidth={false}
      />
      <Select
        allowClear
        disabled={!view.policyId}
        placeholder={t('enrollmentReview.filters.route')}
        aria-label={t('enrollmentReview.filters.route')}
        value={view.routeCode}
        onChange={(routeCode?: string) => onChange({ routeCode })}
        options={(policy.data?.routes ?? []).map((r) => ({ value: r.code, label: format.name(r.nameZh, r.nameEn) }))}
        style={field}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        // Without a policy there is nothing to choose from, but a school given by the address can be cleared.
        disabled={!view.policyId && !view.schoolId}
        placeholder={t('enrollmentReview.filters.school')}
        aria-label={t('enrollmentReview.filters.school')}
        value={view.schoolId}
        onChange={(schoolId?: string) => onChange({ schoolId })}
        options={schoolOptions({
          designated: designated ?? [],
          selectedId: view.schoolId,
          selected: school.isError ? null : school.data,
          name: format.name,
          labels: { loading: t('common.loading'), unknown: t('enrollmentReview.filters.unknownSchool') },
        })}
        style={field}
        popupMatchSelectWidth={false}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label', onSearch: setOriginSearch }}
        placeholder={t('enrollmentReview.filters.origin')}
        aria-label={t('enrollmentReview.filters.origin')}
        value={view.origin}
        onChange={(origin?: string) => {
          setOriginSearch('');
          onChange({ origin });
        }}
        options={originOptions}
        style={field}
        popupMatchSelectWidth={false}
      />
      <InputNumber
        key={view.waitingDaysMin ?? 'any'}
        defaultValue={view.waitingDaysMin}
        min={0}
        max={3650}
        precision={0}
        prefix={t('enrollmentReview.filters.waitingAtLeast')}
        suffix={t('enrollmentReview.days')}
        aria-label={t('enrollmentReview.filters.waiting')}
        onBlur={(e) => {
          const days = e.target.value === '' ? undefined : Number(e.target.value);
          if (days !== view.waitingDaysMin) onChange({ waitingDaysMin: days !== undefined && Number.isInteger(days) && days >= 0 ? days : undefined });
        }}
        onPressEnter={(e) => (e.target as HTMLInputElement).blur()}
        style={field}
      />
      <Checkbox
        checked={view.supplementOverdue === true}
        onChange={(e) => onChange({ supplementOverdue: e.target.checked ? true : undefined })}
        style={{ alignSelf: 'center' }}
      >
        {t('enrollmentReview.filters.supplementOverdue')}
      </Checkbox>
    </Flex>
  );
}
