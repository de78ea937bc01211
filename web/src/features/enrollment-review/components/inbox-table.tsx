import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../app/paths.ts';
import { useFormat } from '../../../lib/format.ts';
import { AWAITING_REVIEW } from '../../../../../common/enrollment-application.ts';
import type { Region } from '../../../types/api.ts';
import type { InboxItem } from '../api/review-types.ts';
import { LONG_WAIT_DAYS, STATUS_COLORS } from './labels.ts';
import { originRegionOf } from './origin.ts';
import { DataTable } from '../../../components/data-table.tsx';

interface InboxTableProps {
  items: InboxItem[] | undefined;
  total: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  regions: readonly Region[];
  /** Phones: one column, the facts under the reference. */
  compact: boolean;
}

/** The inbox, longest waiting first (the server's order). */
export function InboxTable({ items, total, loading, page, pageSize, onPage, regions, compact }: InboxTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const origin = (code: string) => {
    const region = originRegionOf(code, regions);
    return region ? format.name(region.nameZh, region.nameEn) : code;
  };
  const status = (a: InboxItem) => <Tag color={STATUS_COLORS[a.status]}>{t(`enrollmentReview.statuses.${a.status}`)}</Tag>;
  // Only an application in front of the reviewers is waiting: a decided one is not.
  const isWaiting = (a: InboxItem): a is InboxItem & { waitingDays: number } => a.waitingDays !== null && AWAITING_REVIEW.includes(a.status);
  const waiting = (a: InboxItem) =>
    !isWaiting(a) ? (
      '—'
    ) : (
      <Typography.Text type={a.waitingDays >= LONG_WAIT_DAYS ? 'danger' : undefined}>{t('enrollmentReview.nDays', { count: a.waitingDays })}</Typography.Text>
    );
  const points = (a: InboxItem) => (a.pointsVerified === null ? format.number(a.pointsDeclared) : `${format.number(a.pointsVerified)} ✓`);
  const reference: TableColumnsType<InboxItem>[number] = {
    title: t('enrollmentReview.reference'),
    key: 'reference',
    render: (_, a) => (
      <Flex vertical gap={2}>
        <Link to={paths.enrollmentReview.application.getHref(a.id)} style={{ fontFamily: 'monospace' }}>
          {a.reference}
        </Link>
        {compact && (
          <>
            <Flex gap={4} wrap align="center">
              {status(a)}
              {a.childNameMasked}
              {a.isAssisted && <Tag>{t('enrollmentReview.assisted')}</Tag>}
              {a.supplementOverdue && <Tag color="warning">{t('enrollmentReview.supplementOverdue')}</Tag>}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[format.name(a.routeNameZh, a.routeNameEn), origin(a.originDivisionCode), `${t('enrollmentReview.pointsColumn')} ${points(a)}`].join(' · ')}
            </Typography.Text>
            {isWaiting(a) && (
              <span style={{ fontSize: 12 }}>
                {t('enrollmentReview.waiting')} {waiting(a)}
              </span>
            )}
          </>
        )}
      </Flex>
    ),
  };
  const columns: TableColumnsType<InboxItem> = compact
    ? [reference]
    : [
        reference,
        {
          title: t('enrollmentReview.child'),
          key: 'child',
          render: (_, a) => (
            <Flex gap={4} align="center">
              {a.childNameMasked}
              {a.isAssisted && <Tag>{t('enrollmentReview.assisted')}</Tag>}
              {a.supplementOverdue && <Tag color="warning">{t('enrollmentReview.supplementOverdue')}</Tag>}
            </Flex>
          ),
        },
        { title: t('enrollmentReview.route'), key: 'route', render: (_, a) => format.name(a.routeNameZh, a.routeNameEn) },
        { title: t('enrollmentReview.origin'), key: 'origin', render: (_, a) => origin(a.originDivisionCode) },
        { title: t('enrollmentReview.status'), key: 'status', render: (_, a) => status(a) },
        { title: t('enrollmentReview.submittedAt'), key: 'submittedAt', render: (_, a) => (a.submittedAt ? format.dateTime(a.submittedAt) : '—') },
        {
          title: t('enrollmentReview.waiting'),
          key: 'waiting',
          // The server's order; shown so the reviewer knows the oldest come first.
          sortOrder: 'descend',
          sorter: true,
          showSorterTooltip: { title: t('enrollmentReview.longestFirst') },
          render: (_, a) => waiting(a),
        },
        { title: t('enrollmentReview.pointsColumn'), key: 'points', align: 'right', render: (_, a) => points(a) },
      ];
  return (
    <DataTable<InboxItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={compact ? undefined : { x: 'max-content' }}
      showHeader={!compact}
      compact={compact}
      paging={{ page, pageSize, total, onPage }}
    />
  );
}
