import { Card, Flex, Segmented, Select, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { APPEAL_STATUSES, type AppealStatus } from '../../../../../common/enrollment-application.ts';
import { paths } from '../../../app/paths.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useIsMobile } from '../../../lib/use-is-mobile.ts';
import { useAppeals } from '../api/get-appeals.ts';
import { useReviewPolicies } from '../api/get-review-policies.ts';
import type { AppealItem } from '../api/review-types.ts';
import { APPEAL_STATUS_COLORS } from '../components/labels.ts';
import { useAppealFilter } from '../components/use-appeal-filter.ts';
import { DataTable } from '../../../components/data-table.tsx';

/** 复核: appeals against rejections, open ones first; each is decided by a reviewer other than the one who rejected. */
export function AppealsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const isMobile = useIsMobile();
  const { filter, update } = useAppealFilter();
  const appeals = useAppeals(filter);
  const policies = useReviewPolicies();

  const status = (a: AppealItem) => <Tag color={APPEAL_STATUS_COLORS[a.status]}>{t(`enrollmentReview.appealStatuses.${a.status}`)}</Tag>;
  const action = (a: AppealItem) => (
    <Link to={a.canDecide ? paths.enrollmentReview.appeal.getHref(a.applicationId) : paths.enrollmentReview.application.getHref(a.applicationId)}>
      {a.canDecide ? t('enrollmentReview.appeal.decide') : t('enrollmentReview.appeal.view')}
    </Link>
  );
  const reference: TableColumnsType<AppealItem>[number] = {
    title: t('enrollmentReview.reference'),
    key: 'reference',
    render: (_, a) => (
      <Flex vertical gap={2}>
        <Link to={paths.enrollmentReview.application.getHref(a.applicationId)} style={{ fontFamily: 'monospace' }}>
          {a.reference}
        </Link>
        {isMobile && (
          <>
            <Flex gap={4} wrap align="center">
              {status(a)} {a.childNameMasked}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('enrollmentReview.appeal.filedAt')} {format.dateTime(a.filedAt)} · {t('enrollmentReview.appeal.evidenceCount', { count: a.evidenceCount })}
            </Typography.Text>
            {action(a)}
          </>
        )}
      </Flex>
    ),
  };
  const columns: TableColumnsType<AppealItem> = isMobile
    ? [reference]
    : [
        reference,
        { title: t('enrollmentReview.child'), key: 'child', dataIndex: 'childNameMasked' },
        { title: t('enrollmentReview.appeal.filedAt'), key: 'filed', render: (_, a) => format.dateTime(a.filedAt) },
        { title: t('enrollmentReview.appeal.evidence'), key: 'evidence', align: 'right', render: (_, a) => format.number(a.evidenceCount) },
        { title: t('enrollmentReview.status'), key: 'status', render: (_, a) => status(a) },
        { title: t('common.actions'), key: 'action', render: (_, a) => action(a) },
      ];

  return (
    <>
      <PageHeader
        title={t('enrollmentReview.appeal.listTitle')}
        subtitle={t('enrollmentReview.appeal.listSubtitle')}
        backTo={paths.enrollmentReview.inbox.getHref()}
      />
      <Card size="small">
        <Flex vertical gap={12}>
          <Flex gap={8} wrap>
            <Segmented<AppealStatus | 'all'>
              value={filter.status ?? 'all'}
              onChange={(value) => update({ status: value === 'all' ? undefined : value })}
              options={[
                ...APPEAL_STATUSES.map((s) => ({ value: s, label: t(`enrollmentReview.appealStatuses.${s}`) })),
                { value: 'all' as const, label: t('common.all') },
              ]}
            />
            <Select
              allowClear
              placeholder={t('enrollmentReview.filters.policy')}
              aria-label={t('enrollmentReview.filters.policy')}
              value={filter.policyId}
              onChange={(policyId?: string) => update({ policyId })}
              options={(policies.data ?? []).map((p) => ({ value: p.id, label: format.name(p.titleZh, p.titleEn) }))}
              style={{ flex: '1 1 240px', minWidth: 0 }}
              popupMatchSelectWidth={false}
            />
          </Flex>
          {appeals.isError ? (
            <QueryError error={appeals.error} onRetry={() => void appeals.refetch()} />
          ) : (
            <DataTable<AppealItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={appeals.data?.items}
              loading={appeals.isFetching}
              showHeader={!isMobile}
              scroll={isMobile ? undefined : { x: 'max-content' }}
              compact={isMobile}
              paging={{
                page: filter.page,
                pageSize: filter.pageSize,
                total: appeals.data?.total ?? 0,
                onPage: (page) => update({ page }),
                pageSizeOptions: false,
              }}
            />
          )}
        </Flex>
      </Card>
    </>
  );
}
