import { AuditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../app/paths.ts';
import { ButtonLink } from '../../../components/button-link.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useInbox } from '../api/get-inbox.ts';
import { useOriginRegions } from '../api/get-origin-regions.ts';
import { InboxFilters } from '../components/inbox-filters.tsx';
import { InboxTable } from '../components/inbox-table.tsx';
import { StatusTabs } from '../components/status-tabs.tsx';
import { useInboxFilter } from '../components/use-inbox-filter.ts';

/** 入学审核: the host district's applications by status, longest waiting first. */
export function InboxRoute() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const { view, query, update } = useInboxFilter();
  const inbox = useInbox(query);
  const regions = useOriginRegions();

  return (
    <>
      <PageHeader
        title={t('enrollmentReview.title')}
        subtitle={t('enrollmentReview.subtitle')}
        extra={
          <>
            <ButtonLink icon={<AuditOutlined aria-hidden />} to={paths.enrollmentReview.appeals.getHref()}>
              {t('enrollmentReview.appeals')}
            </ButtonLink>
            <ButtonLink type="primary" icon={<UserAddOutlined aria-hidden />} to={paths.enrollmentReview.assistedFiling.getHref()}>
              {t('enrollmentReview.assistedFiling')}
            </ButtonLink>
          </>
        }
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <InboxFilters view={view} onChange={update} />
          <StatusTabs status={view.status} counts={inbox.data?.counts} onChange={(status) => update({ status })} />
          {inbox.isError ? (
            <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />
          ) : (
            <InboxTable
              items={inbox.data?.items}
              total={inbox.data?.total ?? 0}
              loading={inbox.isFetching}
              page={view.page}
              pageSize={view.pageSize}
              onPage={(page, pageSize) => update({ page, pageSize })}
              regions={regions.data ?? []}
              compact={isMobile}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
