import { PlusOutlined } from '@ant-design/icons';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useCanAccess } from '../../../lib/access.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { usePolicies } from '../api/get-policies.ts';
import { PolicyFilters } from '../components/policy-filters.tsx';
import { PolicyTable } from '../components/policy-table.tsx';
import { usePolicyFilter } from '../components/use-policy-filter.ts';

/** 招生政策: the district's drafts and every published policy, filtered by year, grade and status. */
export function PoliciesRoute() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const canCreate = useCanAccess('enrollmentPolicyCreate');
  const { filter, update } = usePolicyFilter();
  const policies = usePolicies(filter);

  return (
    <>
      <PageHeader
        title={t('enrollmentPolicies.title')}
        subtitle={t('enrollmentPolicies.subtitle')}
        extra={
          canCreate && (
            <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.enrollmentPolicies.newPolicy.getHref()}>
              {t('enrollmentPolicies.newPolicy')}
            </ButtonLink>
          )
        }
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <PolicyFilters filter={filter} onChange={update} />
          {policies.isError ? (
            <QueryError error={policies.error} onRetry={() => void policies.refetch()} />
          ) : (
            <PolicyTable
              items={policies.data?.items}
              total={policies.data?.total ?? 0}
              loading={policies.isFetching}
              page={filter.page}
              pageSize={filter.pageSize}
              onPage={(page, pageSize) => update({ page, pageSize })}
              compact={isMobile}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
