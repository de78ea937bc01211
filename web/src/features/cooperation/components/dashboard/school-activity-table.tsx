import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../../lib/format.ts';
import type { DashboardExportFilter, SchoolActivity } from '../../api/dashboard-types.ts';
import { ChartCard } from './chart-card.tsx';

interface SchoolActivityTableProps {
  kind: 'top' | 'least';
  rows: SchoolActivity[];
  filter: Omit<DashboardExportFilter, 'dataset'>;
  /** Phones: the school and its exchanges only. */
  compact: boolean;
}

/** The most (or least) active schools of the scope in the period, by exchanges. */
export function SchoolActivityTable({ kind, rows, filter, compact }: SchoolActivityTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ChartCard title={t(`cooperation.dashboard.${kind}Title`)} dataset={kind === 'top' ? 'top_schools' : 'least_active_schools'} filter={filter}>
      <Table<SchoolActivity>
        rowKey={(r) => r.school.id}
        size="small"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: '#', key: 'rank', width: 40, render: (_, __, index) => index + 1 },
          {
            title: t('cooperation.dashboard.school'),
            key: 'school',
            render: (_, r) => (
              <>
                {format.name(r.school.nameZh, r.school.nameEn)}
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {format.name(r.school.regionNameZh, r.school.regionNameEn)}
                </Typography.Text>
              </>
            ),
          },
          { title: t('cooperation.dashboard.exchanges'), key: 'exchanges', align: 'right', render: (_, r) => format.number(r.exchanges) },
          ...(compact
            ? []
            : [
                {
                  title: t('cooperation.dashboard.participants'),
                  key: 'participants',
                  align: 'right' as const,
                  render: (_: unknown, r: SchoolActivity) => format.number(r.participants),
                },
              ]),
        ]}
      />
    </ChartCard>
  );
}
