import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Progress, Row, Statistic, Table, Tooltip, Typography, theme, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import type { AllocationRun, SchoolOutcome } from '../api/get-allocation-runs.ts';
import { fillPercent } from './allocation-rounds.ts';

interface RunResultCardProps {
  run: AllocationRun | null;
  compact: boolean;
}

/** What a run gave: totals, and per school the seats, the placed pupils (as a bar) and the cut-off points. */
export function RunResultCard({ run, compact }: RunResultCardProps) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const format = useFormat();
  const title = run
    ? t(run.kind === 'final' ? 'enrollmentAllocation.resultOfFinal' : 'enrollmentAllocation.resultOfDryRun', { time: format.dateTime(run.runAt) })
    : t('enrollmentAllocation.resultTitle');

  const cutoff = (s: SchoolOutcome) =>
    s.cutoffPoints === null ? <Typography.Text type="secondary">{t('enrollmentAllocation.cutoffOpen')}</Typography.Text> : format.number(s.cutoffPoints);
  const bar = (s: SchoolOutcome) => (
    <Flex vertical gap={0} style={{ minWidth: 140 }}>
      <Progress
        percent={fillPercent(s.seats, s.placed)}
        showInfo={false}
        size="small"
        status={s.placed >= s.seats && s.seats > 0 ? 'success' : 'normal'}
        aria-label={`${t('enrollmentAllocation.placed')} ${format.number(s.placed)} / ${format.number(s.seats)}`}
      />
      <Typography.Text style={{ fontSize: 12 }}>
        {format.number(s.placed)} / {format.number(s.seats)}
      </Typography.Text>
    </Flex>
  );
  const name: TableColumnsType<SchoolOutcome>[number] = {
    title: t('enrollmentAllocation.school'),
    key: 'school',
    render: (_, s) =>
      compact ? (
        <Flex vertical gap={4}>
          <Typography.Text strong>{format.name(s.schoolNameZh, s.schoolNameEn)}</Typography.Text>
          {bar(s)}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('enrollmentAllocation.cutoffLabel')}
            {cutoff(s)}
          </Typography.Text>
        </Flex>
      ) : (
        format.name(s.schoolNameZh, s.schoolNameEn)
      ),
  };
  const columns: TableColumnsType<SchoolOutcome> = compact
    ? [name]
    : [
        name,
        { title: t('enrollmentAllocation.placedOfSeats'), key: 'placed', width: 220, render: (_, s) => bar(s) },
        {
          title: (
            <Flex gap={4} align="center">
              {t('enrollmentAllocation.cutoff')}
              <Tooltip title={t('enrollmentAllocation.cutoffHint')}>
                <InfoCircleOutlined aria-label={t('enrollmentAllocation.cutoffHint')} style={{ color: 'rgba(0,0,0,0.45)' }} />
              </Tooltip>
            </Flex>
          ),
          key: 'cutoff',
          align: 'right',
          render: (_, s) => cutoff(s),
        },
      ];

  return (
    <Card size="small" title={<span style={{ whiteSpace: 'normal' }}>{title}</span>}>
      {run ? (
        <Flex vertical gap={16}>
          <Row gutter={[8, 8]}>
            <Col span={8}>
              <Statistic title={t('enrollmentAllocation.applicants')} value={run.applicantCount} />
            </Col>
            <Col span={8}>
              <Statistic title={t('enrollmentAllocation.placed')} value={run.placedCount} styles={{ content: { color: token.colorSuccessText } }} />
            </Col>
            <Col span={8}>
              <Statistic
                title={t('enrollmentAllocation.unplaced')}
                value={run.unplacedCount}
                styles={{ content: { color: run.unplacedCount > 0 ? token.colorWarningText : undefined } }}
              />
            </Col>
          </Row>
          <Table<SchoolOutcome> rowKey="schoolId" size="small" columns={columns} dataSource={run.schools} pagination={false} showHeader={!compact} />
          {compact && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('enrollmentAllocation.cutoffHint')}
            </Typography.Text>
          )}
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enrollmentAllocation.resultEmpty')} />
      )}
    </Card>
  );
}
