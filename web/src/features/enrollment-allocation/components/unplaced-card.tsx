import { Alert, Button, Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/query-states.tsx';
import { useFormat } from '../../../lib/format.ts';
import { useUnplaced, type UnplacedApplication } from '../api/get-unplaced.ts';
import { PlaceDialog } from './place-dialog.tsx';
import { totalFreeSeats } from './placement-options.ts';
import { DataTable } from '../../../components/data-table.tsx';

interface UnplacedCardProps {
  policyId: string;
  /** Route code → its name in the UI's language. */
  routeName: (code: string) => string;
  canPlace: boolean;
  compact: boolean;
}

/** 统筹安排: the applications no round placed, each placed by hand at a school with a free seat. */
export function UnplacedCard({ policyId, routeName, canPlace, compact }: UnplacedCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const [placing, setPlacing] = useState<UnplacedApplication | null>(null);
  const unplaced = useUnplaced(policyId, paging);
  const schools = unplaced.data?.schools ?? [];
  const free = totalFreeSeats(schools);

  const preferences = (a: UnplacedApplication) =>
    a.preferences.length === 0 ? (
      '—'
    ) : (
      <Flex vertical gap={0}>
        {a.preferences.map((p) => (
          <Typography.Text key={p.rank} style={{ fontSize: 12 }}>
            {t('enrollmentAllocation.preferenceItem', { rank: p.rank, school: format.name(p.schoolNameZh, p.schoolNameEn) })}
          </Typography.Text>
        ))}
      </Flex>
    );
  const placeButton = (a: UnplacedApplication) =>
    canPlace && (
      <Button size="small" type="primary" ghost disabled={free === 0} onClick={() => setPlacing(a)}>
        {t('enrollmentAllocation.place')}
      </Button>
    );
  const child = (a: UnplacedApplication) => (
    <Flex vertical gap={0}>
      <Typography.Text strong>{a.childNameMasked}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {a.reference}
      </Typography.Text>
    </Flex>
  );

  const columns: TableColumnsType<UnplacedApplication> = compact
    ? [
        {
          key: 'application',
          render: (_, a) => (
            <Flex vertical gap={6}>
              <Flex justify="space-between" align="flex-start" gap={8}>
                {child(a)}
                {placeButton(a)}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {routeName(a.routeCode)} · {t('enrollmentAllocation.points')} {format.number(a.points)}
              </Typography.Text>
              {preferences(a)}
            </Flex>
          ),
        },
      ]
    : [
        { title: t('enrollmentAllocation.child'), key: 'child', render: (_, a) => child(a) },
        { title: t('enrollmentAllocation.route'), key: 'route', render: (_, a) => routeName(a.routeCode) },
        { title: t('enrollmentAllocation.points'), key: 'points', align: 'right', render: (_, a) => format.number(a.points) },
        { title: t('enrollmentAllocation.preferences'), key: 'preferences', render: (_, a) => preferences(a) },
        ...(canPlace ? [{ title: t('common.actions'), key: 'actions', render: (_: unknown, a: UnplacedApplication) => placeButton(a) }] : []),
      ];

  return (
    <Card
      size="small"
      title={t('enrollmentAllocation.unplacedTitle')}
      extra={unplaced.data && <Tag color={free > 0 ? 'green' : 'default'}>{t('enrollmentAllocation.freeSeatsTotal', { count: free })}</Tag>}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('enrollmentAllocation.unplacedHint')}
      </Typography.Paragraph>
      {canPlace && free === 0 && (unplaced.data?.total ?? 0) > 0 && (
        <Alert type="warning" showIcon title={t('enrollmentAllocation.noFreeSeats')} style={{ marginBottom: 12 }} />
      )}
      {unplaced.isError ? (
        <QueryError error={unplaced.error} onRetry={() => void unplaced.refetch()} />
      ) : (
        <DataTable<UnplacedApplication>
          rowKey="applicationId"
          size="small"
          columns={columns}
          dataSource={unplaced.data?.items}
          loading={unplaced.isFetching}
          showHeader={!compact}
          scroll={compact ? undefined : { x: 'max-content' }}
          locale={{ emptyText: t('enrollmentAllocation.unplacedEmpty') }}
          compact={compact}
          paging={{
            page: paging.page,
            pageSize: paging.pageSize,
            total: unplaced.data?.total ?? 0,
            onPage: (page, pageSize) => setPaging({ page, pageSize }),
            hideOnSinglePage: true,
          }}
        />
      )}
      <PlaceDialog policyId={policyId} application={placing} schools={schools} onClose={() => setPlacing(null)} />
    </Card>
  );
}
