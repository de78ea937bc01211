import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { AllocationRun } from '../api/get-allocation-runs.ts';
import { HashText } from './hash-text.tsx';

interface RunHistoryCardProps {
  runs: AllocationRun[];
  compact: boolean;
}

/** Every run, dry and final: who ran it and when, and the seed and hashes that let anyone check it. */
export function RunHistoryCard({ runs, compact }: RunHistoryCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const kindTag = (run: AllocationRun) => <Tag color={run.kind === 'final' ? 'blue' : 'default'}>{t(`enrollmentAllocation.runKinds.${run.kind}`)}</Tag>;
  const counts = (run: AllocationRun) => `${format.number(run.placedCount)} / ${format.number(run.applicantCount)}`;

  const columns: TableColumnsType<AllocationRun> = compact
    ? [
        {
          key: 'run',
          render: (_, run) => (
            <Flex vertical gap={4}>
              <Flex gap={4} wrap align="center">
                <Tag>{t('enrollmentAllocation.round', { round: run.round })}</Tag>
                {kindTag(run)}
                <Typography.Text style={{ fontSize: 12 }}>{format.dateTime(run.runAt)}</Typography.Text>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {run.runByName} · {t('enrollmentAllocation.placedOfApplicants')} {counts(run)}
              </Typography.Text>
              <Typography.Text style={{ fontSize: 12 }}>
                {t('enrollmentAllocation.seed')} <HashText value={run.seed} keep={6} />
              </Typography.Text>
              <Typography.Text style={{ fontSize: 12 }}>
                {t('enrollmentAllocation.inputHash')} <HashText value={run.inputHash} keep={6} />
              </Typography.Text>
              <Typography.Text style={{ fontSize: 12 }}>
                {t('enrollmentAllocation.resultHash')} <HashText value={run.resultHash} keep={6} />
              </Typography.Text>
            </Flex>
          ),
        },
      ]
    : [
        { title: t('enrollmentAllocation.roundLabel'), key: 'round', render: (_, run) => t('enrollmentAllocation.round', { round: run.round }) },
        { title: t('enrollmentAllocation.kind'), key: 'kind', render: (_, run) => kindTag(run) },
        { title: t('enrollmentAllocation.runAt'), key: 'at', render: (_, run) => format.dateTime(run.runAt) },
        { title: t('enrollmentAllocation.runBy'), key: 'by', dataIndex: 'runByName' },
        { title: t('enrollmentAllocation.placedOfApplicants'), key: 'counts', align: 'right', render: (_, run) => counts(run) },
        { title: t('enrollmentAllocation.seed'), key: 'seed', render: (_, run) => <HashText value={run.seed} keep={6} /> },
        { title: t('enrollmentAllocation.inputHash'), key: 'input', render: (_, run) => <HashText value={run.inputHash} keep={6} /> },
        { title: t('enrollmentAllocation.resultHash'), key: 'result', render: (_, run) => <HashText value={run.resultHash} keep={6} /> },
      ];

  return (
    <Card size="small" title={t('enrollmentAllocation.historyTitle')}>
      <Table<AllocationRun>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={runs}
        showHeader={!compact}
        scroll={compact ? undefined : { x: 'max-content' }}
        pagination={runs.length > 10 ? { pageSize: 10, simple: compact } : false}
        locale={{ emptyText: t('enrollmentAllocation.historyEmpty') }}
      />
    </Card>
  );
}
