import { Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useAllocationPolicies, type AllocationPolicy } from '../api/get-allocation-policies.ts';
import { isAllocatable, sortPolicies } from '../components/allocatable-policies.ts';
import { PolicyStatusTag } from '../components/policy-status-tag.tsx';

/** 派位与统筹: the host bureau's published policies, each leading to its allocation page. */
export function AllocationPoliciesRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const { grants } = useCurrentUser();
  const policies = useAllocationPolicies();
  const items = sortPolicies((policies.data ?? []).filter((p) => isAllocatable(p, grants)));

  const title: TableColumnsType<AllocationPolicy>[number] = {
    title: t('enrollmentAllocation.policy'),
    key: 'title',
    render: (_, p) => (
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        <Link to={paths.enrollmentAllocation.policy.getHref(p.id)}>{format.name(p.titleZh, p.titleEn)}</Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[format.name(p.hostRegionNameZh, p.hostRegionNameEn), t(`grades.${p.entryGrade}`), isMobile && t(`enrollmentAllocation.policyStatuses.${p.status}`)]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
      </Flex>
    ),
  };
  const columns: TableColumnsType<AllocationPolicy> = isMobile
    ? [title]
    : [
        title,
        { title: t('enrollmentAllocation.schoolYear'), key: 'year', render: (_, p) => p.schoolYear },
        { title: t('enrollmentAllocation.status'), key: 'status', render: (_, p) => <PolicyStatusTag status={p.status} /> },
        { title: t('enrollmentAllocation.window'), key: 'window', render: (_, p) => `${format.date(p.windowOpensAt)} – ${format.date(p.windowClosesAt)}` },
        {
          title: t('common.actions'),
          key: 'open',
          render: (_, p) => <Link to={paths.enrollmentAllocation.policy.getHref(p.id)}>{t('enrollmentAllocation.open')}</Link>,
        },
      ];

  return (
    <>
      <PageHeader title={t('enrollmentAllocation.title')} subtitle={t('enrollmentAllocation.subtitle')} />
      <Card size="small">
        {policies.isError ? (
          <QueryError error={policies.error} onRetry={() => void policies.refetch()} />
        ) : (
          <Table<AllocationPolicy>
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={policies.isPending}
            showHeader={!isMobile}
            pagination={false}
            scroll={isMobile ? undefined : { x: 'max-content' }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enrollmentAllocation.policiesEmpty')} /> }}
          />
        )}
      </Card>
    </>
  );
}
