import { Flex, Progress, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { FunnelRow, StatisticsGroup } from '../api/get-statistics.ts';
import { FUNNEL_STAGES, formatShare } from './funnel.ts';

interface FunnelTableProps {
  group: StatisticsGroup;
  rows: FunnelRow[];
  loading: boolean;
  compact: boolean;
}

/** One funnel per group (district, origin, school, grade), most applications first. */
export function FunnelTable({ group, rows, loading, compact }: FunnelTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (row: FunnelRow) => {
    if (row.key === null) return <Typography.Text type="secondary">{t('enrollmentStatistics.notPlaced')}</Typography.Text>;
    if (row.nameZh || row.nameEn) return format.name(row.nameZh, row.nameEn);
    return t('enrollmentStatistics.unknownPlace', { code: row.key });
  };
  const rate = (row: FunnelRow) => (row.applied > 0 ? row.enrolled / row.applied : 0);

  const columns: TableColumnsType<FunnelRow> = compact
    ? [
        {
          key: 'row',
          render: (_, row) => (
            <Flex vertical gap={2}>
              <Typography.Text strong>{label(row)}</Typography.Text>
              <Typography.Text style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums' }}>
                {FUNNEL_STAGES.map((s) => `${t(`enrollmentStatistics.stages.${s}`)} ${format.number(row[s])}`).join(' → ')}
              </Typography.Text>
              <Progress
                percent={Math.round(rate(row) * 100)}
                size="small"
                format={() => formatShare(rate(row), format.locale)}
                aria-label={`${label(row)} · ${t('enrollmentStatistics.enrollRate')}`}
              />
            </Flex>
          ),
        },
      ]
    : [
        { title: t(`enrollmentStatistics.groupColumns.${group}`), key: 'name', render: (_, row) => label(row) },
        ...FUNNEL_STAGES.map((stage) => ({
          title: t(`enrollmentStatistics.stages.${stage}`),
          key: stage,
          align: 'right' as const,
          render: (_: unknown, row: FunnelRow) => format.number(row[stage]),
        })),
        {
          title: t('enrollmentStatistics.enrollRate'),
          key: 'rate',
          width: 180,
          render: (_, row) => (
            <Progress
              percent={Math.round(rate(row) * 100)}
              size="small"
              format={() => formatShare(rate(row), format.locale)}
              aria-label={`${label(row)} · ${t('enrollmentStatistics.enrollRate')}`}
            />
          ),
        },
      ];

  return (
    <Table<FunnelRow>
      rowKey={(row) => row.key ?? '∅'}
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      showHeader={!compact}
      scroll={compact ? undefined : { x: 'max-content' }}
      pagination={rows.length > 20 ? { pageSize: 20, simple: compact } : false}
      locale={{ emptyText: t('enrollmentStatistics.empty') }}
    />
  );
}
